extension BlockComposer {
    /// The Name field and one more (Date, Week of) in a row across the page at `top`, added to
    /// `block`: Name fills all but the other field's `fieldWidth` on the right; a client's name
    /// longer than that leaves room for takes the full width, and the other field goes under it.
    /// For headers whose title is too narrow beside a column of fields (cards, tracker).
    /// - Returns: The bottom of the last field.
    func nameRow(
        client: String?, label: String, value: String?, fieldWidth: Length, top: Length, into block: inout Block
    ) -> Length {
        var y = top
        let nameWidth = width - fieldWidth - spacing.fieldGap
        let oneRow = self.fieldWidth(labels.name, value: client) <= nameWidth
        block.add(
            field(
                labels.name, value: client, x: left, width: oneRow ? nameWidth : width, top: y,
                source: TextSource(.client)))
        if !oneRow { y += spacing.fieldHeight + .mm(2) }
        block.add(field(label, value: value, x: left + width - fieldWidth, width: fieldWidth, top: y))
        return y + spacing.fieldHeight
    }
}
