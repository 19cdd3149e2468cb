import Routine

/// Turns a routine into blocks in reading order: title header, panel, sections with steps, notes.
struct BlockComposer {
    let definition: LayoutDefinition
    let frame: ContentFrame
    let setter: TextSetter
    let labels: SheetLabels
    /// Encodes video addresses as QR codes; without one, steps get no QR code.
    var qrCodes: (any QRCodeMaker)? = nil
    /// Draws steps' figures; without one, steps show no figures.
    var figures: (any FigureDrawer)? = nil

    var left: Length { frame.content.minX }
    var width: Length { frame.content.width }
    var colors: Palette { definition.colors }
    var type: TypeScale { definition.type }
    var spacing: Spacing { definition.spacing }

    /// The same composer with another definition, such as a tightened variant of its layout.
    func with(definition: LayoutDefinition) -> BlockComposer {
        BlockComposer(
            definition: definition, frame: frame, setter: setter, labels: labels, qrCodes: qrCodes, figures: figures)
    }

    /// The sheet's blocks: title, panel, caution and pain guide, the sections and their steps, and
    /// Notes. `notesFirst` puts the routine's notes under the panel and leaves only the writing
    /// lines at the end: for notes too long to share the last page with a step. `cautionAfterPanel`
    /// puts the caution under the panel, heading the steps, rather than under the title.
    func blocks(for routine: Routine, notesFirst: Bool = false, cautionAfterPanel: Bool = false) -> [Block] {
        var blocks = CautionBlock(composer: self).inserting(
            routine.caution, into: [titleBlock(routine), PanelBuilder(composer: self).block(routine)],
            gapBefore: spacing.fieldsToPanel, after: cautionAfterPanel ? 1 : 0)
        blocks = PainGuideBlock(composer: self).inserting(
            for: routine, into: blocks, after: blocks.count - 1, gapBefore: spacing.fieldsToPanel)
        if notesFirst { blocks.append(notesBlock(routine.notes, writingLines: false)) }
        let steps = StepBuilder(composer: self)
        var number = 0
        for (sectionIndex, section) in routine.sections.enumerated() {
            if let heading = sectionHeading(section.title, note: section.note, section: sectionIndex + 1) {
                blocks.append(heading)
            }
            for (index, step) in section.steps.enumerated() {
                number += 1
                blocks.append(steps.block(step, number: number, ruleAbove: index > 0))
            }
        }
        blocks.append(notesBlock(notesFirst ? [] : routine.notes))
        return blocks
    }

    /// Provider, title, subtitle and the Name and Date fields.
    func titleBlock(_ routine: Routine) -> Block {
        // The title never stands alone on a page: the panel under it goes with it.
        var block = Block(keepWithNext: true, role: .title)
        var y = Length.zero
        if let provider = routine.provider, !provider.isEmpty {
            let font = definition.font(type.provider, .bold)
            let text = setter.paragraph(
                provider.uppercased(), font: font, color: colors.accent, x: left, top: y, width: width,
                source: TextSource(.provider))
            block.add(text.runs)
            y += text.height + spacing.providerToTitle
        }
        let titleFont = setter.fittingWords(routine.title, font: definition.font(type.title, .bold), width: width)
        let title = setter.paragraph(
            routine.title, font: titleFont, color: colors.ink, x: left, top: y, width: width, source: TextSource(.title)
        )
        block.add(title.runs)
        y += title.height
        if let subtitle = subtitleLine(routine) {
            y += spacing.titleToSubtitle
            let text = setter.paragraph(
                subtitle.text, font: definition.font(type.subtitle), color: colors.muted, x: left, top: y,
                width: width, source: subtitle.source)
            block.add(text.runs)
            y += text.height
        }
        y += spacing.subtitleToFields
        let fields = NameDateFields(composer: self).items(
            client: routine.client, date: routine.date?.description, x: left, width: width, top: y)
        block.add(fields.items)
        y += fields.height - spacing.fieldHeight
        block.height = y + spacing.fieldHeight
        return block
    }

    /// A fill-in field: bold label, underline, and the value when there is one, set from `source`.
    func field(_ label: String, value: String?, x: Length, width: Length, top: Length, source: TextSource? = nil)
        -> [PageItem]
    {
        let labelFont = definition.font(type.label, .bold)
        let valueFont = definition.font(type.field)
        let lineY = top + spacing.fieldHeight
        let baseline = lineY - definition.fieldBaselineRaise
        let labelRun = setter.line(
            label, font: labelFont, color: colors.muted, x: x, baseline: baseline, maxWidth: width / 2)
        let lineX = x + labelRun.width + .mm(2)
        var items: [PageItem] = [
            .text(labelRun),
            .rule(
                Rule(
                    from: Point(x: lineX, y: lineY), to: Point(x: x + width, y: lineY), color: colors.ink,
                    lineWidth: spacing.fieldLine)),
        ]
        if let value, !value.isEmpty {
            let room = x + width - lineX - .mm(2)
            // A long name is set smaller before it would be cut short.
            items.append(
                .text(
                    setter.shrinkingLine(
                        value, font: valueFont, color: colors.ink, x: lineX + .mm(1), baseline: baseline,
                        maxWidth: room, source: source)))
        }
        return items
    }

