import Routine

/// The compact arrangement: a tight table of step, dose and boxes, meant for one page.
struct CompactComposer {
    let composer: BlockComposer
    /// The table's words in the routine's language.
    let words: TableLabels
    /// Whether a step whose sets would wrap into towers gets a wider boxes column
    /// (`widenedBoxes`).
    var widensBoxes = true

    init(composer: BlockComposer, language: String) {
        self.composer = composer
        words = TableLabels(
            language: language, weekdays: composer.labels.weekdays, overrides: composer.labels.tableWords)
    }

    private var d: LayoutDefinition { composer.definition }
    private var s: Spacing { d.spacing }

    /// Left edges and widths of the step, dose and boxes columns.
    struct Columns {
        var nameX: Length, nameWidth: Length
        var doseX: Length, doseWidth: Length
        var boxesX: Length, boxesWidth: Length
    }

    var columns: Columns {
        let style = d.checkbox
        // The boxes take at most 42 % of the width, so the step and dose columns keep room for a
        // name on one line on half-letter, where boxes are at their 4 mm least.
        let boxes = min(
            composer.width * 0.42, style.labelWidth + style.labelGap + style.rowWidth(style.perRow))
        let rest = composer.width - boxes - s.gutter * 2
        let name = rest * 0.6
        let left = composer.left
        return Columns(
            nameX: left, nameWidth: name, doseX: left + name + s.gutter, doseWidth: rest - name,
            boxesX: left + composer.width - boxes, boxesWidth: boxes)
    }

    func blocks(for routine: Routine) -> [Block] {
        let cards = CardComposer(composer: composer)
        var blocks = CautionBlock(composer: composer).inserting(
            routine.caution, into: [cards.header(routine)], gapBefore: s.fieldsToPanel)
        let about = [
            routine.frequency.map { ("\(composer.labels.howOften): \($0)", TextSource(.frequency)) },
            routine.intro.map { ($0, TextSource(.intro)) },
        ]
        .compactMap { $0 }.filter { !$0.0.isEmpty }
        if !about.isEmpty {
            var block = Block(gapBefore: s.fieldsToPanel)
            var y = Length.zero
            for (index, (text, source)) in about.enumerated() {
                let font = d.font(d.type.body, index == 0 && routine.frequency != nil ? .bold : .regular)
                let paragraph = composer.setter.paragraph(
                    text, font: font, color: d.colors.ink, x: composer.left, top: y, width: composer.width,
                    source: source)
                block.add(paragraph.runs)
                y += paragraph.height + .mm(1)
            }
            block.height = y - .mm(1)
            blocks.append(block)
        }
        blocks = PainGuideBlock(composer: composer).inserting(
            for: routine, into: blocks, after: blocks.count - 1, gapBefore: s.fieldsToPanel)
        let cols = columns
        // On narrow paper, when some dose is too wide for its column, every dose goes under its
        // step's name, and the names take the dose column's width too.
        let stacked = routine.allSteps.contains { widestDosePart($0.dose) > cols.doseWidth }
        blocks.append(headerRow(cols, doseColumn: !stacked))
        var number = 0
        for (sectionIndex, section) in routine.sections.enumerated() {
            if let title = section.title, !title.isEmpty {
                blocks.append(band(title, note: section.note, section: sectionIndex + 1))
            }
            for step in section.steps {
                number += 1
                blocks.append(row(step, number: number, cols, stacked: stacked))
            }
        }
        if !routine.notes.isEmpty {
            var note = TrackerComposer(composer: composer, language: routine.language).safetyNote(routine.notes)
            note.gapBefore = s.notesGap
            blocks.append(note)
        }
        if let strip = QRStrip(composer: composer).block(
            QRStrip.entries(routine), left: composer.left, width: composer.width, gapBefore: s.notesGap)
        {
            blocks.append(strip)
        }
        return blocks
    }

    /// The width of the widest part of `dose` that may not be broken ("10 reps", "Hold 5 s").
    func widestDosePart(_ dose: Dose) -> Length {
        let font = d.font(d.type.dose, .bold)
        return DoseLine(labels: composer.labels).tiedParts(dose).map {
            composer.setter.measurer.width(of: $0, font: font)
        }.max() ?? .zero
    }

