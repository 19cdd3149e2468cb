#!/usr/bin/env python3
"""Turns `public` into `package` on every declaration a library caller does not need (issue 13, item 4).

Reads the public symbol graphs of the library's modules (written by `count.sh --keep DIR` after
`swift build`) and narrows each public declaration that `KEEP` below does not name, at the line the
symbol graph gives. Idempotent: after a merge brings new public declarations, run
`sh Tests/PublicAPI/count.sh --keep /tmp/sg && python3 Tests/PublicAPI/narrow.py /tmp/sg`, build, fix
what the compiler names, then `sh Tests/PublicAPI/count.sh --list > Tests/PublicAPI/public-symbols.txt`
if the new surface is meant.

The public surface (`import RepSheet`): the routine model and its diagnostics (Routine), the sheet
maker, its options and results, handouts, clients and batches (RepSheet), the output formats, render
errors and the `World` door to files (Render), and `LayoutError` (a case of `RepSheetError`). A layout
and a language are chosen by name, so the layout engine, its display list and its label tables are
`package`, as is the exercise catalogue (Figures).
"""
import glob, json, os, re, sys

# Top-level types kept public, with all their public members but those in DROP.
KEEP = {
    'RepSheet': ['AtomicWriter', 'BatchOutput', 'BatchProgress', 'BatchReport', 'ClientBatch', 'BrandFile', 'Client',
                 'DoseChange', 'StepReference', 'StepChange', 'ClientError', 'ClientFile', 'ClientStream', 'DoseOrigins',
                 'FileSlug', 'Handout', 'Rendering', 'RepSheetError', 'Resources', 'SheetMaker', 'SheetOptions'],
    'Render': ['OutputFormat', 'RenderError', 'MissingGlyph', 'ImageProblem', 'World', 'DiskWorld', 'MemoryWorld'],
    'Routine': ['Alternative', 'CalendarDate', 'Diagnostic', 'Distance', 'Dose', 'Sides', 'ExerciseReference',
                'FileAccess', 'SafeFile', 'Routine', 'RoutineError', 'Section', 'SourceLocation', 'Stage', 'Step',
                'Instructions', 'TimeSpan', 'Track'],
    'Layout': ['LayoutError'],
    'Figures': [],
}
# Members of kept types that are `package`: the pipeline's inner steps (display list, layout
# definitions, label tables, brand assets, the catalogue) and the command-line tool's helpers.
# Each entry is matched against "Type.member: declaration".
DROP = [
    r'^BrandFile\.load\(', r'^Handout\.emptyRoutine', r'^Rendering\.(sheet|init)', r'^RenderError\.combined',
    r'^Resources\.(examplePrefix|isClientList|exampleClientListNames|exampleClientList|clientListPath|exampleNames|example\()',
    r'^SheetMaker\.(layout\(|layoutDefinition|loadBrand|catalogue|labels|warnings|check|outputPaths)',
    r'^SheetMaker\.render\(_:options:\): func render\(_ sheet: Sheet',
    r'^ExerciseReference\.(init|givenKeys)', r'^SafeFile\.(problem|read|open|readSome)',
    r'^Routine\.location\(ofImage', r'^Step\.(figure|init|imageLocation|explicitDoseKeys)',
]
PUBLIC = re.compile(r'^(\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*)public(\s|\()')


def main(folder):
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
    edits = {}
    for path in glob.glob(os.path.join(folder, '*.symbols.json')):
        module = os.path.basename(path).split('.')[0].split('@')[0]
        for symbol in json.load(open(path))['symbols']:
            names = symbol['pathComponents']
            declaration = ''.join(f['spelling'] for f in symbol.get('declarationFragments', []))
            key = '.'.join(names) + ': ' + declaration
            kept = names[0] in KEEP[module] and not any(re.search(d, key) for d in DROP)
            if kept or 'location' not in symbol:
                continue
            file = symbol['location']['uri'].removeprefix('file://')
            edits.setdefault(file, set()).add(symbol['location']['position']['line'])
    changed = 0
    for file, lines in sorted(edits.items()):
        text = open(file).read().split('\n')
        for line in sorted(lines):
            # The keyword is on the declaration's line or on an attribute line just above it.
            index = line
            while index > 0 and text[index - 1].strip().startswith('@') and not PUBLIC.match(text[index]):
                index -= 1
            new = PUBLIC.sub(lambda m: m.group(1) + 'package' + m.group(2), text[index], count=1)
            if new != text[index]:
                text[index] = new
                changed += 1
            elif not re.match(r'\s*(case|associatedtype|func|var|init|static|subscript)\b', text[line]):
                print('no public keyword:', os.path.relpath(file, root), line + 1, text[line].strip())
        open(file, 'w').write('\n'.join(text))
    print(changed, 'declarations narrowed in', len(edits), 'files')


main(sys.argv[1])
