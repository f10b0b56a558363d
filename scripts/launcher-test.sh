#!/usr/bin/env bash
# Tests the launcher's choice of JVM flags (./lede): which runs count as short (C1 alone, the serial collector, a
# small starting heap) and which keep the JVM's defaults, and that a heap or collector chosen by hand wins.
# No JVM is started: a stand-in `java` on the PATH prints the arguments it was given. Run from anywhere:
#   scripts/launcher-test.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A checkout-like folder: the launcher, a jar and an archive newer than it, a stand-in java.
mkdir -p "$work/co/cli/target" "$work/bin" "$work/in/dir"
cp "$root/lede" "$work/co/lede"
touch "$work/co/cli/target/lede.jar"
sleep 1 # the archive must be newer than the jar
touch "$work/co/cli/target/lede.jsa"
printf '#!/usr/bin/env bash\necho "$*"\n' >"$work/bin/java"
chmod +x "$work/bin/java"
head -c 2000 /dev/zero >"$work/in/small.txt"
head -c $((2 * 1024 * 1024)) /dev/zero >"$work/in/large.txt"
touch "$work/in/out.jsonl"

passed=0
failed=0
# expect NAME WANTED(yes|no) PATTERN -- ARGS...: whether the java command line contains PATTERN
expect() {
  local name="$1" wanted="$2" pattern="$3"
  shift 4
  local line
  line="$(cd "$work/in" && PATH="$work/bin:$PATH" "$work/co/lede" "$@")"
  local found=no
  case " $line " in *" $pattern "*) found=yes ;; esac
  if [ "$found" = "$wanted" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name: expected '$pattern' present=$wanted in: $line" >&2
  fi
}

expect "one small file is short" yes -XX:TieredStopAtLevel=1 -- extract small.txt
expect "one small file: serial collector" yes -XX:+UseSerialGC -- extract small.txt
expect "one small file: small heap" yes -Xmn16m -- extract small.txt
expect "options and their values are not inputs" yes -XX:TieredStopAtLevel=1 -- extract --analyzers number --format jsonl small.txt
expect "the output file is not an input" yes -XX:TieredStopAtLevel=1 -- extract -o large.txt small.txt
expect "a large file is long" no -XX:TieredStopAtLevel=1 -- extract large.txt
expect "small files adding up past 1 MB are long" no -XX:TieredStopAtLevel=1 -- extract small.txt large.txt
expect "a directory is long" no -XX:TieredStopAtLevel=1 -- extract dir
expect "standard input is long" no -XX:TieredStopAtLevel=1 -- extract -
expect "no input (standard input) is long" no -XX:TieredStopAtLevel=1 -- extract
expect "analyzers is short" yes -XX:TieredStopAtLevel=1 -- analyzers
expect "serve keeps the defaults" no -XX:TieredStopAtLevel=1 -- serve --port 0
expect "serve keeps G1" no -XX:+UseSerialGC -- serve --port 0
expect "bench keeps the defaults" no -XX:TieredStopAtLevel=1 -- bench small.txt
expect "eval keeps the defaults" no -XX:TieredStopAtLevel=1 -- eval --gold small.txt
expect "the archive is used" yes "-XX:SharedArchiveFile=$work/co/cli/target/lede.jsa" -- extract small.txt
expect "the default heap limit" yes -Xmx1g -- serve
LEDE_HEAP=32m expect "LEDE_HEAP: no starting heap above it" no -Xms48m -- extract small.txt
LEDE_HEAP=32m expect "LEDE_HEAP sets the limit" yes -Xmx32m -- extract small.txt
LEDE_JAVA_OPTS=-Xmx64m expect "an -Xmx by hand: no starting heap" no -Xms48m -- extract small.txt
LEDE_JAVA_OPTS=-XX:+UseG1GC expect "a collector by hand: not two" no -XX:+UseSerialGC -- extract small.txt
LEDE_JAVA_OPTS=-XX:+UseG1GC expect "a collector by hand is passed" yes -XX:+UseG1GC -- extract small.txt

echo "launcher: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
