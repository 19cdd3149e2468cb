import Routine

/// The tracker arrangement: steps as rows, one column per day, a box in every cell; the day
/// header row repeats at the top of every page.
struct TrackerComposer {
    var composer: BlockComposer
    /// The table's words in the routine's language.
    let words: TableLabels
    /// Whether the Notes row is trimmed to one line (see `notesRow`): set on the tightened
    /// variants a sheet takes to save a page.
    var tightNotes = false
    /// Whether the routine's notes stand under the sheet's header rather than under the log.
    var notesFirst = false

    /// The widest of the language's Left and Right labels, measured once (see `sideColumn`).
    let widestSideLabel: Length

    init(composer: BlockComposer, language: String) {
        self.composer = composer
        words = TableLabels(
            language: language, weekdays: composer.labels.weekdays, overrides: composer.labels.tableWords)
        let font = composer.definition.font(composer.definition.type.label, .bold)
        widestSideLabel =
            [composer.labels.left, composer.labels.right].map { composer.setter.measurer.width(of: $0, font: font) }
            .max() ?? .zero
    }

    var d: LayoutDefinition { composer.definition }
    var s: Spacing { d.spacing }

    /// Widths of the table's columns.
    struct Columns {
        var name: Length
        var side: Length
        var day: Length
        var days: Int
        var box: Length
        var left: Length
        /// The day (0-based, over the whole log) of the first column.
        var firstDay = 0
        var daysX: Length { left + name + side }
        /// The table's width: the step and side columns and every day column.
        var width: Length { name + side + day * Double(days) }
        func dayX(_ index: Int) -> Length { daysX + day * Double(index) }
    }

    /// Columns for a table of `days` day columns across the content width.
    func columns(days: Int) -> Columns {
        let width = composer.width
        let side = sideColumn
        let minDay = Length.mm(5.5)
        var name = s.nameColumn
        var day = min(s.dayColumn, (width - name - side) / Double(days))
        if day < Self.fullHeadings {
            // Give the days room for full headings before they turn to short ones.
            name = max(min(name, Self.narrowestName), width - side - Self.fullHeadings * Double(days))
            day = (width - name - side) / Double(days)
        }
        if day < minDay {
            name = max(.mm(45), width - side - minDay * Double(days))
            day = (width - name - side) / Double(days)
        }
        let box = max(TrackerComposer.smallestBox, min(d.checkbox.size, day - .mm(1.2)))
        return Columns(name: name, side: side, day: day, days: days, box: box, left: composer.left)
    }

    /// The side column: the layout's width, or wider when the language's Left or Right label
    /// (such as "Rechts", "Gauche") needs more, up to twice that width.
    var sideColumn: Length {
        min(max(s.sideColumn, widestSideLabel + Self.sideLabelInset), s.sideColumn * 2)
    }

    /// The space between a side label and the day columns, and before it.
    static let sideLabelInset = Length.mm(3)

    /// The narrowest the step column gets to widen the day columns to full headings.
    static let narrowestName = Length.mm(60)

    /// The least side of a tracker box: the documented least checkbox of every layout.
    static let smallestBox = Length.mm(4)

