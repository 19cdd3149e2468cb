import Routine

/// The cards arrangement: a header with the fields on the right, the panel, then step cards in
/// rows of `columns` (filled left to right, row by row), and a full-width Notes card.
struct CardComposer {
    let composer: BlockComposer

    private var d: LayoutDefinition { composer.definition }
    private var s: Spacing { d.spacing }

    func blocks(for routine: Routine) -> [Block] {
        var blocks = [header(routine), panel(routine)]
        var cards: [(step: Step, number: Int, section: String?)] = []
        for section in routine.sections {
            for step in section.steps { cards.append((step, cards.count + 1, section.title)) }
        }
        let columns = max(1, d.columns)
        var start = 0
        while start < cards.count {
            let row = Array(cards[start..<min(start + columns, cards.count)])
            var block = rowBlock(row, columns: columns)
            if start == 0 { block.gapBefore = s.fieldsToPanel + .mm(1) }
            blocks.append(block)
            start += columns
        }
        blocks.append(notesCard(routine.notes))
        return blocks
    }

    /// Title and subtitle on the left; Name and Date stacked in a column on the right.
    func header(_ routine: Routine) -> Block {
        var block = Block()
        let fieldsWidth = min(.mm(70), composer.width * 0.4)
        let textWidth = composer.width - fieldsWidth - s.fieldGap
        let title = composer.setter.paragraph(
            routine.title, font: d.font(d.type.title, .bold), color: d.colors.ink, x: composer.left,
            top: .zero, width: textWidth)
        block.add(title.runs)
        var y = title.height
        if let subtitle = routine.subtitle, !subtitle.isEmpty {
            y += s.titleToSubtitle
            let text = composer.setter.paragraph(
                subtitle, font: d.font(d.type.subtitle), color: d.colors.muted, x: composer.left, top: y,
                width: textWidth)
            block.add(text.runs)
            y += text.height
        }
        let fieldsX = composer.left + composer.width - fieldsWidth
        block.add(
            composer.field(
                composer.labels.name, value: routine.client, x: fieldsX, width: fieldsWidth, top: .zero))
        block.add(
            composer.field(
                composer.labels.date, value: routine.date?.description, x: fieldsX, width: fieldsWidth,
                top: s.fieldHeight + .mm(2)))
        block.height = max(y, s.fieldHeight * 2 + .mm(2))
        return block
    }

    /// A tinted panel: the intro on the left, "HOW OFTEN" and the frequency chip on the right.
    func panel(_ routine: Routine) -> Block {
        var block = Block(gapBefore: s.fieldsToPanel)
        let innerX = composer.left + s.panelInsetX
        let innerWidth = composer.width - s.panelInsetX * 2
        let hasFrequency = !(routine.frequency ?? "").isEmpty
        let columnWidth = hasFrequency ? min(s.panelColumn, innerWidth / 2) : .zero
        var leftHeight = Length.zero
        if let intro = routine.intro, !intro.isEmpty {
            let width = innerWidth - columnWidth - (hasFrequency ? s.panelGap : .zero)
            let text = composer.setter.paragraph(
                intro, font: d.font(d.type.body), color: d.colors.ink, x: innerX, top: s.panelInsetY,
                width: width)
            block.add(text.runs)
            leftHeight = text.height
        }
        var rightHeight = Length.zero
        if let frequency = routine.frequency, hasFrequency {
            let x = innerX + innerWidth - columnWidth
            let label = composer.setter.paragraph(
                composer.labels.howOften.uppercased(), font: d.font(d.type.panelLabel, .bold),
                color: d.colors.accent, x: x,
                top: s.panelInsetY, width: columnWidth)
            block.add(label.runs)
            let top = s.panelInsetY + label.height + .mm(1.2)
            let chipFont = d.font(d.type.dose, .bold)
            let fitsChip =
                composer.setter.measurer.width(of: frequency, font: chipFont) <= columnWidth - Chips.paddingX * 2
            if fitsChip {
                let chip = Chips(composer: composer).items(
                    [frequency], x: x, top: top, width: columnWidth, inverted: true)
                block.add(chip.items)
                rightHeight = label.height + .mm(1.2) + chip.height
            } else {
                // Too long for one chip (a longer language, say): bold text that wraps, never cut short.
                let text = composer.setter.paragraph(
                    frequency, font: d.font(d.type.frequency, .bold), color: d.colors.ink, x: x, top: top,
                    width: columnWidth)
                block.add(text.runs)
                rightHeight = label.height + .mm(1.2) + text.height
            }
        }
        guard leftHeight > .zero || rightHeight > .zero else { return Block() }
        block.height = max(leftHeight, rightHeight) + s.panelInsetY * 2
        block.items.insert(
            .box(
                Box(
                    frame: Rect(x: composer.left, y: .zero, width: composer.width, height: block.height),
                    fill: d.colors.tint, cornerRadius: s.panelRadius)), at: 0)
        return block
    }

