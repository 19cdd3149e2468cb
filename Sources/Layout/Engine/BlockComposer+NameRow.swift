extension BlockComposer {
    /// The Name field and one more (Date, Week of) in a row across the page at `top`, added to
    /// `block`: the other field on the right, as wide as the layout's date field (at most a third
    /// of the width) or as its value needs, and Name filling the rest; a client's name longer than
    /// that leaves room for takes the full width, and the other field goes under it (across the
    /// page too when its value needs more than half the width). For headers whose title is too narrow beside a column of fields (cards, tracker).
    /// - Returns: The bottom of the last field.
    func nameRow(client: String?, label: String, value: String?, top: Length, into block: inout Block) -> Length {
        var y = top
        let standard = min(spacing.dateFieldWidth, width / 3)
        let needed = fieldWidth(label, value: value)
        // A value wider than half the page (large type) takes a row of its own, the full width.
        let otherWidth = needed > width / 2 ? width : max(standard, needed)
        let nameWidth = width - otherWidth - spacing.fieldGap
        let oneRow = nameWidth > .zero && fieldWidth(labels.name, value: client) <= nameWidth
        block.add(
            field(
                labels.name, value: client, x: left, width: oneRow ? nameWidth : width, top: y,
                source: TextSource(.client)))
        if !oneRow { y += spacing.fieldHeight + .mm(2) }
        block.add(field(label, value: value, x: left + width - otherWidth, width: otherWidth, top: y))
        return y + spacing.fieldHeight
    }
}
