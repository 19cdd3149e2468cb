import Routine

/// A write-in blank: the routine's header (or empty lines for it), then numbered empty steps,
/// each with a line for the name, lines for the instructions, a dose line and a row of boxes,
/// for a therapist to fill in by hand.
struct BlankSheet {
    let composer: BlockComposer

    private var d: LayoutDefinition { composer.definition }
    private var s: Spacing { d.spacing }

    /// Boxes on each blank step's row.
    static let boxes = 10
    /// The tallest a blank step is: two instruction lines at the layout's writing pitch.
    static let tallest = Length.mm(36)
    /// The shortest a blank step is before it goes on to a new page.
    static let shortest = Length.mm(21)
    /// Room the Notes block takes at least: its heading and a writing line.
    static let notesRoom = Length.mm(22)

    /// The blocks of a blank with `count` steps.
    func blocks(for routine: Routine, count: Int) -> [Block] {
        var title = composer.titleBlock(routine)
        if routine.title.isEmpty { title = emptyTitle(routine) }
        let notes = composer.notesBlock(routine.notes)
        // Steps share the room left on the first page, within the shortest and tallest heights.
        let brand = BrandHeader(composer: composer).block()?.height ?? .zero
        let room = composer.frame.content.height - brand - title.height - s.fieldsToPanel - Self.notesRoom
        let height = min(Self.tallest, max(Self.shortest, room / Double(max(1, count))))
        var blocks = [title]
        for number in 1...max(1, count) { blocks.append(step(number, height: height, first: number == 1)) }
        blocks.append(notes)
        return blocks
    }

    /// A line to write the title on, over the Name and Date fields.
    private func emptyTitle(_ routine: Routine) -> Block {
        var block = Block(keepWithNext: true, role: .title)
        let lineY = d.type.title * 1.25
        block.add(
            .rule(
                Rule(
                    from: Point(x: composer.left, y: lineY), to: Point(x: composer.left + composer.width, y: lineY),
                    color: d.colors.ink, lineWidth: s.fieldLine)))
        let top = lineY + s.subtitleToFields
        let fields = NameDateFields(composer: composer).items(
            client: routine.client, date: routine.date?.description, x: composer.left, width: composer.width, top: top)
        block.add(fields.items)
        block.height = top + fields.height
        return block
    }

    /// One empty step `height` tall: badge, name line, instruction lines, dose line and boxes.
    private func step(_ number: Int, height: Length, first: Bool) -> Block {
        var block = Block(gapBefore: first ? s.fieldsToPanel : .zero, role: .step)
        block.startsStep = true
        let top = s.stepPadding / 2
        block.add(StepBuilder(composer: composer).badge(number, top: top))
        let x = composer.left + s.badgeColumn
        let right = composer.left + composer.width
        let instructionLines = height >= .mm(30) ? 2 : 1
        let pitch = (height - s.stepPadding) / Double(instructionLines + 2)
        func line(_ y: Length, from: Length, to: Length, strong: Bool) {
            block.add(
                .rule(
                    Rule(
                        from: Point(x: from, y: y), to: Point(x: to, y: y),
                        color: strong ? d.colors.ink : d.colors.writingLine,
                        lineWidth: strong ? s.fieldLine : s.writingLine)))
        }
        // The name, on a darker line the width of the badge's row.
        line(top + pitch, from: x, to: right, strong: true)
        for index in 1...instructionLines { line(top + pitch * Double(index + 1), from: x, to: right, strong: false) }
        // The dose on the last line, the boxes at its right end.
        let doseY = top + pitch * Double(instructionLines + 2)
        let box = min(d.checkbox.size, pitch - .mm(1.5))
        let gap = max(d.checkbox.gap, box * 0.3)
        let rowWidth = box * Double(Self.boxes) + gap * Double(Self.boxes - 1)
        let boxesX = right - rowWidth
        line(doseY, from: x, to: boxesX - .mm(6), strong: false)
        for index in 0..<Self.boxes {
            let frame = Rect(x: boxesX + (box + gap) * Double(index), y: doseY - box, width: box, height: box)
            block.add(
                .checkbox(
                    Checkbox(
                        frame: frame, stroke: d.colors.checkbox, lineWidth: d.checkbox.lineWidth,
                        cornerRadius: d.checkbox.radius)))
        }
        block.separator = [
            .rule(
                Rule(
                    from: Point(x: composer.left, y: .zero), to: Point(x: right, y: .zero), color: d.colors.hairline,
                    lineWidth: s.hairline))
        ]
        block.height = doseY + s.stepPadding / 2
        return block
    }
}

extension SheetLayout {
    /// Lays out a write-in blank: the routine's header and notes around `steps` numbered empty
    /// steps, whatever steps the routine has; an empty title makes a line to write one on.
    package func layoutBlank(_ routine: Routine, steps: Int) -> Sheet {
        let (labels, warnings) = words(for: routine)
        let frame = ContentFrame(definition: definition)
        let composer = BlockComposer(
            definition: definition, frame: frame, setter: TextSetter(measurer: measurer), labels: labels)
        let blocks = BrandHeader(composer: composer).prepended(
            to: BlankSheet(composer: composer).blocks(for: routine, count: steps))
        return finished(
            Paginator(frame: frame).paginate(blocks), routine: routine, definition: definition, labels: labels,
            warnings: warnings)
    }
}