    /// "Step", "Dose" (when the doses have a column of their own), "Done" over an accent rule.
    func headerRow(_ cols: Columns, doseColumn: Bool) -> Block {
        var block = Block(gapBefore: s.sectionGap)
        let font = d.font(d.type.label, .bold)
        let baseline = font.ascent
        block.add(
            .text(
                composer.setter.line(
                    words.step, font: font, color: d.colors.muted, x: cols.nameX, baseline: baseline,
                    maxWidth: cols.nameWidth)))
        if doseColumn {
            block.add(
                .text(
                    composer.setter.line(
                        words.dose, font: font, color: d.colors.muted, x: cols.doseX, baseline: baseline,
                        maxWidth: cols.doseWidth)))
        }
        let boxesStart = cols.boxesX + d.checkbox.labelWidth + d.checkbox.labelGap
        block.add(
            .text(
                composer.setter.line(
                    words.done, font: font, color: d.colors.muted, x: boxesStart, baseline: baseline,
                    maxWidth: cols.boxesX + cols.boxesWidth - boxesStart)))
        let ruleY = font.ascent + font.descent + .mm(1) + s.sectionRule / 2
        block.add(
            .rule(
                Rule(
                    from: Point(x: composer.left, y: ruleY),
                    to: Point(x: composer.left + composer.width, y: ruleY), color: d.colors.accent,
                    lineWidth: s.sectionRule)))
        block.height = ruleY + s.sectionRule / 2
        return block
    }

    /// A section's band across the page: its title, and its note under it.
    func band(_ title: String, note: String?, section: Int) -> Block {
        SectionBand(composer: composer).block(
            title: title, note: note, section: section, x: composer.left, width: composer.width,
            titleTop: .mm(0.6), role: .heading)
    }

    /// Number and name, the dose, and the rep boxes side by side, the instructions under the name
    /// and dose in the layout's small type; a hairline below. The name links to the step's video.
    ///
    /// With `stacked`, the dose goes under the name, and the name takes the dose column's width too.
    func row(_ step: Step, number: Int, _ standard: Columns, stacked standardStacked: Bool) -> Block {
        let widened = widensBoxes ? widenedBoxes(for: step.dose, standard) : nil
        let cols = widened?.columns ?? standard
        let stacked = widened != nil || standardStacked
        var block = Block(role: .step, boxes: composer.labels.boxesDescription(step.dose))
        let sources = StepSources(step, number: number)
        let pad = s.stepPadding
        let font = d.font(d.type.step, .bold)
        let numberText = "\(number)."
        // Room for two digits (three from step 100) and a space before the name.
        let digits = String(repeating: "0", count: max(2, String(number).count))
        let numberRoom = composer.setter.measurer.width(of: digits + ".", font: font)
        let numberWidth = numberRoom + font.size * 0.3
        block.add(
            .text(
                composer.setter.line(
                    numberText, font: font, color: d.colors.accent, x: cols.nameX,
                    baseline: pad + font.ascent, maxWidth: numberRoom)))
        let textX = cols.nameX + numberWidth
        let wordsWidth = cols.doseX + cols.doseWidth - textX
        let name = composer.setter.paragraph(
            step.name, font: font, color: d.colors.ink, x: textX, top: pad,
            width: stacked ? wordsWidth : cols.nameWidth - numberWidth, source: sources.name)
        block.add(name.runs)
        block.add(QRStrip.nameLink(name.runs, video: step.video))
        let dose =
            stacked
            ? doseLines(step.dose, x: textX, top: pad + name.height + .mm(0.5), width: wordsWidth)
            : doseLines(step.dose, x: cols.doseX, top: pad, width: cols.doseWidth)
        block.add(dose.items)
        let grid = CheckboxGrid(definition: widened?.definition ?? d, setter: composer.setter, labels: composer.labels)
        let layout = grid.layout(for: step.dose, x: cols.boxesX, width: cols.boxesWidth)
        let ticks = (items: layout.items.map { $0.offset(dy: pad) }, height: layout.height)
        block.add(ticks.items)
        // A row taller than the room left goes on between its sets, under its number and name.
        block.startsStep = true
        block.cutPoints = layout.cuts.map { $0 + pad }
        block.cutHeadings = layout.cutHeadings.map { $0.offset(dy: pad) }
        block.keepTogetherUntil = pad + layout.firstRowBottom
        let header = continuationHeader(step, number: number, cols)
        block.continuationHeader = header.items
        block.continuationHeaderHeight = header.height
        let nameBottom = pad + (stacked ? name.height + .mm(0.5) + dose.height : max(name.height, dose.height))
        // The words go beside the boxes, or under everything across the whole row, whichever
        // makes the row shorter.
        let ticksBottom = pad + ticks.height
        let beside = words(step, sources, x: textX, top: nameBottom, width: wordsWidth)
        let below = words(
            step, sources, x: textX, top: max(nameBottom, ticksBottom), width: composer.left + composer.width - textX)
        let useBelow = below.bottom <= max(beside.bottom, ticksBottom) + .pt(0.01)
        block.add(useBelow ? below.items : beside.items)
        let textBottom = useBelow ? below.bottom : beside.bottom
        let height = max(textBottom + pad, ticks.height + pad * 2)
        block.add(
            .rule(
                Rule(
                    from: Point(x: composer.left, y: height),
                    to: Point(x: composer.left + composer.width, y: height), color: d.colors.hairline,
                    lineWidth: s.hairline)))
        block.height = height + s.hairline / 2
        return block
    }

