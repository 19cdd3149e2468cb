import Routine

extension TrackerComposer {
    /// A heading column narrower than this (a portrait tracker on A5) wraps "Weekly log · …" into
    /// a tower of words beside the fields: the fields go under the heading instead.
    static let narrowestHeading = Length.mm(55)

    /// Title, "Weekly log · frequency" (or "Log for 14 days"), and the Name and Week-of fields on
    /// the right. The title runs across the whole width; the fields move down when a long title
    /// reaches under them. On paper too narrow for the heading beside the fields, or for the
    /// client's name and the start date whole in them, the fields go in a row under the heading.
    func header(_ routine: Routine, days: Int) -> Block {
        let fieldsWidth = min(.mm(150), composer.width * 0.6)
        let weekWidth = min(s.dateFieldWidth, fieldsWidth / 2)
        let nameWidth = fieldsWidth - weekWidth - s.fieldGap
        let textWidth = composer.width - fieldsWidth - s.fieldGap
        let weekLabel = words.startField(days: days)
        let fieldsFit =
            composer.fieldWidth(composer.labels.name, value: routine.client) <= nameWidth
            && composer.fieldWidth(weekLabel, value: routine.date?.description) <= weekWidth
        guard fieldsFit, textWidth >= Self.narrowestHeading else { return stackedHeader(routine, days: days) }
        var block = Block()
        let title = headerTitle(routine, into: &block)
        var y = title.height + .mm(1)
        y += headerLine(routine, days: days, top: y, width: textWidth, into: &block)
        let fieldsX = composer.left + composer.width - fieldsWidth
        func fields(top: Length) -> [PageItem] {
            composer.field(
                composer.labels.name, value: routine.client, x: fieldsX, width: nameWidth, top: top,
                source: TextSource(.client))
                + composer.field(
                    weekLabel, value: routine.date?.description, x: composer.left + composer.width - weekWidth,
                    width: weekWidth, top: top)
        }
        var fieldTop = max(.zero, y - s.fieldHeight)
        let titleFrames = title.runs.map(\.frame)
        let clash = fields(top: fieldTop).map(\.frame).filter { field in
            titleFrames.contains { $0.overlaps(field) }
        }
        if let lowest = titleFrames.map(\.maxY).max(), let top = clash.map(\.minY).min() {
            fieldTop += lowest - top + .mm(1)
        }
        block.add(fields(top: fieldTop))
        block.height = max(y, fieldTop + s.fieldHeight)
        return block
    }

    /// Title and heading across the width, then Name (filling) and Week of in one row; or, for a
    /// name longer than that leaves room for, Name across the full width and Week of under it.
    private func stackedHeader(_ routine: Routine, days: Int) -> Block {
        var block = Block()
        let width = composer.width
        var y = headerTitle(routine, into: &block).height + .mm(1)
        y += headerLine(routine, days: days, top: y, width: width, into: &block) + s.subtitleToFields
        block.height = composer.nameRow(
            client: routine.client, label: words.startField(days: days), value: routine.date?.description, top: y,
            into: &block)
        return block
    }

    /// The sheet's title across the whole width, added to `block`.
    private func headerTitle(_ routine: Routine, into block: inout Block) -> (runs: [PageItem], height: Length) {
        let font = composer.setter.fittingWords(routine.title, font: d.font(d.type.title, .bold), width: composer.width)
        let title = composer.setter.paragraph(
            routine.title, font: font, color: d.colors.ink, x: composer.left, top: .zero, width: composer.width,
            source: TextSource(.title))
        block.add(title.runs)
        return title
    }

    /// "Weekly log · frequency" at `top`, `width` wide, added to `block`; returns its height.
    private func headerLine(_ routine: Routine, days: Int, top: Length, width: Length, into block: inout Block)
        -> Length
    {
        let line = [words.logHeading(days: days), routine.frequency ?? ""].filter { !$0.isEmpty }.joined(
            separator: "  ·  ")
        let sub = composer.setter.paragraph(
            line, font: d.font(d.type.subtitle), color: d.colors.muted, x: composer.left, top: top,
            width: width, source: routine.frequency.map { _ in TextSource(.frequency) })
        block.add(sub.runs)
        return sub.height
    }
}
