#!/usr/bin/env bash
# Prints what each rule pass after the entity tagger is worth on the four entity development sets: exact span + type
# micro F1 (NORP scored as MISC, as `lede eval --types-map NORP=MISC`) with the default passes, then, per pass, the
# points it adds (F1 with it minus F1 without; a pass off by default is switched on with `+NAME`). Verdict "keep" when a pass helps on at
# least two sets and hurts none by more than 0.3 points. The tagger runs once per document
# (dev.lede.entity.PassAblation in the trainer module), so the whole table costs about two evaluations.
# Usage: scripts/entity/ablate.sh [pass,pass,...]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/scripts/entity/trainer-env.sh"
cd "$ROOT"
trainer_classpath
java -Xmx3g -cp "$CP" dev.lede.entity.PassAblation \
  "$NER/gum_news.jsonl" "$NER/conll2003_dev.jsonl" "$NER/gmb_dev.jsonl" "$NER/worldwide_dev.jsonl" \
  ${1:+--passes "$1"}
