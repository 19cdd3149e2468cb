import Layout

extension PangoMeasurer {
    /// The characters of `text` that no font can draw in `font` or any fallback, in order, once each.
    ///
    /// These would print as missing-glyph boxes; the check shapes the text exactly as the
    /// renderer does, so combining marks and joined letters count as drawn.
    package func missingCharacters(in text: String, font: FontSpec) -> [Unicode.Scalar] {
        fonts.withLock {
            guard
                let layout = PangoText(
                    context: context, text: text, font: font, families: fonts.families(for: font.family))
            else { return [] }
            return layout.missingCharacters
        }
    }
}
