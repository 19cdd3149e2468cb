import Layout

extension PangoMeasurer {
    /// The characters of `text` that no font can draw in `font` or any fallback, in order, once each.
    ///
    /// These would print as missing-glyph boxes. The text is looked up in the shaped-text cache,
    /// the same shaping the layout measures and the renderer draws, so combining marks and joined
    /// letters count as drawn, and a text is shaped once however often it is checked or drawn.
    package func missingCharacters(in text: String, font: FontSpec, direction: TextDirection? = nil)
        -> [Unicode.Scalar]
    {
        fonts.withLock {
            fonts.shapedTextCache()?.entry(
                text: text, font: font, families: fonts.families(for: font.family), direction: direction)?
                .missingCharacters ?? []
        }
    }
}
