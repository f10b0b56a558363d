#!/usr/bin/env bash
# Ablation of the geo analyzer's switchable rules and context features on both geo development sets: each row turns
# one off and prints end-to-end F1 and acc@161 km with the change against everything on (a negative delta means the
# rule or feature helps). Needs the jar (mvn -q -DskipTests package; LEDE_JAR=path picks another). About 25 s per
# row and set.
#   scripts/geo/ablate.sh [extra lede eval options...]
set -euo pipefail
cd "$(dirname "$0")/../.."
EVAL=${LEDE_EVAL_DIR:-../shared/eval}
SETS=(geo/gwn_dev.jsonl geo/trnews_dev.jsonl)
ROWS=(
  "all on|"
  "rule openingWordGuard|--set geo.openingWordGuard=false"
  "rule personTaggedPlaces|--set geo.personTaggedPlaces=false"
  "rule containedPlaces|--set geo.containedPlaces=false"
  "feature admin1_coherence|--set geo.disabledFeatures=admin1_coherence"
  "feature shared_division|--set geo.disabledFeatures=shared_division"
  "feature foreign_country|--set geo.disabledFeatures=foreign_country"
  "feature dateline_admin1|--set geo.disabledFeatures=dateline_admin1"
  "feature town_context|--set geo.disabledFeatures=town_context"
  "feature publication_area|--set geo.disabledFeatures=publication_area"
  "all coherence features|--set geo.disabledFeatures=admin1_coherence,shared_division,foreign_country,dateline_admin1,town_context,publication_area"
)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
metrics() { # file -> "e2e acc"
  python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["places"]; print(p["end_to_end"]["f1"], p["acc@161km_on_matched"])' "$1"
}
printf '%-28s %-26s %-26s\n' "turned off" "GWN e2e F1 / acc@161" "TR-News e2e F1 / acc@161"
declare -A base
for row in "${ROWS[@]}"; do
  name=${row%%|*}
  opts=${row#*|}
  line=$(printf '%-28s' "$name")
  for set in "${SETS[@]}"; do
    out="$tmp/out.json"
    # shellcheck disable=SC2086
    java -Xmx2g -jar "${LEDE_JAR:-cli/target/lede.jar}" eval --gold "$EVAL/$set" --analyzers geo --layer places --json $opts "$@" > "$out"
    read -r f1 acc < <(metrics "$out")
    if [ -z "${base[$set]:-}" ]; then
      base[$set]="$f1 $acc"
      cell=$(printf '%.3f / %.3f' "$f1" "$acc")
    else
      read -r bf1 bacc <<< "${base[$set]}"
      cell=$(python3 -c "import sys; f,a,bf,ba=map(float,sys.argv[1:]); print(f'{f:.3f} ({f-bf:+.3f}) / {a:.3f} ({a-ba:+.3f})')" "$f1" "$acc" "$bf1" "$bacc")
    fi
    line="$line $(printf '%-26s' "$cell")"
  done
  echo "$line"
done
