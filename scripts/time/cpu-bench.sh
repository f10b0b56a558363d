#!/usr/bin/env bash
# The time analyzer's own CPU-time speed, warm (see TimeCpuBench.java for why beside `lede bench`).
#   scripts/time/cpu-bench.sh [ROUNDS] [FILE.jsonl...]
# Needs a built checkout (mvn -q -o -pl cli -am -DskipTests package). Default files: the two of `lede bench` in
# the README, whose text analyzer counts 0.189 tokens per character (236,225 tokens/s at 1.25 MB/s).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rounds=${1:-40}
shift || true
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$root/../shared/eval/ner/gum_news.jsonl" "$root/../shared/eval/quotes/polnear_dev.jsonl")
cp="$root/plugins/time/target/classes:$root/cli/target/lede.jar"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
javac -nowarn -d "$out" -cp "$cp" "$root/scripts/time/TimeCpuBench.java"
java -Xmx512m -cp "$out:$cp" dev.lede.time.TimeCpuBench 0.189 "$rounds" "${files[@]}"
