/// A section's heading as a tinted band across a table (tracker and compact): its title, and its
/// `note:` under the title in the small italic type, inside the band. A section's note is often a
/// precaution ("Hold on to the counter with both hands"): every layout prints it.
struct SectionBand {
    let composer: BlockComposer

    /// The band from `x`, `width` wide, at least `least` high; the title's baseline sits
    /// `titleTop` below the band's top, or is centred in `least` when `titleTop` is `nil`.
    func block(
        title: String, note: String?, section: Int, x: Length, width: Length, least: Length = .zero,
        titleTop: Length? = nil, role: StructureRole? = nil
    ) -> Block {
        let d = composer.definition
        var block = Block(keepWithNext: true, role: role)
        let font = d.font(d.type.section, .bold)
        let titleHeight = max(least, font.ascent + font.descent + (titleTop.map { $0 * 2 } ?? .mm(1)))
        let baseline = titleTop.map { $0 + font.ascent } ?? (titleHeight - font.ascent - font.descent) / 2 + font.ascent
        var height = titleHeight
        var items: [PageItem] = [
            .text(
                composer.setter.line(
                    title, font: font, color: d.colors.accent, x: x + .mm(1.5), baseline: baseline,
                    maxWidth: width - .mm(3), source: TextSource(.sectionTitle(section: section))))
        ]
        if let note, !note.isEmpty {
            let text = composer.setter.paragraph(
                note, font: d.font(d.type.small, italic: true), color: d.colors.ink, x: x + .mm(1.5),
                top: height - .mm(0.4), width: width - .mm(3), source: TextSource(.sectionNote(section: section)))
            items += text.runs
            height += text.height + .mm(0.8)
        }
        block.add(.box(Box(frame: Rect(x: x, y: .zero, width: width, height: height), fill: d.colors.tint)))
        block.add(items)
        block.height = height
        return block
    }
}