    /// "1. Name (continued)" over the rest of a row that goes on on the next page.
    func continuationHeader(_ step: Step, number: Int, _ cols: Columns) -> (items: [PageItem], height: Length) {
        let font = d.font(d.type.step, .bold)
        let paragraph = composer.setter.paragraph(
            "\(number). \(step.name) (\(composer.labels.continued))", font: font, color: d.colors.muted,
            x: cols.nameX, top: .zero, width: composer.width, source: StepSources(step, number: number).name)
        return (paragraph.runs, paragraph.height + s.stepPadding)
    }

    /// The step's instructions and notes from `top`, `width` wide, and where they end.
    func words(_ step: Step, _ sources: StepSources, x: Length, top: Length, width: Length) -> (
        items: [PageItem], bottom: Length
    ) {
        var items: [PageItem] = []
        var bottom = top
        if let instructions = step.instructions {
            let words = self.instructions(instructions, x: x, top: bottom + .mm(1), width: width, sources: sources)
            items += words.items
            bottom += .mm(1) + words.height
        }
        if let notes = step.notes, !notes.isEmpty {
            let text = composer.setter.paragraph(
                notes, font: d.font(d.type.small, .bold), color: d.colors.muted, x: x, top: bottom + .mm(1),
                width: width, source: sources.notes)
            items += text.runs
            bottom += .mm(1) + text.height
        }
        let extras = StepExtras(composer: composer).items(
            step, x: x, top: bottom, width: width, style: .short, sources: sources)
        return (items + extras.items, bottom + extras.height)
    }

    /// The dose in lines that break only between its parts, so no line ends with "·".
    func doseLines(_ dose: Dose, x: Length, top: Length, width: Length) -> (items: [PageItem], height: Length) {
        let font = d.font(d.type.dose, .bold)
        let lines = DoseLine(labels: composer.labels).lines(
            dose, width: width, font: font, measurer: composer.setter.measurer)
        var items: [PageItem] = []
        for (index, line) in lines.enumerated() {
            items.append(
                .text(
                    composer.setter.line(
                        line, font: font, color: d.colors.accent, x: x,
                        baseline: top + font.ascent + font.lineHeight * Double(index), maxWidth: width)))
        }
        return (items, composer.setter.height(lines: lines.count, font: font))
    }

    /// The step's instructions in the small type: a paragraph, or numbered sub-steps with a hanging
    /// indent; the words carry the step's `sources`.
    func instructions(_ instructions: Instructions, x: Length, top: Length, width: Length, sources: StepSources) -> (
        items: [PageItem], height: Length
    ) {
        StepBuilder(composer: composer).instructions(
            instructions, x: x, top: top, width: width, font: d.font(d.type.small), indentGap: .mm(1.5), itemGap: .zero,
            sources: sources)
    }
}
