#!/usr/bin/env bash
# RepSheet against the floor: bench/floor.c draws the same back-stretches sheet with cairo and
# Pango by hand. Prints RepSheet / floor ratios (called by scripts/bench.sh; BIN and a scratch
# folder as arguments). Targets from issue 19 in brackets.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$1
WORK=$2
EXAMPLE=examples/back-stretches.yaml
PAIRS=${PAIRS:-30}
FLOOR="$WORK/floor"
# shellcheck disable=SC2046 # pkg-config prints several words on purpose
cc -O2 -o "$FLOOR" bench/floor.c $(pkg-config --cflags --libs pangocairo pangoft2 fontconfig)
export REPSHEET_DATA=$PWD
row() { printf '%-52s %s\n' "$1" "$2"; }
ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2f'; }

echo
row "RepSheet / floor (bench/floor.c)" ""
row "----------------------------------" ""

read -r rep flo r < <(bench/paired.py "$PAIRS" 3 -- "$BIN" render $EXAMPLE -o "$WORK/a.pdf" \
  -- "$FLOOR" Fonts pdf "$WORK/f.pdf")
row "wall, one sheet PDF, median of $PAIRS pairs [<= 1.3]" "$r× ($rep ms / $flo ms)"
read -r rep flo r < <(bench/paired.py "$PAIRS" 3 -- "$BIN" render $EXAMPLE -o "$WORK/a.png" \
  -- "$FLOOR" Fonts png "$WORK/f")
row "wall, one sheet PNG 150 dpi, median of pairs [<= 1.0]" "$r× ($rep ms / $flo ms)"

if command -v valgrind >/dev/null; then
  strip -g -o "$WORK/repsheet-callgrind" "$BIN" # valgrind cannot read the toolchain's debug info
  count() { # output file, command... -> instructions
    local out=$1; shift
    valgrind --tool=callgrind --callgrind-out-file="$out" "$@" 2>&1 >/dev/null | awk '/Collected/ {print $NF}'; }
  rep=$(count "$WORK/cg.out" "$WORK/repsheet-callgrind" render $EXAMPLE -o "$WORK/a.pdf")
  flo=$(count "$WORK/cg-floor.out" "$FLOOR" Fonts pdf "$WORK/f.pdf")
  row "instructions, one sheet PDF, both threads [<= 1.2]" \
    "$(ratio "$rep" "$flo")× ($(echo "$rep / 1000000" | bc) M / $(echo "$flo / 1000000" | bc) M)"
  # Where the sheet's instructions go: inclusive counts of the stages' entry points.
  callgrind_annotate --inclusive=yes --threshold=100 "$WORK/cg.out" > "$WORK/cg.txt" 2>/dev/null
  part() { # the first function whose line contains $1 -> millions
    awk -v f="$1" 'index($0, f) {gsub(",", "", $1); printf "%.1f", $1 / 1e6; found = 1; exit} END {if (!found) printf "0"}' \
      "$WORK/cg.txt"
  }
  row "  start-up (dynamic loading)" "$(part 'rtld.c:_dl_start ') M"
  row "  command line (swift-argument-parser)" "$(part 'RenderFastPathO5parse') M"
  row "  routine and catalogue files" "$(part 'MakerV11loadRoutine4path') M"
  row "  layout (Pango measuring, most of it)" "$(part 'MakerV6layout_10definition') M"
  row "  drawing, Cairo's PDF and the finishing pass" "$(part 'MakerV6render_7options8pictures') M"
fi

if command -v strace >/dev/null; then
  threads() { strace -f -c -o "$WORK/st.txt" "$@" >/dev/null 2>&1
    awk '$NF == "clone3" || $NF == "clone" {n += $4} END {print n + 0}' "$WORK/st.txt"; }
  row "threads created, one sheet PDF [<= 2]" \
    "$(threads "$BIN" render $EXAMPLE -o "$WORK/a.pdf") (floor $(threads "$FLOOR" Fonts pdf "$WORK/f.pdf"))"
  printf 'title: One page\nsteps:\n  - name: Bridge\n    reps: 10\n' > "$WORK/one.yaml"
  row "threads created, one-page PDF [<= 2]" "$(threads "$BIN" render "$WORK/one.yaml" -o "$WORK/one.pdf")"
  row "threads created, two-page PNG [one per core]" "$(threads "$BIN" render $EXAMPLE -o "$WORK/a.png")"
  strace -f -e trace=connect,openat -o "$WORK/ns.txt" "$BIN" render $EXAMPLE -o "$WORK/a.pdf" >/dev/null 2>&1
  row "user-database lookups (nscd, passwd) [0]" "$(grep -c 'nscd\|/etc/passwd\|/etc/group' "$WORK/ns.txt" || true)"
fi

N=${BATCH:-1000}
{ echo "name,date"; for i in $(seq 1 "$N"); do echo "Client Number $i,2026-12-01"; done; } > "$WORK/clients.csv"
# Rounds of one batch each, RepSheet and floor in turn, so a busy moment of a shared machine
# falls on both; the median round's ratio is reported.
rates() { # -> "repsheet floor" sheets/s for one round
  local start rep
  rm -rf "$WORK/out" "$WORK/fout"; mkdir -p "$WORK/out" "$WORK/fout"
  start=$(date +%s.%N)
  "$BIN" render $EXAMPLE --clients "$WORK/clients.csv" --out-dir "$WORK/out" >/dev/null 2>&1
  rep=$(echo "$N / ($(date +%s.%N) - $start)" | bc -l)
  start=$(date +%s.%N)
  taskset -c 0 "$FLOOR" Fonts batch "$N" "$WORK/fout"
  echo "$rep $(echo "$N / ($(date +%s.%N) - $start)" | bc -l)"
}
ROUNDS=${BATCH_ROUNDS:-3}
read -r rep flo < <(for _ in $(seq 1 "$ROUNDS"); do rates; done \
  | awk '{print $1 / $2, $1, $2}' | sort -n | awk -v m=$(((ROUNDS + 1) / 2)) 'NR == m {print $2, $3}')
row "batch of $N, all cores vs floor on one, median of $ROUNDS [>= 1.7]" \
  "$(ratio "$rep" "$flo")× ($(printf '%.0f' "$rep") / $(printf '%.0f' "$flo") sheets/s)"
rm -rf "$WORK/out"; mkdir -p "$WORK/out"
row "peak RSS, batch of $N [<= 60 MB]" "$(/usr/bin/time -f "%M" "$BIN" render $EXAMPLE --clients "$WORK/clients.csv" \
  --out-dir "$WORK/out" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f MB", $1/1024}')"