    /// One row of cards, all as tall as the tallest, their tick zones level.
    func rowBlock(_ row: [(step: Step, number: Int, section: String?)], columns: Int) -> Block {
        let cardWidth = (composer.width - s.columnGap * Double(columns - 1)) / Double(columns)
        let grid = CheckboxGrid(definition: d, setter: composer.setter, labels: composer.labels)
        var bodies: [(items: [PageItem], height: Length)] = []
        var ticks: [(items: [PageItem], height: Length)] = []
        for (index, card) in row.enumerated() {
            let x = composer.left + (cardWidth + s.columnGap) * Double(index)
            bodies.append(
                body(card.step, number: card.number, section: card.section, x: x, width: cardWidth))
            ticks.append(
                grid.items(
                    for: card.step.dose, x: x + s.cardInset, width: cardWidth - s.cardInset * 2, top: .zero))
        }
        let zone = max(s.tickZone, ticks.map(\.height).max() ?? .zero)
        let natural = (bodies.map(\.height).max() ?? .zero) + .mm(3) + zone + s.cardInset
        let height = max(natural, s.cardHeight)
        var block = Block(gapBefore: s.rowGap)
        for index in row.indices {
            let x = composer.left + (cardWidth + s.columnGap) * Double(index)
            let frame = Rect(x: x, y: .zero, width: cardWidth, height: height)
            block.add(bodies[index].items)
            let ruleY = height - s.cardInset - zone - .mm(3)
            block.add(
                .rule(
                    Rule(
                        from: Point(x: x + s.cardInset, y: ruleY),
                        to: Point(x: x + cardWidth - s.cardInset, y: ruleY), color: d.colors.hairline,
                        lineWidth: s.hairline)))
            let tickTop = ruleY + .mm(3) + (zone - ticks[index].height) / 2
            block.add(ticks[index].items.map { $0.offset(dy: tickTop) })
            block.add(
                .box(
                    Box(
                        frame: frame, stroke: d.colors.hairline, lineWidth: .pt(0.75),
                        cornerRadius: s.cardRadius)))
        }
        block.height = height
        return block
    }

    /// Picture area, badge, section, name, dose chips and instructions of one card.
    func body(_ step: Step, number: Int, section: String?, x: Length, width: Length) -> (
        items: [PageItem], height: Length
    ) {
        var items: [PageItem] = []
        var y = Length.zero
        if d.picture.placement == .top {
            let band = Rect(x: x, y: .zero, width: width, height: d.picture.height)
            items += PictureFrame(composer: composer).items(in: band, step: step, radius: s.cardRadius)
            y = band.maxY
        }
        let badge = Rect(x: x + .mm(3.5), y: .mm(3.5), width: s.badgeDiameter, height: s.badgeDiameter)
        items.append(.box(Box(frame: badge, fill: d.colors.accent, cornerRadius: s.badgeDiameter / 2)))
        let badgeFont = d.font(d.type.badge, .bold)
        items.append(
            .text(
                composer.setter.line(
                    String(number), font: badgeFont, color: .white, x: badge.minX,
                    baseline: badge.minY + s.badgeDiameter / 2 + badgeFont.size * 0.35,
                    maxWidth: s.badgeDiameter, alignment: .center)))
        let textX = x + s.cardInset
        let textWidth = width - s.cardInset * 2
        if d.picture.placement == .none { y = badge.maxY - .mm(3.5) }
        y += .mm(3.5)
        if let section, !section.isEmpty {
            let text = composer.setter.paragraph(
                section, font: d.font(d.type.small, .bold), color: d.colors.accent, x: textX, top: y,
                width: textWidth)
            items += text.runs
            y += text.height + .mm(1)
        }
        let name = composer.setter.paragraph(
            step.name, font: d.font(d.type.step, .bold), color: d.colors.ink, x: textX, top: y,
            width: textWidth)
        items += name.runs
        y += name.height + .mm(2.2)
        let chips = Chips(composer: composer).items(
            DoseLine(labels: composer.labels).parts(step.dose).map(\.capitalizedFirst), x: textX, top: y,
            width: textWidth)
        items += chips.items
        y += chips.height
        if let instructions = step.instructions {
            y += .mm(2.8)
            let text = StepBuilder(composer: composer).instructions(
                instructions, x: textX, top: y, width: textWidth)
            items += text.items
            y += text.height
        }
        if let notes = step.notes, !notes.isEmpty {
            y += s.instructionsToNotes
            let text = composer.setter.paragraph(
                notes, font: d.font(d.type.body, italic: true), color: d.colors.muted, x: textX, top: y,
                width: textWidth)
            items += text.runs
            y += text.height
        }
        return (items, y)
    }

    /// A full-width card: "Notes", the routine's notes with an accent bar, and lines to write on.
    func notesCard(_ notes: [String]) -> Block {
        var block = Block(gapBefore: s.rowGap)
        let x = composer.left + s.cardInset + .mm(1.5)
        let width = composer.width - (s.cardInset + .mm(1.5)) * 2
        var y = s.cardInset + .mm(1)
        let heading = composer.setter.paragraph(
            composer.labels.notes, font: d.font(d.type.section, .bold), color: d.colors.accent, x: x,
            top: y, width: width)
        block.add(heading.runs)
        y += heading.height + .mm(3)
        for (index, note) in notes.enumerated() where !note.isEmpty {
            if index > 0 { y += .mm(2) }
            let text = composer.setter.paragraph(
                note, font: d.font(d.type.body, .bold), color: d.colors.ink, x: x + s.noteInset, top: y,
                width: width - s.noteInset)
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
        for _ in 0..<d.notesLines {
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
        return block
    }
}
