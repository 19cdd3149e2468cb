import Routine

extension TrackerComposer {
    /// `row` with the step's notes, caution and alternative as a note under it, from the step's
    /// words to the table's right edge, and a hairline under the note. A log prints no
    /// instructions, but a step's `notes:` are often what keeps it safe ("Only go as low as is
    /// comfortable"): they are printed, in the small type.
    func withNote(_ row: Block, for step: Step, number: Int, _ cols: Columns) -> Block {
        let stepNotes = step.notes.flatMap { $0.isEmpty ? nil : $0 }
        guard StepExtras.has(step) || stepNotes != nil else { return row }
        var block = row
        let d = composer.definition
        let s = d.spacing
        let x = cols.left + s.badgeDiameter + .mm(2.5)
        let width = cols.left + cols.width - x - .mm(1)
        let sources = StepSources(step, number: number)
        var top = row.height - StepExtras.gap + .mm(0.6)
        if let stepNotes {
            let text = composer.setter.paragraph(
                stepNotes, font: d.font(d.type.small, italic: true), color: d.colors.ink, x: x,
                top: top + StepExtras.gap, width: width, source: sources.notes)
            block.add(text.runs)
            top += StepExtras.gap + text.height
        }
        let note = StepExtras(composer: composer).items(
            step, x: x, top: top, width: width, style: .short, sources: sources)
        block.add(note.items)
        let bottom = top + note.height + .mm(1)
        block.add(
            .rule(
                Rule(
                    from: Point(x: cols.left, y: bottom), to: Point(x: cols.left + cols.width, y: bottom),
                    color: composer.definition.colors.hairline, lineWidth: s.hairline)))
        block.height = bottom + s.hairline / 2
        return block
    }
}
