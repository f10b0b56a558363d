#!/usr/bin/env bash
# Rebuilds the number analyzer's generated tables from ICU4J's CLDR data (run by hand; the build never runs it):
#   plugins/number/src/main/resources/dev/lede/number/currency-names.tsv
#   plugins/number/src/main/resources/dev/lede/number/units-cldr.tsv
# Uses the ICU4J jar the project already depends on (resolved by Maven); needs Java 17.
set -euo pipefail
cd "$(dirname "$0")/../.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -ntp dependency:build-classpath -pl plugins/number -Dmdep.outputFile="$cp_file" >/dev/null
icu=$(tr ':' '\n' < "$cp_file" | grep '/icu4j-[0-9.]*\.jar$')
out=plugins/number/src/main/resources/dev/lede/number
java -cp "$icu" scripts/number/BuildNumberTables.java "$out"
wc -l "$out/currency-names.tsv" "$out/units-cldr.tsv"