    /// The key on the left and a heading per day; a strong accent rule underneath.
    /// `label` ("Week 2") takes the key's place in the tables after the first.
    func headerRow(_ cols: Columns, start: CalendarDate?, label: String? = nil) -> Block {
        var block = Block()
        let dayFont = d.font(d.type.label, .bold)
        let dateFont = d.font(d.type.small)
        // Tall enough for a date under each day ("Dec 7") above the rule, whatever the layout's
        // header-row says.
        let withDates =
            .mm(1.5) + dayFont.ascent + dayFont.descent + .mm(0.8) + dateFont.ascent + dateFont.descent + .mm(1)
            + s.sectionRule
        let height = start == nil ? s.headerRow : max(s.headerRow, withDates)
        let boxFrame = Rect(x: cols.left, y: (height - cols.box) / 2, width: cols.box, height: cols.box)
        block.add(TickedBox.items(at: boxFrame, definition: d, color: d.colors.accent, tickWidth: .pt(1.5)))
        let keyX = boxFrame.maxX + .mm(2)
        let keyFont = d.font(d.type.key)
        let keyWidth = cols.name + cols.side - cols.box - .mm(4)
        let key = composer.setter.paragraph(
            label ?? words.trackerKey, font: label == nil ? keyFont : d.font(d.type.label, .bold),
            color: label == nil ? d.colors.muted : d.colors.ink, x: keyX, top: .zero, width: keyWidth)
        let keyHeight = min(key.height, height)
        block.add(
            key.runs.filter { $0.frame.maxY <= height }.map { $0.offset(dy: (height - keyHeight) / 2) })
        let measurer = composer.setter.measurer
        // Short headings ("29", "Tu") when a column is too narrow for every full one.
        let narrow =
            cols.day < TrackerComposer.fullHeadings
            || (0..<cols.days).contains { index in
                let heading = words.dayHeading(cols.firstDay + index, start: start)
                return measurer.width(of: heading.top, font: dayFont) > cols.day - .mm(3)
                    || heading.bottom.map { measurer.width(of: $0, font: dateFont) > cols.day - .mm(3) } ?? false
            }
        for index in 0..<cols.days {
            let x = cols.dayX(index)
            let day = cols.firstDay + index
            var heading = words.dayHeading(day, start: start)
            if narrow {
                heading = (
                    start == nil ? String(day + 1) : String(heading.top.prefix(2)),
                    heading.bottom.map { String($0.split(separator: " ").last ?? "") }
                )
            }
            let font = narrow ? dateFont.with(weight: .bold) : dayFont
            let top =
                heading.bottom == nil
                ? (height - font.ascent - font.descent) / 2 - (start == nil ? .mm(1.5) : .zero)
                : .mm(1.5)
            block.add(
                .text(
                    composer.setter.line(
                        heading.top, font: font, color: d.colors.ink, x: x, baseline: top + font.ascent,
                        maxWidth: cols.day, alignment: .center)))
            if let bottom = heading.bottom {
                let baseline = top + font.ascent + font.descent + .mm(0.8) + dateFont.ascent
                block.add(
                    .text(
                        composer.setter.line(
                            bottom, font: dateFont, color: d.colors.muted, x: x, baseline: baseline,
                            maxWidth: cols.day, alignment: .center)))
            } else {
                // A line to write the date on, however narrow the column.
                let lineY = height - .mm(3)
                let inset = min(.mm(3), cols.day * 0.15)
                block.add(
                    .rule(
                        Rule(
                            from: Point(x: x + inset, y: lineY), to: Point(x: x + cols.day - inset, y: lineY),
                            color: d.colors.writingLine, lineWidth: s.writingLine)))
            }
        }
        block.add(dividers(cols, from: .zero, to: height))
        block.add(
            .rule(
                Rule(
                    from: Point(x: cols.left, y: height - s.sectionRule / 2),
                    to: Point(x: cols.left + cols.width, y: height - s.sectionRule / 2),
                    color: d.colors.accent, lineWidth: s.sectionRule)))
        block.height = height
        return block
    }

    /// A section's band across the table: its title, and its note under it.
    func band(_ title: String, note: String?, section: Int, _ cols: Columns) -> Block {
        SectionBand(composer: composer).block(
            title: title, note: note, section: section, x: cols.left, width: cols.width, least: s.bandRow)
    }

    /// One step: badge, name and dose in the first column; a Left and a Right row for each-side steps.
    func row(_ step: Step, number: Int, _ cols: Columns) -> Block {
        var block = Block()
        let badgeSize = s.badgeDiameter
        let textX = cols.left + badgeSize + .mm(2.5)
        let textWidth = cols.name + (step.dose.sides == .none ? cols.side : .zero) - badgeSize - .mm(4)
        let name = composer.setter.paragraph(
            step.name, font: d.font(d.type.step, .bold), color: d.colors.ink, x: textX, top: .zero,
            width: textWidth, source: StepSources(step, number: number).name)
        let dose = StepBuilder(composer: composer).doseLine(
            step.dose, x: textX, top: name.height + .mm(0.8), width: textWidth)
        let textHeight = name.height + .mm(0.8) + dose.height
        let sides = CheckboxGrid(definition: d, setter: composer.setter, labels: composer.labels)
            .sideLabels(step.dose)
        let subRow = sides.count > 1 ? s.sideRow : s.stepRow
        let height = max(subRow * Double(sides.count), textHeight + .mm(3))
        let shift = (height - textHeight) / 2
        block.add(name.runs.map { $0.offset(dy: shift) })
        block.add(QRStrip.nameLink(name.runs.map { $0.offset(dy: shift) }, video: step.video))
        block.add(dose.items.map { $0.offset(dy: shift) })
        let badgeTop = shift + (name.runs.first?.frame.height ?? badgeSize) / 2 - badgeSize / 2
        let badge = Rect(x: cols.left, y: max(.zero, badgeTop), width: badgeSize, height: badgeSize)
        for item in NumberBadge(number: number, disc: badge).items(d, setter: composer.setter) { block.add(item) }
        let rowHeight = height / Double(sides.count)
        let labelFont = d.font(d.type.label, .bold)
        for (index, label) in sides.enumerated() {
            let top = rowHeight * Double(index)
            if let label {
                let baseline = top + rowHeight / 2 + labelFont.size * 0.35
                block.add(
                    .text(
                        composer.setter.line(
                            label, font: labelFont, color: d.colors.muted, x: cols.left + cols.name,
                            baseline: baseline, maxWidth: cols.side - Self.sideLabelInset / 2,
                            alignment: .right)))
            }
            if index > 0 {
                block.add(
                    .rule(
                        Rule(
                            from: Point(x: cols.left + cols.name, y: top),
                            to: Point(x: cols.left + cols.width, y: top), color: d.colors.hairline,
                            lineWidth: s.hairline)))
            }
            for day in 0..<cols.days {
                let frame = Rect(
                    x: cols.dayX(day) + (cols.day - cols.box) / 2, y: top + (rowHeight - cols.box) / 2,
                    width: cols.box, height: cols.box)
                block.add(
                    .checkbox(
                        Checkbox(
                            frame: frame, stroke: d.colors.checkbox, lineWidth: d.checkbox.lineWidth,
                            cornerRadius: d.checkbox.radius)))
            }
        }
        block.add(dividers(cols, from: .zero, to: height))
        close(&block, height: height, cols)
        return block
    }

