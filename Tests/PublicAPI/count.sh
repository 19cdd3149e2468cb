#!/bin/sh
# Counts the public declarations of RepSheet's library modules from their symbol graphs
# (`swift-symbolgraph-extract`, public only, synthesized members left out), after `swift build`.
# Prints one line a module and a total. Usage: Tests/PublicAPI/count.sh   (from the package root)
set -eu
build=.build/debug
out=$(mktemp -d /tmp/repsheet-symbols-XXXXXX)
triple=$(swiftc -print-target-info | sed -n 's/.*"triple": "\(.*\)".*/\1/p' | head -1)
cflags="$(pkg-config --cflags-only-I pangocairo libpng | sed "s/-I/-Xcc -I/g") -Xcc -I/usr/include/librsvg-2.0 -Xcc -I/usr/include/gdk-pixbuf-2.0"
# C targets' generated module maps, and the system-library targets' own folders.
maps=""
for map in "$build"/*.build/module.modulemap; do [ -f "$map" ] && maps="$maps -Xcc -fmodule-map-file=$map"; done
dirs=""
for dir in Sources/C*; do [ -f "$dir/module.modulemap" ] && dirs="$dirs -I $dir"; done
total=0
for module in Routine Layout Render Figures RepSheet; do
    # shellcheck disable=SC2086
    swift-symbolgraph-extract -module-name "$module" -target "$triple" -I "$build/Modules" \
        -I .build/checkouts/Yams/Sources/CYaml/include $dirs $maps $cflags \
        -minimum-access-level public -skip-synthesized-members -output-dir "$out" >/dev/null 2>&1
    # The module's own symbols and its extensions of other modules' types (MODULE@OTHER.symbols.json).
    count=$(python3 -c "
import glob, json, sys
files = glob.glob(sys.argv[1] + '/' + sys.argv[2] + '.symbols.json') + glob.glob(sys.argv[1] + '/' + sys.argv[2] + '@*.symbols.json')
print(sum(len(json.load(open(f))['symbols']) for f in files))" "$out" "$module")
    echo "$module $count"
    total=$((total + count))
done
echo "total $total"
rm -rf "$out"
