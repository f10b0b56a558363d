#!/usr/bin/env bash
# Makes a new analyzer plugin project from examples/plugin-template: a working analyzer, its contract test and
# its packaging (target/lede-NAME/, the folder to drop into a plugins folder).
#   scripts/new-plugin.sh NAME DIR        e.g. scripts/new-plugin.sh sentiment ~/lede-sentiment
# NAME is the analyzer's name (what --analyzers takes) and also its package and layer: [a-z][a-z0-9]*.
# Then: cd DIR && mvn verify   (after `mvn install` in Lede's checkout, which puts Lede's artifacts in ~/.m2)
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 NAME DIR" >&2
  exit 2
fi
name=$1
dir=$2
if ! [[ $name =~ ^[a-z][a-z0-9]*$ ]]; then
  echo "new-plugin: NAME must be lower-case letters and digits, starting with a letter: '$name'" >&2
  exit 2
fi
if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
  echo "new-plugin: $dir exists and is not empty" >&2
  exit 2
fi
template="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/examples/plugin-template"
Name="$(tr '[:lower:]' '[:upper:]' <<< "${name:0:1}")${name:1}"
mkdir -p "$dir"
# Every file of the template, with "exclaim" / "Exclaim" (the template's name) renamed in paths and contents.
(cd "$template" && find . -type f ! -path './target/*' -print0) | while IFS= read -r -d '' f; do
  out="$dir/$(sed "s/exclaim/$name/g; s/Exclaim/$Name/g" <<< "${f#./}")"
  mkdir -p "$(dirname "$out")"
  sed "s/exclaim/$name/g; s/Exclaim/$Name/g" "$template/$f" > "$out"
done
echo "new-plugin: made $dir (analyzer '$name', layer '${name}s'); next: cd $dir && mvn verify"
