#!/usr/bin/env bash
# Runs text (+ entity when installed) + geo over the geo dev sets and scores them with the reference scorer.
#   scripts/geo/eval.sh [option=value ...]       (after: mvn -q -pl plugins/geo -am test-compile)
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${LEDE_SHARED:-/work/shared}
OUT=${OUT:-/tmp/lede-geo-eval}
mkdir -p "$OUT"
mvn -q -o -pl plugins/geo dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test >/dev/null
# the reactor's own classes first: jars of lede modules in ~/.m2 may be stale or being rewritten
DEPS=$(tr ':' '\n' < "$OUT/cp.txt" | grep -v '/dev/lede/' | paste -sd: -)
CP="plugins/geo/target/classes:plugins/geo/target/test-classes:plugins/entity/target/classes:spi/target/classes:runtime/target/classes:json/target/classes:input/target/classes:plugins/text/target/classes:testkit/target/classes:$DEPS"
for f in geo/gwn_dev geo/trnews_dev seed/seed_article; do
  name=$(basename "$f")
  java -Xmx1g ${JAVA_OPTS:-} -cp "$CP" dev.lede.geo.eval.GeoEvalRunner "$SHARED/eval/$f.jsonl" "$OUT/$name.pred.jsonl" "$@"
  python3 "$SHARED/eval/tools/score.py" --gold "$SHARED/eval/$f.jsonl" --pred "$OUT/$name.pred.jsonl" --layer places
done
