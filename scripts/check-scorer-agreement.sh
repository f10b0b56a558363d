#!/usr/bin/env bash
# Checks that the Java scorer (dev.lede.scoring) agrees with the reference scorer score.py on every development
# set: for each set it builds prediction files from the gold (unchanged and perturbed: spans shifted, items
# dropped, types swapped, values scaled, speakers removed, places moved 500 km, ids changed, TIMEX values
# respelled or changed, random noise), scores
# each with both scorers under the relevant options, and compares every figure to 1e-3.
#
# usage: scripts/check-scorer-agreement.sh [EVAL_DIR]     (default /work/shared/eval; needs python3, java, mvn)
# Perturbed files are derived from evaluation data and are written under /tmp only.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${1:-/work/shared/eval}
SCORE_PY="$EVAL/tools/score.py"
HELPER=scripts/check-scorer-agreement.py
WORK=$(mktemp -d /tmp/scorer-agreement.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

mvn -B -q -pl scoring -am compile >/dev/null
mvn -B -q -pl scoring dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="spi/target/classes:runtime/target/classes:json/target/classes:scoring/target/classes:$(cat "$WORK/cp.txt")"

options_for() {  # the option sets worth checking per kind of set, one per line ("-" = none)
  case "$1" in
    ner/*) printf '%s\n' "-" "--types-map NORP=MISC" "--types-map MISC=DROP,NORP=MISC" ;;
    geo/*) printf '%s\n' "-" "--place-match exact" "--place-match inexact" "--no-optional" "--places-require-coords" ;;
    quotes/*) printf '%s\n' "-" "--theta 0.8" ;;
    seed/*) printf '%s\n' "-" "--types-map NORP=MISC" "--place-match exact --no-optional" "--by-order" ;;
    *) printf '%s\n' "-" ;;
  esac
}

runs=0
: > "$WORK/jobs.tsv"
# Queues one run: python scores it now, java later (all runs in one JVM). $3: json|table; the rest: options.
add_run() {
  local gold=$1 pred=$2 format=$3; shift 3
  runs=$((runs + 1))
  local json_flag=(); [ "$format" = json ] && json_flag=(--json)
  python3 "$SCORE_PY" --gold "$gold" --pred "$pred" "${json_flag[@]}" "$@" > "$WORK/run$runs.py.$format"
  local args=("$WORK/run$runs.java.$format" --gold "$gold" --pred "$pred" "${json_flag[@]}" "$@")
  (IFS=$'\t'; echo "${args[*]}") >> "$WORK/jobs.tsv"
  echo "$format ${gold#"$EVAL"/} $(basename "$pred") ${*:-(defaults)}" > "$WORK/run$runs.name"
}

# 1. prediction files from each dev set, scored with the options that matter for it
for gold in "$EVAL"/{geo,ner,numbers,quotes,seed,time}/*.jsonl; do
  set_name=${gold#"$EVAL"/}
  preds="$WORK/${set_name//\//_}"
  python3 "$HELPER" perturb "$gold" "$preds"
  while IFS= read -r opts; do
    [ "$opts" = "-" ] && opts=""
    for pred in "$preds"/*.jsonl; do
      # shellcheck disable=SC2086
      add_run "$gold" "$pred" json $opts
    done
  done < <(options_for "$set_name")
  add_run "$gold" "$preds/noise1.jsonl" table   # the human table too, character for character
  echo "prepared $set_name"
done
# web-page main text, scored by score_html.py (the article-extraction benchmark's metric)
HTML_GOLD="$EVAL/html/ground-truth.json"
if [ -f "$HTML_GOLD" ]; then
  python3 "$HELPER" perturb-html "$HTML_GOLD" "$WORK/html"
  for pred in "$WORK"/html/*.json*; do
    runs=$((runs + 1))
    python3 "$EVAL/tools/score_html.py" --gold "$HTML_GOLD" --pred "$pred" --json > "$WORK/run$runs.pyhtml.json"
    (IFS=$'\t'; args=("$WORK/run$runs.java.json" --gold "$HTML_GOLD" --pred "$pred" --json); echo "${args[*]}") >> "$WORK/jobs.tsv"
    echo "json html/ground-truth.json $(basename "$pred")" > "$WORK/run$runs.name"
  done
  echo "prepared html/ground-truth.json"
fi
# synthetic edge cases (odd JSON shapes: null kinds, string values, parts, unlocated numbers, ...)
python3 "$HELPER" edge "$WORK/edge"
for pred in "$WORK"/edge/pred-*.jsonl; do
  for opts in "" "--place-match inexact" "--place-match exact --no-optional" "--types-map PERSON=DROP,LOCATION=MISC" \
              "--by-order" "--theta 0.3" "--layer numbers --layer quotes"; do
    # shellcheck disable=SC2086
    add_run "$WORK/edge/gold.jsonl" "$pred" json $opts
  done
  add_run "$WORK/edge/gold.jsonl" "$pred" table
done

# 2. the Java scorer on every run, in one JVM
java -Xmx1g -cp "$CP" dev.lede.scoring.ScoreMain --batch "$WORK/jobs.tsv"

# 3. compare: every number to 1e-3 (JSON), or the whole text (table)
failures=0
for i in $(seq 1 "$runs"); do
  if [ -f "$WORK/run$i.pyhtml.json" ]; then
    python3 "$HELPER" compare-html "$WORK/run$i.pyhtml.json" "$WORK/run$i.java.json" && continue
  elif [ -f "$WORK/run$i.py.json" ]; then
    python3 "$HELPER" compare "$WORK/run$i.py.json" "$WORK/run$i.java.json" && continue
  else
    diff "$WORK/run$i.py.table" "$WORK/run$i.java.table" && continue
  fi
  failures=$((failures + 1))
  echo "DISAGREE $(cat "$WORK/run$i.name")"
done
echo "scorer agreement: $((runs - failures)) of $runs runs agree (JSON to 1e-3, tables exactly)"
[ "$failures" -eq 0 ]
