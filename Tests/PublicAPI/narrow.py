#!/usr/bin/env python3
"""Turns `public` into `package` where the library's callers need nothing (issue 13, item 4).

Idempotent: run it again after a merge brings new declarations into these files, then build
(`swift build`) and fix what the compiler names, and run Tests/PublicAPI/check.sh and count.sh.
Kept public: the routine model, SheetMaker and its options, batches and clients, diagnostics and
errors (RenderError, MissingGlyph, ImageProblem), OutputFormat, World (the door to files), the layout definition, display list
and label types, and the exercise catalogue (Catalogue, Exercise).
"""
import re, glob, sys, os
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
pat = re.compile(r'^(\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*)public(\s|\()', re.M)
changed = {}
def narrow(path, only=None):
    if not os.path.exists(path):
        return
    s = open(path).read()
    if only is None:
        n = pat.subn(lambda m: m.group(1) + 'package' + m.group(2), s)
    else:
        lines = s.split('\n'); count = 0
        for i, l in enumerate(lines):
            if any(o in l for o in only):
                new = pat.sub(lambda m: m.group(1) + 'package' + m.group(2), l)
                if new != l: lines[i] = new; count += 1
        n = ('\n'.join(lines), count)
    if n[1]:
        open(path, 'w').write(n[0]); changed[path] = n[1]
keepRender = {'OutputFormat.swift', 'RenderError.swift', 'World.swift'}
for p in glob.glob('Sources/Render/**/*.swift', recursive=True):
    if os.path.basename(p) not in keepRender: narrow(p)
keepFigures = {'Catalogue.swift', 'Exercise.swift'}
for p in glob.glob('Sources/Figures/**/*.swift', recursive=True):
    if os.path.basename(p) not in keepFigures: narrow(p)
narrow('Sources/RepSheet/FigurePages.swift')
narrow('Sources/RepSheet/SheetMaker.swift', only=['public let fonts', 'public let measurer', 'public var figureDrawer'])
narrow('Sources/Figures/Catalogue/Exercise.swift', only=['public var figure:', 'public init('])
narrow('Sources/RepSheet/SheetOptions.swift', only=['public var source: FinishingPass', 'public var moreSources: [FinishingPass'])
for p in [
    'Sources/Routine/Loading/RoutineLimits.swift', 'Sources/Routine/Loading/WorkBudget.swift',
    'Sources/Routine/Loading/TextEscaping.swift', 'Sources/Routine/Decoding/KeySuggestion.swift']:
    narrow(p)
for k, v in sorted(changed.items()):
    print(v, k)
print(sum(changed.values()), 'lines in', len(changed), 'files')
