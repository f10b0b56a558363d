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

# 1. prediction files and the list of runs (python scores each now; java scores them all in one JVM below)
runs=0
: > "$WORK/jobs.tsv"
for gold in "$EVAL"/{geo,ner,numbers,quotes,seed}/*.jsonl; do
  set_name=${gold#"$EVAL"/}
  preds="$WORK/${set_name//\//_}"
  python3 "$HELPER" perturb "$gold" "$preds"
  while IFS= read -r opts; do
    [ "$opts" = "-" ] && opts=""
    for pred in "$preds"/*.jsonl; do
      runs=$((runs + 1))
      # shellcheck disable=SC2086
      python3 "$SCORE_PY" --gold "$gold" --pred "$pred" --json $opts > "$WORK/run$runs.py.json"
      # shellcheck disable=SC2086
      printf '%s\t%s\n' "$WORK/run$runs.java.json" "$(printf '%s\t' --gold "$gold" --pred "$pred" --json $opts | sed 's/\t$//')" >> "$WORK/jobs.tsv"
      echo "$set_name $(basename "$pred") ${opts:-(defaults)}" > "$WORK/run$runs.name"
    done
  done < <(options_for "$set_name")
  echo "prepared $set_name"
done

# 2. the Java scorer on every run
java -Xmx1g -cp "$CP" dev.lede.scoring.ScoreMain --batch "$WORK/jobs.tsv"

# 3. compare
failures=0
for i in $(seq 1 "$runs"); do
  if ! python3 "$HELPER" compare "$WORK/run$i.py.json" "$WORK/run$i.java.json"; then
    failures=$((failures + 1))
    echo "DISAGREE $(cat "$WORK/run$i.name")"
  fi
done
echo "scorer agreement: $((runs - failures)) of $runs runs agree to 1e-3"
[ "$failures" -eq 0 ]
