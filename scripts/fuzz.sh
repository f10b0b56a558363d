#!/usr/bin/env bash
# Coverage-guided fuzzing of the input readers (text, JSON, JSON Lines, HTML) and the whole pipeline with Jazzer,
# each target for a bounded time (FUZZ_SECONDS, default 12: five targets, about a minute in all). Prints the
# executions and findings per target; exits 1 when a target found a crash. A crash input is written to
# fuzz/src/test/resources/dev/lede/fuzz/<Class>Inputs/<target>/crash-*: commit it with the fix, and every
# `mvn verify` replays it from then on.
#   scripts/fuzz.sh            # as .ci/run does
#   FUZZ_SECONDS=600 scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-12}
status=0
mvn -B -ntp -q -Pfuzz -pl fuzz -am verify -DskipTests -Dfuzz.duration="${seconds}s" > fuzz/target-fuzz.log 2>&1 || status=$?
# libFuzzer writes its closing line ("Done 123456 runs in 12 second(s)") to the native stderr of each forked JVM,
# which Maven passes through to its log in the order of the executions in fuzz/pom.xml.
targets=(input-text input-json input-jsonl input-html pipeline)
mapfile -t runs < <(grep -oE '^Done [0-9]+ runs' fuzz/target-fuzz.log | grep -oE '[0-9]+' || true)
total=0
for i in "${!targets[@]}"; do
  printf 'fuzz %-12s %10s executions in %ss\n' "${targets[$i]}" "${runs[$i]:-?}" "$seconds"
  total=$((total + ${runs[$i]:-0}))
done
new=$(git status --porcelain --untracked-files=all -- fuzz/src/test/resources | grep -c 'crash-' || true)
echo "fuzz: $total executions in all, $new new finding(s)"
if [ "$status" -ne 0 ]; then
  echo "fuzz: a target failed (log: fuzz/target-fuzz.log); findings:"
  git status --porcelain --untracked-files=all -- fuzz/src/test/resources || true
  exit 1
fi
