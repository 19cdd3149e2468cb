import Routine

extension TrackerComposer {
    /// `row` with the step's caution and alternative as a note under it, from the step's words to
    /// the table's right edge, and a hairline under the note.
    func withNote(_ row: Block, for step: Step, number: Int, _ cols: Columns) -> Block {
        guard StepExtras.has(step) else { return row }
        var block = row
        let s = composer.definition.spacing
        let x = cols.left + s.badgeDiameter + .mm(2.5)
        let note = StepExtras(composer: composer).items(
            step, x: x, top: row.height - StepExtras.gap + .mm(0.6), width: cols.left + cols.width - x - .mm(1),
            style: .short, sources: StepSources(step, number: number))
        block.add(note.items)
        let bottom = row.height - StepExtras.gap + .mm(0.6) + note.height + .mm(1)
        block.add(
            .rule(
                Rule(
                    from: Point(x: cols.left, y: bottom), to: Point(x: cols.left + cols.width, y: bottom),
                    color: composer.definition.colors.hairline, lineWidth: s.hairline)))
        block.height = bottom + s.hairline / 2
        return block
    }
}
