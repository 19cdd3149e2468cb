import Layout

/// A text run of a laid-out sheet with characters that no font can draw.
package struct UnprintableRun: Sendable, Equatable {
    /// The run, with the routine text it was set from (`TextRun.source`).
    package var run: TextRun
    /// The characters no font draws in the run's font or any fallback, in order, once each.
    package var characters: [Unicode.Scalar]
}

extension PangoMeasurer {
    /// Every run of `sheet` with characters that would print as missing-glyph boxes, in page order:
    /// one walk over the display list.
    ///
    /// When every character of the sheet is in some font's map, nothing is shaped. Otherwise a
    /// run with a character outside every map is looked up in the shaped-text cache, the same
    /// shaping the layout measured and the renderer draws, so a text is shaped once however often
    /// it appears (a running header repeats on every page).
    package func unprintableRuns(in sheet: Sheet) -> [UnprintableRun] {
        if fonts.covers(sheet.pages.flatMap(\.texts)) { return [] }
        var found: [UnprintableRun] = []
        for run in sheet.pages.flatMap(\.textRuns) where !fonts.covers(run.text) {
            let missing = missingCharacters(in: run.text, font: run.font, direction: run.direction)
            if !missing.isEmpty { found.append(UnprintableRun(run: run, characters: missing)) }
        }
        return found
    }
}
