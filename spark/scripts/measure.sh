#!/usr/bin/env bash
# Measures LedeJob on local[2] against `lede extract --threads 2` on the same 2,000 news articles, in one run:
# wall-clock time of each (JVM start-up included), articles per second, and whether the Parquet that LedeJob wrote
# reads back with the declared schema and holds, article by article, as many entities, quotes, numbers and places
# as the CLI found.
#
#   spark/scripts/measure.sh [ARTICLES.jsonl] [N]        LEDE_MEASURE_ROUNDS=3 repeats both, interleaved
#
# Without ARTICLES, the first N (default 2,000) articles of the BBC 2004-05 news set are read from
# ../shared/eval/ner/unlabeled/bbc2005.txt at run time into $LEDE_MEASURE_DIR (default /tmp/lede-spark-measure);
# that text is research data and never enters the repository. Needs cli/target/lede.jar and
# spark/target/lede-spark-standalone.jar (both are built when missing).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${LEDE_MEASURE_DIR:-/tmp/lede-spark-measure}"
n="${2:-2000}"
rounds="${LEDE_MEASURE_ROUNDS:-1}"
mkdir -p "$work"

articles="${1:-}"
if [ -z "$articles" ]; then
  articles="$work/articles.jsonl"
  python3 - "$root/../shared/eval/ner/unlabeled/bbc2005.txt" "$articles" "$n" <<'PY'
import json, sys
source, target, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
# one document per block, one paragraph per line; the first line is the headline
blocks = [b for b in open(source, encoding="utf-8").read().split("\n\n") if b.strip()][:n]
with open(target, "w", encoding="utf-8") as out:
    for i, block in enumerate(blocks, 1):
        out.write(json.dumps({"id": "bbc-%04d" % i, "text": "\n\n".join(block.strip().split("\n"))}) + "\n")
print("measure: %d articles, %.1f MB in %s" % (len(blocks), sum(len(b) for b in blocks) / 1e6, target),
      file=sys.stderr)
PY
fi

[ -f "$root/cli/target/lede.jar" ] || (cd "$root" && mvn -q -B -ntp -DskipTests package)
[ -f "$root/spark/target/lede-spark-standalone.jar" ] || (cd "$root" && mvn -q -B -ntp -Pstandalone -pl spark -am -DskipTests package)

now() { date +%s.%N; }

# The launcher's class-data-sharing archive is recorded by its first run after a build (see spark/lede-spark);
# a short untimed run records it here, so the timed run is what every later run is.
if [ "${LEDE_SPARK_CDS:-1}" = 1 ] && ! [ "$root/spark/target/lede-spark-standalone.jsa" -nt "$root/spark/target/lede-spark-standalone.jar" ]; then
  head -n 20 "$articles" > "$work/warm-up.jsonl"
  rm -rf "$work/warm-up.parquet"
  "$root/spark/lede-spark" --master 'local[2]' --input "$work/warm-up.jsonl" --output "$work/warm-up.parquet" >&2
fi

# Each round runs both back to back (the CLI first), so that both see the same load on a shared machine.
times=()
for round in $(seq 1 "$rounds"); do
  t0=$(now)
  java -Xmx2g -jar "$root/cli/target/lede.jar" extract --threads 2 --format jsonl -o "$work/extract.jsonl" "$articles"
  t1=$(now)
  rm -rf "$work/spark.parquet"
  LEDE_SPARK_JAVA_OPTS="-Xmx2g" "$root/spark/lede-spark" --master 'local[2]' --input "$articles" \
    --output "$work/spark.parquet"
  t2=$(now)
  times+=("$t0:$t1:$t2")
done

# The check reads the Parquet back with Spark (another JVM, not timed).
SPARK_LOCAL_IP=127.0.0.1 java -Xmx2g -XX:+IgnoreUnrecognizedVMOptions -Dio.netty.tryReflectionSetAccessible=true \
  -Dspark.driver.bindAddress=127.0.0.1 -Dspark.driver.host=127.0.0.1 \
  -Dlog4j2.configurationFile="$root/spark/conf/log4j2.properties" \
  -cp "$root/spark/target/lede-spark-standalone.jar" dev.lede.spark.CheckOutput --master 'local[2]' \
  --input "$articles" --output "$work/spark.parquet" > "$work/spark-counts.tsv"

python3 - "$work/extract.jsonl" "$work/spark-counts.tsv" "${times[@]}" <<'PY'
import json, statistics, sys
extract, counts, rounds = sys.argv[1], sys.argv[2], [[float(t) for t in r.split(":")] for r in sys.argv[3:]]
layers = ["entities", "quotes", "numbers", "places"]
cli = {}
for line in open(extract, encoding="utf-8"):
    r = json.loads(line)
    cli[r["id"]] = [len(r.get(l, [])) for l in layers]
spark = {}
for line in list(open(counts, encoding="utf-8"))[1:]:
    f = line.rstrip("\n").split("\t")
    spark[f[0]] = [int(x) for x in f[1:]]
n = len(cli)
differ = [i for i in cli if spark.get(i) != cli[i]]
tot_cli = [sum(v[k] for v in cli.values()) for k in range(4)]
tot_spark = [sum(v[k] for v in spark.values()) for k in range(4)]
print("articles: %d (lede extract), %d rows (LedeJob Parquet)" % (n, len(spark)))
print("counts %s: lede extract %s, LedeJob %s; articles that differ: %d" % ("/".join(layers), tot_cli, tot_spark, len(differ)))
ratios = []
for i, (t0, t1, t2) in enumerate(rounds, 1):
    e, s = t1 - t0, t2 - t1
    ratios.append(e / s)
    print("round %d: lede extract --threads 2 %.1f s (%.1f articles/s); LedeJob local[2] %.1f s (%.1f articles/s)"
          " = %.0f%% of lede extract, start-up included" % (i, e, n / e, s, n / s, 100 * e / s))
if len(ratios) > 1:
    print("median: LedeJob at %.0f%% of lede extract over %d rounds" % (100 * statistics.median(ratios), len(ratios)))
PY