    /// A section heading with its accent rule; kept with the first step. `section` is the
    /// routine's section number (from 1) the title and note come from; `nil` for a heading of the
    /// sheet's own words (Notes).
    func sectionHeading(_ title: String?, note: String?, section: Int? = nil) -> Block? {
        guard let title, !title.isEmpty else { return nil }
        var block = Block(gapBefore: spacing.sectionGap, keepWithNext: true, role: .heading)
        let heading = setter.paragraph(
            title, font: definition.font(type.section, .bold), color: colors.accent, x: left, top: .zero, width: width,
            source: section.map { TextSource(.sectionTitle(section: $0)) })
        block.add(heading.runs)
        var y = heading.height + spacing.headingToRule + spacing.sectionRule / 2
        block.add(
            .rule(
                Rule(
                    from: Point(x: left, y: y), to: Point(x: left + width, y: y), color: colors.accent,
                    lineWidth: spacing.sectionRule)))
        y += spacing.sectionRule / 2
        if let note, !note.isEmpty {
            y += .mm(2.5)
            let text = setter.paragraph(
                note, font: definition.font(type.body, italic: true), color: colors.muted, x: left, top: y,
                width: width,
                source: section.map { TextSource(.sectionNote(section: $0)) })
            block.add(text.runs)
            y += text.height
        }
        block.height = y
        return block
    }

    /// The Notes heading, the routine's notes with an accent bar, and lines to write on.
    func notesBlock(_ notes: [String], writingLines: Bool = true, leastLines: Int? = nil) -> Block {
        guard var block = sectionHeading(labels.notes, note: nil) else { return Block() }
        block.keepWithNext = false
        var y = block.height + spacing.notesGap
        let font = definition.font(type.body, .bold)
        let textX = left + spacing.noteInset
        var cuts: [Length] = []
        var noteRuns: [PageItem] = []
        for (index, note) in notes.enumerated() where !note.isEmpty {
            if index > 0, !noteRuns.isEmpty {
                cuts.append(y)
                y += .mm(2)
            } else if index > 0 {
                y += .mm(2)
            }
            let text = setter.paragraph(
                note, font: font, color: colors.ink, x: textX, top: y, width: width - spacing.noteInset,
                source: TextSource(.note(index + 1)))
            block.add(text.runs)
            noteRuns += text.runs
            let barX = left + spacing.noteBar / 2
            block.add(
                .rule(
                    Rule(
                        from: Point(x: barX, y: y), to: Point(x: barX, y: y + text.height), color: colors.accent,
                        lineWidth: spacing.noteBar)))
            y += text.height
        }
        let lines =
            writingLines ? min(definition.notesLines, leastLines ?? definition.notesLinesMinimum) : 0
        for _ in 0..<lines {
            y += spacing.writingPitch
            block.add(
                .rule(
                    Rule(
                        from: Point(x: left, y: y), to: Point(x: left + width, y: y), color: colors.writingLine,
                        lineWidth: spacing.writingLine)))
        }
        if writingLines, definition.notesLines > 0 {
            block.fillLines = WritingLines(
                x: left, width: width, pitch: spacing.writingPitch, color: colors.writingLine,
                lineWidth: spacing.writingLine, lastY: y, onlyHeading: noteRuns.isEmpty && lines == 0)
        }
        block.height = y + spacing.writingLine
        // Long notes may run on between one note and the next, or between lines of one (two at
        // least on each side), under "Notes (continued)"; notes taller than a page are cut
        // between any of their lines, as any block that tall.
        cuts = Set(cuts + StepBuilder.lineCuts(noteRuns).dropFirst()).sorted()
        if !cuts.isEmpty, block.height <= frame.content.maxY - frame.continuationTop,
            let header = sectionHeading(labels.notes + " (\(labels.continued))", note: nil)
        {
            block.continuationHeader = header.items
            block.continuationHeaderHeight = header.height + spacing.notesGap
            block.cutPoints = cuts
            block.wordCuts = cuts
            block.keepTogetherUntil = cuts[0]
        }
        return block
    }

    /// Puts the tinted panel background behind everything in `block`, full width and as tall as
    /// the block.
    func tintBehind(_ block: inout Block) {
        block.items.insert(
            .box(
                Box(
                    frame: Rect(x: left, y: .zero, width: width, height: block.height), fill: colors.tint,
                    cornerRadius: spacing.panelRadius)), at: 0)
    }
}
