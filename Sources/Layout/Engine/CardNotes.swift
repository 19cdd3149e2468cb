/// The cards layout's full-width Notes card: "Notes", the routine's notes with an accent bar, and
/// lines to write on.
struct CardNotes {
    let composer: BlockComposer

    private var d: LayoutDefinition { composer.definition }
    private var s: Spacing { d.spacing }

    /// The card with `lines` writing lines; `page` is the height of an empty page, beyond which the
    /// card may be cut between its lines.
    func block(_ notes: [String], lines: Int, page: Length) -> Block {
        var block = Block(gapBefore: s.rowGap)
        let x = composer.left + s.cardInset + .mm(1.5)
        let width = composer.width - (s.cardInset + .mm(1.5)) * 2
        var y = s.cardInset + .mm(1)
        let headingFont = d.font(d.type.section, .bold)
        let heading = composer.setter.paragraph(
            composer.labels.notes, font: headingFont, color: d.colors.accent, x: x, top: y, width: width)
        block.add(heading.runs)
        y += heading.height
        let headingBottom = y
        y += .mm(3)
        for (index, note) in notes.enumerated() where !note.isEmpty {
            if index > 0 { y += .mm(2) }
            let text = composer.setter.paragraph(
                note, font: d.font(d.type.body, .bold), color: d.colors.ink, x: x + s.noteInset, top: y,
                width: width - s.noteInset, source: TextSource(.note(index + 1)))
            block.add(text.runs)
            let barX = x + s.noteBar / 2
            block.add(
                .rule(
                    Rule(
                        from: Point(x: barX, y: y), to: Point(x: barX, y: y + text.height),
                        color: d.colors.accent, lineWidth: s.noteBar)))
            y += text.height
        }
        if !notes.isEmpty { y += .mm(2) }
        for _ in 0..<max(0, lines) {
            y += s.writingPitch
            block.add(
                .rule(
                    Rule(
                        from: Point(x: x, y: y), to: Point(x: x + width, y: y), color: d.colors.writingLine,
                        lineWidth: s.writingLine)))
        }
        y += s.cardInset + .mm(2)
        block.add(
            .box(
                Box(
                    frame: Rect(x: composer.left, y: .zero, width: composer.width, height: y),
                    stroke: d.colors.hairline, lineWidth: .pt(0.75), cornerRadius: s.cardRadius)))
        block.height = y
        if y > page {
            block.cutPoints = CardRow.cutPoints(
                in: block.items, below: headingBottom, height: y, padding: CardRow.cutPadding)
            let header = composer.setter.paragraph(
                composer.labels.notes + " (\(composer.labels.continued))", font: headingFont, color: d.colors.muted,
                x: x, top: s.cardInset + .mm(1), width: width)
            block.continuationHeader = header.runs
            block.continuationHeaderHeight = s.cardInset + .mm(1) + header.height + .mm(3) + CardRow.cutPadding
        } else {
            block.cutPoints = []
        }
        return block
    }

    /// Height of the card with `lines` writing lines.
    func height(_ notes: [String], lines: Int) -> Length {
        block(notes, lines: lines, page: .pt(1_000_000)).height
    }
}
