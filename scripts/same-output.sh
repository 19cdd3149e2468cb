#!/usr/bin/env bash
# Whether two repsheet binaries write byte-identical sheets (issue 19: a speed-up must not change
# a byte). Renders every example and corpus routine in every layout with both, as PDF, and the
# examples also as PNG, SVG and A5 PDF, then compares each file, the exit statuses and the
# messages on standard error.
#
#   scripts/same-output.sh OLD_BIN NEW_BIN
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: scripts/same-output.sh OLD_BIN NEW_BIN" >&2; exit 2; }
OLD=$(realpath "$1")
NEW=$(realpath "$2")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export REPSHEET_DATA=$PWD

render_all() { # BIN OUTDIR
  local bin=$1 out=$2 file name kind layout
  mkdir -p "$out"
  for file in examples/*.yaml Tests/Corpus/*.yaml; do
    name=$(basename "$file" .yaml)
    kind=$(basename "$(dirname "$file")")
    for layout in classic cards tracker compact large-print; do
      local base="$out/$kind-$name-$layout"
      local -a outputs=("$base.pdf")
      [ "$kind" = examples ] && outputs+=("$base.png" "$base.svg" "$base-a5.pdf")
      for output in "${outputs[@]}"; do
        local -a size=()
        [[ $output == *-a5.pdf ]] && size=(--page-size a5)
        local status=0
        "$bin" render "$file" --layout "$layout" "${size[@]}" -o "$output" > /dev/null 2>> "$out/stderr.txt" || status=$?
        echo "$(basename "$output") $status" >> "$out/status.txt"
      done
    done
  done
}

render_all "$OLD" "$WORK/old"
render_all "$NEW" "$WORK/new"
compared=0
differ=0
for file in "$WORK/old"/*; do
  compared=$((compared + 1))
  cmp -s "$file" "$WORK/new/$(basename "$file")" || { echo "differs: $(basename "$file")"; differ=$((differ + 1)); }
done
[ "$(ls "$WORK/old" | wc -l)" = "$(ls "$WORK/new" | wc -l)" ] || { echo "the file counts differ"; differ=$((differ + 1)); }
echo "compared $compared files: $differ differ"
[ "$differ" -eq 0 ]