    /// Ends a table row `height` tall with a hairline across the table.
    func close(_ block: inout Block, height: Length, _ cols: Columns) {
        let d = composer.definition
        block.add(
            .rule(
                Rule(
                    from: Point(x: cols.left, y: height), to: Point(x: cols.left + cols.width, y: height),
                    color: d.colors.hairline, lineWidth: d.spacing.hairline)))
        block.height = height + d.spacing.hairline / 2
    }

    /// "Notes" and a prompt, with an empty cell per day to write in.
    /// `tight` trims the row to one line, "Notes" with the prompt beside it, to save a page that
    /// only the sheet's last few millimetres would take.
    func notesRow(_ cols: Columns, tight: Bool = false) -> Block {
        var block = Block()
        let width = cols.name + cols.side - .mm(2)
        let titleFont = d.font(d.type.step, .bold)
        let promptFont = d.font(d.type.key)
        let measurer = composer.setter.measurer
        let titleWidth = measurer.width(of: composer.labels.notes, font: titleFont)
        let besideX = titleWidth + .mm(3)
        if tight, besideX + measurer.width(of: words.notesPrompt, font: promptFont) <= width {
            let baseline = .mm(2) + titleFont.ascent
            block.add(
                .text(
                    composer.setter.line(
                        composer.labels.notes, font: titleFont, color: d.colors.ink, x: cols.left, baseline: baseline,
                        maxWidth: width)))
            block.add(
                .text(
                    composer.setter.line(
                        words.notesPrompt, font: promptFont, color: d.colors.muted, x: cols.left + besideX,
                        baseline: baseline, maxWidth: width - besideX)))
            let total = baseline + titleFont.descent + .mm(2)
            return finishNotesRow(block, cols, total: total)
        }
        let title = composer.setter.paragraph(
            composer.labels.notes, font: titleFont, color: d.colors.ink, x: cols.left, top: .mm(3), width: width)
        block.add(title.runs)
        let prompt = composer.setter.paragraph(
            words.notesPrompt, font: promptFont, color: d.colors.muted, x: cols.left,
            top: .mm(3) + title.height + .mm(1), width: width)
        block.add(prompt.runs)
        let total = max(s.notesRow, .mm(3) + title.height + .mm(1) + prompt.height + .mm(2))
        return finishNotesRow(block, cols, total: total)
    }

    /// The Notes row's day dividers and the accent rule under it.
    private func finishNotesRow(_ row: Block, _ cols: Columns, total: Length) -> Block {
        var block = row
        block.add(dividers(cols, from: .zero, to: total))
        block.add(
            .rule(
                Rule(
                    from: Point(x: cols.left, y: total - s.sectionRule / 2),
                    to: Point(x: cols.left + cols.width, y: total - s.sectionRule / 2),
                    color: d.colors.accent, lineWidth: s.sectionRule)))
        block.height = total
        return block
    }

    /// The most lines a note is set in bold: the design's safety note is a line in bold; a longer
    /// paragraph in bold reads heavy, and is set in the regular weight.
    static let boldNoteLines = 2

    /// The routine's notes beside an accent bar: short ones in bold (`boldNoteLines`).
    func safetyNote(_ notes: [String]) -> Block {
        var block = Block(gapBefore: .mm(3.5))
        var y = Length.zero
        let width = composer.width - s.noteInset
        let bold = d.font(d.type.body, .bold)
        for (index, note) in notes.enumerated() where !note.isEmpty {
            if y > .zero { y += .mm(1.5) }
            let long = composer.setter.measurer.lines(of: note, font: bold, maxWidth: width).count > Self.boldNoteLines
            let text = composer.setter.paragraph(
                note, font: long ? d.font(d.type.body) : bold, color: d.colors.ink, x: composer.left + s.noteInset,
                top: y, width: width, source: TextSource(.note(index + 1)))
            block.add(text.runs)
            let barX = composer.left + s.noteBar / 2
            block.add(
                .rule(
                    Rule(
                        from: Point(x: barX, y: y), to: Point(x: barX, y: y + text.height),
                        color: d.colors.accent, lineWidth: s.noteBar)))
            y += text.height
        }
        block.height = y
        return block
    }

    /// Vertical hairlines on the left of every day column.
    private func dividers(_ cols: Columns, from top: Length, to bottom: Length) -> [PageItem] {
        (0..<cols.days).map { day in
            let x = cols.dayX(day)
            return .rule(
                Rule(
                    from: Point(x: x, y: top), to: Point(x: x, y: bottom), color: d.colors.hairline,
                    lineWidth: s.hairline))
        }
    }
}
