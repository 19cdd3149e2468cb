#!/usr/bin/env bash
# Instructions per sheet in a client batch (issue 15), counted by callgrind: the same on every run
# of the same binary however busy the machine is. A batch of 50 clients less a batch of 10, over
# 40, so start-up and the batch's one-time work cancel out; then where a sheet's instructions go.
#
#   scripts/bench-batch.sh [BIN]     BIN defaults to .build/release/repsheet (`make release`)
#
# `make bench` runs it after the release build; `make bench-batch` runs it alone.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-${BIN:-.build/release/repsheet}}
EXAMPLE=${EXAMPLE:-examples/back-stretches.yaml}
for tool in valgrind callgrind_annotate strip; do
  command -v "$tool" >/dev/null || { echo "bench-batch: $tool is not installed (make bench installs it)" >&2; exit 1; }
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export REPSHEET_DATA=$PWD
strip -g -o "$WORK/repsheet" "$BIN" # valgrind cannot read the toolchain's debug info

clients() { echo "name,date"; for i in $(seq 1 "$1"); do echo "Client Number $i,2026-12-01"; done; }
count() { # clients -> instructions; leaves $WORK/cg-N.out
  clients "$1" > "$WORK/clients$1.csv"
  rm -rf "$WORK/out"
  valgrind --tool=callgrind --callgrind-out-file="$WORK/cg-$1.out" "$WORK/repsheet" render "$EXAMPLE" \
    --clients "$WORK/clients$1.csv" --out-dir "$WORK/out" 2>&1 >/dev/null | awk '/Collected/ {print $NF}'
}
small=$(count 10)
large=$(count 50)
callgrind_annotate --inclusive=yes --threshold=100 "$WORK/cg-10.out" > "$WORK/a10.txt" 2>/dev/null
callgrind_annotate --inclusive=yes --threshold=100 "$WORK/cg-50.out" > "$WORK/a50.txt" 2>/dev/null

per_sheet() { echo "($2 - $1) / 40 / 1000000" | bc -l | xargs printf '%.1f'; }
# Inclusive instructions of the first function whose line contains $1, per sheet.
share() {
  local a b
  a=$(awk -v f="$1" 'index($0, f) {gsub(",", "", $1); print $1; exit}' "$WORK/a10.txt")
  b=$(awk -v f="$1" 'index($0, f) {gsub(",", "", $1); print $1; exit}' "$WORK/a50.txt")
  per_sheet "${a:-0}" "${b:-0}"
}
row() { printf '%-52s %s\n' "$1" "$2"; }

row "instructions per sheet in a batch (50 - 10) / 40" "$(per_sheet "$small" "$large") M"
row "  before tagged PDFs (a36d512) / issue 15's limit" "30.7 M / 33.8 M (+10 %)"
row "  layout" "$(share 'MakerV6layout_10definition') M"
row "  drawing and tags (Pango, the tag plan)" "$(share 'PageDrawerV10drawTagged') M"
row "  Cairo writing the PDF (pages, fonts, tags)" \
  "$(echo "$(share '???:cairo_show_page [') + $(share '???:cairo_surface_finish [')" | bc -l | xargs printf '%.1f') M"
row "  the finishing pass" "$(share '???:repsheet_qpdf_finish [') M"
row "  libdeflate (the pass compresses every stream once)" "$(share '???:libdeflate_zlib_compress [') M"
row "  Cairo's number formatting (snprintf)" "$(share ':__snprintf_chk [') M"
