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
    /// When every character of the sheet is in some font's map, nothing is shaped. Otherwise only
    /// runs with a character outside every map are shaped, as the renderer shapes them, each text
    /// in each font once (a running header repeats on every page).
    package func unprintableRuns(in sheet: Sheet) -> [UnprintableRun] {
        if fonts.covers(sheet.pages.flatMap(\.texts)) { return [] }
        let runs = sheet.pages.flatMap(\.textRuns)
        struct Shaped: Hashable {
            var text: String
            var font: FontSpec
        }
        var known: [Shaped: [Unicode.Scalar]] = [:]
        var found: [UnprintableRun] = []
        for run in runs {
            let key = Shaped(text: run.text, font: run.font)
            let missing: [Unicode.Scalar]
            if let seen = known[key] {
                missing = seen
            } else {
                missing = fonts.covers(run.text) ? [] : missingCharacters(in: run.text, font: run.font)
                known[key] = missing
            }
            if !missing.isEmpty { found.append(UnprintableRun(run: run, characters: missing)) }
        }
        return found
    }
}
