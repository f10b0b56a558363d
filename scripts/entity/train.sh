#!/usr/bin/env bash
# Rebuilds the entity analyzer's name-tagging model (and, with --gazetteer, its gazetteer first).
# Reads the training data from the shared eval folder (never copied into the repository) and writes
# plugins/entity/src/main/resources/dev/lede/entity/ner-model.bin.gz. Usage: scripts/entity/train.sh [--gazetteer]
# The trainer lives in its own module (training/entity, lede-entity-trainer) so that the plugin's jar holds
# only what runs.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SHARED="${LEDE_SHARED:-$ROOT/../../shared}"
[ -d "$SHARED/eval" ] || SHARED=/work/shared
RES="$ROOT/plugins/entity/src/main/resources/dev/lede/entity"
if [ "${1:-}" = "--gazetteer" ]; then
  python3 "$ROOT/scripts/entity/build-gazetteer.py" --geonames "$SHARED/data/geonames" --out "$RES/gazetteer.tsv.gz"
fi
cd "$ROOT"
# Build from this checkout's reactor (-am), never from ~/.m2, which other checkouts on the machine may overwrite;
# the last module built (the trainer) writes the class path.
CPFILE="$(mktemp)"
trap 'rm -f "$CPFILE"' EXIT
mvn -q -B -pl training/entity -am -DskipTests package dependency:build-classpath -Dmdep.outputFile="$CPFILE"
CP="$ROOT/training/entity/target/classes:$(cat "$CPFILE")"
java -Xmx4g -cp "$CP" dev.lede.entity.train.TrainTagger \
  --gazetteer "$RES/gazetteer.tsv.gz" \
  --conll "$SHARED/eval/ner/train/conll2003/eng.train" \
  --gum "$SHARED/eval/ner/gum_dev.jsonl" --exclude "$SHARED/eval/ner/gum_news.jsonl" \
  --gum-repeat "${GUM_REPEAT:-2}" --epochs "${EPOCHS:-12}" --min-count "${MIN_COUNT:-2}" --runs "${RUNS:-5}" \
  --dev "$SHARED/eval/ner/train/conll2003/eng.testa" \
  --out "$RES/ner-model.bin.gz"
mvn -q -B -pl plugins/entity -am -DskipTests package   # put the new model into the plugin's jar
