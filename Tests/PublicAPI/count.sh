#!/bin/sh
# Counts the public declarations of RepSheet's library modules from their symbol graphs
# (`swift-symbolgraph-extract`, public only, synthesized members left out), after `swift build`.
# Usage (from the package root):
#   Tests/PublicAPI/count.sh               one line a module and a total
#   Tests/PublicAPI/count.sh --list        every public symbol, one a line, sorted
#                                          (what Tests/PublicAPI/public-symbols.txt records)
#   Tests/PublicAPI/count.sh --check       fails, naming them, if a public symbol is not in
#                                          public-symbols.txt or one there is gone
#                                          (PUBLIC_SYMBOLS=FILE compares with another list)
#   Tests/PublicAPI/count.sh --keep DIR    also keeps the symbol graphs in DIR (for narrow.py)
# REPSHEET_BUILD=DIR reads the modules of another build (the tests pass their own, so the check
# also works under `make sanitize`, whose products are in .build-asan).
set -eu
mode=${1:-count}
build=${REPSHEET_BUILD:-.build/debug}
scratch=$(dirname "$build")
[ -d "$scratch/checkouts" ] || scratch=$(dirname "$scratch")
if [ ! -d "$build/Modules" ]; then
    echo "count.sh: no built modules in $build/Modules: run \`swift build\` first" >&2
    exit 2
fi
if [ "$mode" = --keep ]; then out=$2; mkdir -p "$out"; else out=$(mktemp -d /tmp/repsheet-symbols-XXXXXX); fi
triple=$(swiftc -print-target-info | sed -n 's/.*"triple": "\(.*\)".*/\1/p' | head -1)
cflags="$(pkg-config --cflags-only-I pangocairo libpng | sed "s/-I/-Xcc -I/g") -Xcc -I/usr/include/librsvg-2.0 -Xcc -I/usr/include/gdk-pixbuf-2.0"
# C targets' generated module maps, and the system-library targets' own folders.
maps=""
for map in "$build"/*.build/module.modulemap; do [ -f "$map" ] && maps="$maps -Xcc -fmodule-map-file=$map"; done
dirs=""
for dir in Sources/C*; do [ -f "$dir/module.modulemap" ] && dirs="$dirs -I $dir"; done
for module in Routine Layout Render Figures RepSheet; do
    # shellcheck disable=SC2086
    swift-symbolgraph-extract -module-name "$module" -target "$triple" -I "$build/Modules" \
        -I "$scratch/checkouts/Yams/Sources/CYaml/include" $dirs $maps $cflags \
        -minimum-access-level public -skip-synthesized-members -output-dir "$out" >"$out/$module.log" 2>&1 ||
        { echo "count.sh: swift-symbolgraph-extract failed on $module:" >&2; cat "$out/$module.log" >&2; exit 2; }
done
# Each module's own symbols and its extensions of other modules' types (MODULE@OTHER.symbols.json),
# named "Module kind Type.member(labels): declaration" so overloads stay apart.
python3 - "$out" "$mode" "${PUBLIC_SYMBOLS:-$(dirname "$0")/public-symbols.txt}" <<'PYTHON'
import glob, json, sys
folder, mode, recorded = sys.argv[1:4]
modules = ['Routine', 'Layout', 'Render', 'Figures', 'RepSheet']
symbols = {m: [] for m in modules}
for module in modules:
    for path in glob.glob(f'{folder}/{module}.symbols.json') + glob.glob(f'{folder}/{module}@*.symbols.json'):
        for s in json.load(open(path))['symbols']:
            declaration = ' '.join(''.join(f['spelling'] for f in s.get('declarationFragments', [])).split())
            symbols[module].append(f"{module} {s['kind']['identifier'].removeprefix('swift.')} "
                                   f"{'.'.join(s['pathComponents'])}: {declaration}")
names = sorted(n for m in modules for n in symbols[m])
if mode == '--list':
    print('\n'.join(names))
elif mode == '--check':
    want = [l for l in open(recorded).read().split('\n') if l]
    added, gone = sorted(set(names) - set(want)), sorted(set(want) - set(names))
    for n in added: print('public but not recorded:', n)
    for n in gone: print('recorded but not public:', n)
    if added or gone:
        print(f'{len(added)} added, {len(gone)} gone: narrow the new declarations to `package`, or if they are '
              'meant, record them with `Tests/PublicAPI/count.sh --list > Tests/PublicAPI/public-symbols.txt`')
        sys.exit(1)
    print(f'public surface as recorded: {len(names)} symbols')
else:
    for m in modules: print(m, len(symbols[m]))
    print('total', len(names))
PYTHON
[ "$mode" = --keep ] || rm -rf "$out"
