import Routine

/// One numbered step: badge, name, dose line, instructions, notes, and its checkbox rows.
struct StepBuilder {
    let composer: BlockComposer

    func block(_ step: Step, number: Int, ruleAbove: Bool) -> Block {
        let d = composer.definition
        let s = d.spacing
        let setter = composer.setter
        let left = composer.left, width = composer.width
        var block = Block()
        if ruleAbove {
            block.add(
                .rule(
                    Rule(
                        from: Point(x: left, y: .zero), to: Point(x: left + width, y: .zero), color: d.colors.hairline,
                        lineWidth: s.hairline)))
        }
        let top = s.stepPadding
        // Badge.
        let badge = Rect(x: left, y: top, width: s.badgeDiameter, height: s.badgeDiameter)
        block.add(.box(Box(frame: badge, fill: d.colors.accent, cornerRadius: s.badgeDiameter / 2)))
        let badgeFont = d.font(d.type.badge, .bold)
        let badgeBaseline = top + s.badgeDiameter / 2 + badgeFont.size * 0.35
        block.add(
            .text(
                setter.line(
                    String(number), font: badgeFont, color: .white, x: left, baseline: badgeBaseline,
                    maxWidth: s.badgeDiameter, alignment: .center)))
        // Text column.
        let textX = left + s.badgeColumn
        let below = d.checkbox.placement == .below
        let ticksWidth = below ? width - s.badgeColumn : min(s.ticksColumn, width / 3)
        let textWidth = below ? ticksWidth : width - s.badgeColumn - s.gutter - ticksWidth
        var y = top
        let name = setter.paragraph(
            step.name, font: d.font(d.type.step, .bold), color: d.colors.ink, x: textX, top: y, width: textWidth)
        block.add(name.runs)
        if let video = step.video { block.add(name.runs.map { .link(Link(frame: $0.frame, url: video)) }) }
        y += name.height + s.nameToDose
        let dose = doseLine(step.dose, x: textX, top: y, width: textWidth)
        block.add(dose.items)
        y += dose.height
        if let instructions = step.instructions {
            y += s.doseToInstructions
            let text = self.instructions(instructions, x: textX, top: y, width: textWidth)
            block.add(text.items)
            y += text.height
        }
        if let notes = step.notes, !notes.isEmpty {
            y += s.instructionsToNotes
            let text = setter.paragraph(
                notes, font: d.font(d.type.body, italic: true), color: d.colors.muted, x: textX, top: y,
                width: textWidth)
            block.add(text.runs)
            y += text.height
        }
        let media = StepMedia(composer: composer)
        let qrCode = media.qrCode(for: step, x: textX, width: textWidth, top: y)
        block.add(qrCode.items)
        y += qrCode.height
        // Checkboxes.
        let grid = CheckboxGrid(definition: d, setter: setter, labels: composer.labels)
        let ticksTop = below ? y + s.doseToInstructions * 2 : top
        let ticks = grid.items(for: step.dose, x: left + width - ticksWidth, width: ticksWidth, top: ticksTop)
        block.add(ticks.items)
        let boxesX =
            ticks.items.filter { if case .checkbox = $0 { true } else { false } }.map(\.frame.minX).min()
            ?? left + width - ticksWidth
        let picture =
            below
            ? media.picture(for: step, x: textX, width: textWidth, top: ticksTop + ticks.height + s.doseToInstructions)
            : media.picture(
                for: step, x: boxesX, width: left + width - boxesX, top: top + ticks.height,
                room: y - top - ticks.height)
        block.add(picture.items)
        let contentHeight =
            below
            ? max(
                ticksTop + ticks.height - top
                    + (picture.height > .zero ? s.doseToInstructions + picture.height : .zero), s.badgeDiameter)
            : max(y - top, ticks.height + picture.height, s.badgeDiameter)
        block.height = top + contentHeight + s.stepPadding
        let header = setter.paragraph(
            step.name + " (\(composer.labels.continued))", font: d.font(d.type.step, .bold), color: d.colors.muted,
            x: textX, top: .zero, width: textWidth)
        block.continuationHeader = header.runs
        block.continuationHeaderHeight = header.height + s.nameToDose * 2
        return block
    }

    /// The dose parts separated by accent-mid dots, wrapping between parts when the line is full.
    func doseLine(_ dose: Dose, x: Length, top: Length, width: Length) -> (items: [PageItem], height: Length) {
        let d = composer.definition
        let font = d.font(d.type.dose, .bold)
        let measurer = composer.setter.measurer
        let dot = " · "
        let dotWidth = measurer.width(of: dot, font: font)
        var items: [PageItem] = []
        var cursor = x
        var baseline = top + font.ascent
        var lines = 1
        for (index, part) in DoseLine(labels: composer.labels).parts(dose).enumerated() {
            let partWidth = min(measurer.width(of: part, font: font), width)
            if index > 0 {
                if cursor + dotWidth + partWidth > x + width {
                    cursor = x
                    baseline += font.lineHeight
                    lines += 1
                } else {
                    items.append(
                        .text(
                            TextRun(
                                text: "·", font: font, color: d.colors.accentMid,
                                origin: Point(
                                    x: cursor + (dotWidth - measurer.width(of: "·", font: font)) / 2, y: baseline),
                                width: measurer.width(of: "·", font: font))))
                    cursor += dotWidth
                }
            }
            let run = composer.setter.line(
                part, font: font, color: d.colors.accent, x: cursor, baseline: baseline, maxWidth: width)
            items.append(.text(run))
            cursor += run.width
        }
        return (items, composer.setter.height(lines: lines, font: font))
    }

    /// A paragraph, or numbered sub-steps with a hanging indent.
    func instructions(_ instructions: Instructions, x: Length, top: Length, width: Length) -> (
        items: [PageItem], height: Length
    ) {
        let d = composer.definition
        let font = d.font(d.type.body)
        let setter = composer.setter
        switch instructions {
        case .paragraph(let text):
            let result = setter.paragraph(text, font: font, color: d.colors.ink, x: x, top: top, width: width)
            return (result.runs, result.height)
        case .numbered(let items):
            var placed: [PageItem] = []
            var y = top
            let indent = setter.measurer.width(of: "\(items.count).", font: font) + .mm(2)
            for (index, item) in items.enumerated() {
                if index > 0 { y += .mm(1) }
                placed.append(
                    .text(
                        setter.line(
                            "\(index + 1).", font: font, color: d.colors.accent, x: x, baseline: y + font.ascent,
                            maxWidth: indent)))
                let text = setter.paragraph(
                    item, font: font, color: d.colors.ink, x: x + indent, top: y, width: width - indent)
                placed.append(contentsOf: text.runs)
                y += max(text.height, setter.height(lines: 1, font: font))
            }
            return (placed, y - top)
        }
    }
}
