/// The Name and Date fields on one line, sharing its width by what they hold: the Date field
/// gives up room so that a client's name is never cut, and moves to a line of its own only when
/// the name would not fit beside even a short Date field.
struct NameDateFields {
    let composer: BlockComposer

    /// The least room left on the Date line to write a date by hand, and on the Name line a name.
    static let handwrittenDate = Length.mm(28)
    static let handwrittenName = Length.mm(32)

    /// The fields from `top`; returns their items and height.
    func items(client: String?, date: String?, x: Length, width: Length, top: Length) -> (
        items: [PageItem], height: Length
    ) {
        let d = composer.definition
        let s = d.spacing
        let labels = composer.labels
        let measurer = composer.setter.measurer
        let labelFont = d.font(d.type.label, .bold)
        let valueFont = d.font(d.type.field)
        let clientSource = TextSource(.client)
        /// The width a field needs to show its label and value (or room to write one).
        func needed(_ label: String, _ value: String?, writingRoom: Length) -> Length {
            let labelWidth = measurer.width(of: label, font: labelFont) + .mm(2)
            guard let value, !value.isEmpty else { return labelWidth + writingRoom }
            return labelWidth + .mm(3) + measurer.width(of: value, font: valueFont) + .mm(1)
        }
        var dateWidth = min(s.dateFieldWidth, width / 2)
        let nameNeeds = needed(labels.name, client, writingRoom: Self.handwrittenName)
        let dateNeeds = needed(labels.date, date, writingRoom: Self.handwrittenDate)
        if nameNeeds <= width - s.fieldGap - dateWidth {
            // Both fit as designed.
        } else if nameNeeds <= width - s.fieldGap - dateNeeds {
            dateWidth = width - s.fieldGap - nameNeeds
        } else {
            let name = composer.field(labels.name, value: client, x: x, width: width, top: top, source: clientSource)
            let secondLine = top + s.fieldHeight + .mm(2)
            let dateField = composer.field(
                labels.date, value: date, x: x, width: max(dateWidth, min(dateNeeds, width)), top: secondLine)
            return (name + dateField, s.fieldHeight * 2 + .mm(2))
        }
        let nameWidth = width - dateWidth - s.fieldGap
        let name = composer.field(labels.name, value: client, x: x, width: nameWidth, top: top, source: clientSource)
        let dateField = composer.field(labels.date, value: date, x: x + width - dateWidth, width: dateWidth, top: top)
        return (name + dateField, s.fieldHeight)
    }
}
