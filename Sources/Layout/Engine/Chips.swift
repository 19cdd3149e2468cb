/// Rounded labels ("Hold 30 s", "3 reps") set side by side, wrapping onto more rows when full.
struct Chips {
    let composer: BlockComposer

    static let paddingX = Length.mm(2.8)
    static let paddingY = Length.mm(1.5)
    static let gap = Length.mm(1.8)

    /// Chips for `texts` from `x`, `top`, at most `width` wide; inverted chips are accent with white
    /// text. `sources` are the routine texts the chips are set from, in the same order (none for
    /// the sheet's own words).
    func items(
        _ texts: [String], x: Length, top: Length, width: Length, inverted: Bool = false, sources: [TextSource?] = []
    ) -> (
        items: [PageItem], height: Length
    ) {
        let d = composer.definition
        let font = d.font(d.type.dose, .bold)
        let height = font.ascent + font.descent + Chips.paddingY * 2
        var items: [PageItem] = []
        var cursor = x
        var y = top
        for (index, text) in texts.enumerated() where !text.isEmpty {
            let textWidth = min(
                composer.setter.measurer.width(of: text, font: font), width - Chips.paddingX * 2)
            let chipWidth = textWidth + Chips.paddingX * 2
            if cursor > x, cursor + chipWidth > x + width {
                cursor = x
                y += height + Chips.gap
            }
            let frame = Rect(x: cursor, y: y, width: chipWidth, height: height)
            items.append(
                .box(
                    Box(
                        frame: frame, fill: inverted ? d.colors.accent : d.colors.tint,
                        cornerRadius: min(.mm(3.2), height / 2))))
            let run = composer.setter.line(
                text, font: font, color: inverted ? .white : d.colors.accent, x: cursor + Chips.paddingX,
                baseline: y + Chips.paddingY + font.ascent, maxWidth: textWidth,
                source: index < sources.count ? sources[index] : nil)
            items.append(.text(run))
            cursor += chipWidth + Chips.gap
        }
        return (items, texts.isEmpty ? .zero : y + height - top)
    }
}

extension String {
    /// The text with its first letter in upper case: "each side" → "Each side".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
