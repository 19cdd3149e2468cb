import Routine

extension TrackerComposer {
    /// "Pain (0–10)" and an empty cell per day with a short line to write the day's number on,
    /// under the step rows when the routine prints the pain guide.
    func painRow(_ cols: Columns) -> Block {
        let d = composer.definition
        let s = d.spacing
        var block = Block()
        let font = d.font(d.type.step, .bold)
        let label = composer.setter.paragraph(
            composer.labels.painLog, font: font, color: d.colors.ink, x: cols.left, top: .mm(2),
            width: cols.name + cols.side - .mm(2))
        let height = max(s.stepRow, label.height + .mm(4))
        block.add(label.runs.map { $0.offset(dy: (height - label.height) / 2 - .mm(2)) })
        for day in 0..<cols.days {
            let x = cols.dayX(day)
            block.add(
                .rule(
                    Rule(
                        from: Point(x: x, y: .zero), to: Point(x: x, y: height), color: d.colors.hairline,
                        lineWidth: s.hairline)))
            let inset = min(.mm(3), cols.day * 0.2)
            let lineY = height - .mm(2.5)
            block.add(
                .rule(
                    Rule(
                        from: Point(x: x + inset, y: lineY), to: Point(x: x + cols.day - inset, y: lineY),
                        color: d.colors.writingLine, lineWidth: s.writingLine)))
        }
        close(&block, height: height, cols)
        return block
    }
}
