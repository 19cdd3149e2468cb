#!/usr/bin/env bash
# Prints RepSheet's benchmark table for this machine (called by `make bench` after a release build).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/repsheet}
EXAMPLE=examples/back-stretches.yaml
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
RUNS=${RUNS:-20}

median_ms() { # hyperfine JSON -> median in ms
  /usr/bin/python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$1"
}
peak_rss_mb() { # command... -> peak RSS in MB
  /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1/1024}'
}

# A routine of N steps (about one page per 4 steps in the classic layout).
make_routine() {
  local steps=$1 file=$2
  { echo "title: Benchmark routine"; echo "client: Test Client"; echo "date: 2026-12-01"; echo "steps:"
    for i in $(seq 1 "$steps"); do
      echo "  - name: Stretch number $i"
      echo "    hold: 30s"; echo "    reps: 5"; echo "    sides: each"
      echo "    instructions: Move slowly into the stretch and breathe out. Hold it without bouncing, then come back to the start and relax before the next one."
    done; } > "$file"
}
pages_of() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }

echo "RepSheet benchmark — $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
printf '%-52s %s\n' "measure" "value"
printf '%-52s %s\n' "-------" "-----"
strip -o "$WORK/repsheet-size" "$BIN" 2>/dev/null || cp "$BIN" "$WORK/repsheet-size"
printf '%-52s %s MB (%s MB stripped, as installed)\n' "binary size" \
  "$(du -m --apparent-size "$BIN" | cut -f1)" "$(du -m --apparent-size "$WORK/repsheet-size" | cut -f1)"

scripts/bench-floor.sh "$BIN" "$WORK"
[ "${BENCH_PART:-all}" = floor ] && exit 0

hyperfine -N -w 3 -r "$RUNS" --export-json "$WORK/pdf.json" "$BIN render $EXAMPLE -o $WORK/a.pdf" >/dev/null 2>&1
printf '%-52s %s ms\n' "one sheet, whole process, PDF (median of $RUNS)" "$(median_ms "$WORK/pdf.json")"
hyperfine -N -w 3 -r "$RUNS" --export-json "$WORK/png.json" "$BIN render $EXAMPLE -o $WORK/a.png" >/dev/null 2>&1
printf '%-52s %s ms\n' "one sheet, whole process, PNG 150 dpi (median)" "$(median_ms "$WORK/png.json")"

"$BIN" bench "$EXAMPLE" --iterations 200 > "$WORK/inproc.txt"
while IFS=$'\t' read -r key value; do
  printf '%-52s %s\n' "in-process: $key" "$value"
done < "$WORK/inproc.txt"

# The layout stage of the 40-step corpus routine: page breaks are chosen for the whole sheet at once.
"$BIN" bench Tests/Corpus/forty-steps.yaml --iterations 100 > "$WORK/forty.txt"
printf '%-52s %s\n' "in-process: layout, 40-step routine (incl. file)" "$(awk -F'\t' '/^layout \(incl/ {print $2}' "$WORK/forty.txt")"

# 200 one-line notes (the most a routine may have): the Notes block is cut into pages.
{ echo "title: Many notes"; echo "steps:"; echo "  - name: Bridge"; echo "notes:"
  for i in $(seq 1 200); do echo "  - word"; done; } > "$WORK/notes.yaml"
hyperfine -N -w 1 -r 3 --export-json "$WORK/notes.json" "$BIN render $WORK/notes.yaml -o $WORK/notes.pdf" >/dev/null 2>&1
printf '%-52s %s ms\n' "200 notes ($(pages_of "$WORK/notes.pdf") pages), whole process, PDF" "$(median_ms "$WORK/notes.json")"

printf '%-52s %s MB\n' "peak RSS, one sheet PDF" "$(peak_rss_mb "$BIN" render $EXAMPLE -o "$WORK/a.pdf")"

for n in 1 45 490; do
  make_routine "$n" "$WORK/r$n.yaml"
  "$BIN" render "$WORK/r$n.yaml" -o "$WORK/r$n.pdf" >/dev/null
  hyperfine -N -w 1 -r 5 --export-json "$WORK/r$n.json" "$BIN render $WORK/r$n.yaml -o $WORK/r$n.pdf" >/dev/null 2>&1
  printf '%-52s %s ms\n' "$(pages_of "$WORK/r$n.pdf")-page routine, whole process, PDF" "$(median_ms "$WORK/r$n.json")"
done
printf '%-52s %s MB\n' "peak RSS, $(pages_of "$WORK/r490.pdf")-page routine PDF" "$(peak_rss_mb "$BIN" render "$WORK/r490.yaml" -o "$WORK/r490.pdf")"

if "$BIN" render --help 2>&1 | grep -q -- "--clients"; then
  { echo "name,date"; for i in $(seq 1 1000); do echo "Client Number $i,2026-12-01"; done; } > "$WORK/clients.csv"
  for cores in 1 all; do
    rm -rf "$WORK/out"; mkdir -p "$WORK/out"
    if [ "$cores" = 1 ]; then prefix="taskset -c 0"; else prefix=""; fi
    start=$(date +%s.%N)
    $prefix "$BIN" render "$EXAMPLE" --clients "$WORK/clients.csv" --out-dir "$WORK/out" >/dev/null 2>&1
    end=$(date +%s.%N)
    printf '%-52s %s sheets/s\n' "batch of 1000 clients, $cores core(s)" "$(echo "1000 / ($end - $start)" | bc -l | xargs printf '%.0f')"
  done
  printf '%-52s %s MB\n' "peak RSS, batch of 1000 clients" "$(peak_rss_mb "$BIN" render "$EXAMPLE" --clients "$WORK/clients.csv" --out-dir "$WORK/out")"
  head -101 "$WORK/clients.csv" > "$WORK/clients100.csv"
  printf '%-52s %s MB\n' "peak RSS, batch of 100 clients" "$(peak_rss_mb "$BIN" render "$EXAMPLE" --clients "$WORK/clients100.csv" --out-dir "$WORK/out")"
fi

# Instructions counted by callgrind: the same on every run of the same binary, however busy the
# machine is, so they show a change that the timings above would hide in noise.
if command -v valgrind >/dev/null && command -v strip >/dev/null; then
  strip -g -o "$WORK/repsheet-stripped" "$BIN" # valgrind cannot read the toolchain's debug info
  instructions() { # command... -> instructions executed, in millions
    REPSHEET_DATA="$PWD" valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" "$@" 2>&1 >/dev/null \
      | awk '/Collected/ {printf "%.1f", $NF / 1e6}'
  }
  printf '%-52s %s M\n' "instructions, one sheet, whole process, PDF" \
    "$(instructions "$WORK/repsheet-stripped" render $EXAMPLE -o "$WORK/a.pdf")"
  # Issue 15: instructions per sheet in a batch, against main before tagged PDFs, and their shares.
  scripts/bench-batch.sh "$BIN"
fi
