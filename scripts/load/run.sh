#!/usr/bin/env bash
# Load and fault run of `lede serve` on loopback, bounded in time (about 4 minutes with the defaults):
#   1. concurrency 1, 2, 8 and 64 for LOAD_SECONDS (20) each on examples/sample-article.txt;
#   2. 16 uploads at one byte a second beside one normal client;
#   3. saturation: concurrency 64 for SATURATE_SECONDS (60), the server's heap sampled against its -Xmx;
#   4. 10 documents over the time budget, then the server's CPU once they are answered;
#   5. SIGTERM in the middle of concurrency-8 load: what became of the requests in flight.
# Prints requests/s, p50/p99 of the 200s and counts by status for each. Needs only a JDK (17+) and the built jar.
#   scripts/load/run.sh                      # LEDE_XMX=1g PORT=18181 LOAD_SECONDS=20 SATURATE_SECONDS=60
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18181}
XMX=${LEDE_XMX:-1g}
LOAD_SECONDS=${LOAD_SECONDS:-20}
SATURATE_SECONDS=${SATURATE_SECONDS:-60}
BUDGET_MS=${BUDGET_MS:-2000}
JAR=cli/target/lede.jar
ARTICLE=examples/sample-article.txt
CLIENT="java -Xmx512m scripts/load/LoadClient.java"
[ -f "$JAR" ] || { echo "load: $JAR missing; run: mvn -q -B -ntp -DskipTests package" >&2; exit 1; }
log=$(mktemp)
server=""
cleanup() { if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" 2>/dev/null || true; fi; rm -f "$log"; }
trap cleanup EXIT

start_server() {
  java -Xmx"$XMX" -jar "$JAR" serve --host 127.0.0.1 --port "$PORT" --time-budget-ms "$BUDGET_MS" "$@" > "$log" 2>&1 &
  server=$!
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$PORT/health" > /dev/null 2>&1; then return 0; fi
    kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.5
  done
  echo "load: the server did not start" >&2; exit 1
}

echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(uname -sr)), $(java -version 2>&1 | head -1), server -Xmx$XMX, budget ${BUDGET_MS} ms, load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_server
echo "server pid $server, max concurrent $(curl -fs "http://127.0.0.1:$PORT/health" > /dev/null && echo default)"
$CLIENT load "$PORT" "$ARTICLE" 2 5 > /dev/null   # warm-up
for c in 1 2 8 64; do
  $CLIENT load "$PORT" "$ARTICLE" "$c" "$LOAD_SECONDS"
done
$CLIENT slow "$PORT" "$ARTICLE" 16 10
$CLIENT saturate "$PORT" "$ARTICLE" 64 "$SATURATE_SECONDS"
$CLIENT overbudget "$PORT" 10 "$server"
$CLIENT sigterm "$PORT" "$ARTICLE" 8 12 5000 "$server"
wait "$server" 2>/dev/null && echo "server exit status 0 after SIGTERM" || echo "server exit status $? after SIGTERM"
server=""
grep -c "WARN" "$log" | xargs -I{} echo "server log: {} WARN lines"
