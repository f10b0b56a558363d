# Sourced by the entity scripts (train.sh, ablate.sh) after they set ROOT: finds the shared data (SHARED, NER) and
# builds the trainer module, setting CP to its class path. The build is this checkout's reactor (-am), never ~/.m2,
# which other checkouts on the machine may overwrite; the last module built (the trainer) writes the class path.
SHARED="${LEDE_SHARED:-$ROOT/../shared}"
[ -d "$SHARED/eval" ] || SHARED="$ROOT/../../shared"
[ -d "$SHARED/eval" ] || SHARED=/work/shared
NER="$SHARED/eval/ner"

trainer_classpath() {
  local cpfile
  cpfile="$(mktemp)"
  (cd "$ROOT" && mvn -q -B -pl training/entity -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile="$cpfile")
  CP="$ROOT/training/entity/target/classes:$(cat "$cpfile")"
  rm -f "$cpfile"
}
