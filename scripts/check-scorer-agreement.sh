#!/usr/bin/env bash
# Checks that the Java scorer (dev.lede.scoring) agrees with the reference scorer score.py on every development
# set: for each set it builds prediction files from the gold (unchanged and perturbed: spans shifted, items
# dropped, types swapped, values scaled, speakers removed, places moved 500 km, ids changed, random noise), scores
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

mvn -q -pl core -am compile >/dev/null
mvn -q -pl core dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="core/target/classes:$(cat "$WORK/cp.txt")"

options_for() {  # the option sets worth checking per kind of set, one per line ("-" = none)
  case "$1" in
    ner/*) printf '%s\n' "-" "--types-map NORP=MISC" "--types-map MISC=DROP,NORP=MISC" ;;
    geo/*) printf '%s\n' "-" "--place-match exact" "--place-match inexact" "--no-optional" "--places-require-coords" ;;
    quotes/*) printf '%s\n' "-" "--theta 0.8" ;;
    seed/*) printf '%s\n' "-" "--types-map NORP=MISC" "--place-match exact --no-optional" "--by-order" ;;
    *) printf '%s\n' "-" ;;
  esac
}

runs=0; failures=0
for gold in "$EVAL"/{geo,ner,numbers,quotes,seed}/*.jsonl; do
  set_name=${gold#"$EVAL"/}
  preds="$WORK/${set_name//\//_}"
  python3 "$HELPER" perturb "$gold" "$preds"
  while IFS= read -r opts; do
    [ "$opts" = "-" ] && opts=""
    for pred in "$preds"/*.jsonl; do
      runs=$((runs + 1))
      # shellcheck disable=SC2086
      python3 "$SCORE_PY" --gold "$gold" --pred "$pred" --json $opts > "$WORK/py.json"
      # shellcheck disable=SC2086
      java -Xmx1g -cp "$CP" dev.lede.scoring.ScoreMain --gold "$gold" --pred "$pred" --json $opts > "$WORK/java.json"
      if ! python3 "$HELPER" compare "$WORK/py.json" "$WORK/java.json"; then
        failures=$((failures + 1))
        echo "DISAGREE $set_name $(basename "$pred") ${opts:-(defaults)}"
      fi
    done
  done < <(options_for "$set_name")
  echo "checked $set_name"
done
echo "scorer agreement: $((runs - failures)) of $runs runs agree to 1e-3"
[ "$failures" -eq 0 ]
