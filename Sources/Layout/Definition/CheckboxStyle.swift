/// The look of rep checkboxes and how they are gridded.
package struct CheckboxStyle: Sendable, Hashable {
    package var size: Length = .mm(6)
    package var gap: Length = .mm(3)
    package var rowGap: Length = .mm(3)
    package var radius: Length = .mm(0.6)
    package var lineWidth: Length = .pt(1)
    /// Width of the Left/Right label column.
    package var labelWidth: Length = .mm(12)
    /// Space between a label and its first box.
    package var labelGap: Length = .mm(3)
    /// Most boxes in one row.
    package var perRow: Int = 5
    /// Where the rows go: right of the text or below it.
    package var placement: TickPlacement = .right
    /// Extra space after every this many boxes in a row (0 for none).
    package var group: Int = 0
    /// The space after every `group`-th box, instead of `gap`.
    package var groupGap: Length = .mm(5)

    package init() {}

    static let keys = [
        "size", "gap", "row-gap", "radius", "line-width", "label-width", "label-gap", "per-row", "placement", "group",
        "group-gap",
    ]

    /// Sets the values `section` names; an empty value sets the default.
    mutating func read(_ section: LayoutSection, with reader: inout LayoutReader) {
        let defaults = CheckboxStyle()
        for field in section.fields {
            switch field.key {
            case "size":
                size = reader.length(field) ?? defaults.size
                if size < .mm(4) { reader.report(LayoutMessages.checkboxTooSmall, at: field.value) }
                if size > .mm(25) { reader.report(LayoutMessages.checkboxTooLarge, at: field.value) }
            case "gap": gap = reader.nonNegativeLength(field) ?? defaults.gap
            case "row-gap": rowGap = reader.nonNegativeLength(field) ?? defaults.rowGap
            case "radius": radius = reader.nonNegativeLength(field) ?? defaults.radius
            case "line-width": lineWidth = reader.nonNegativeLength(field) ?? defaults.lineWidth
            case "label-width": labelWidth = reader.nonNegativeLength(field) ?? defaults.labelWidth
            case "label-gap": labelGap = reader.nonNegativeLength(field) ?? defaults.labelGap
            case "per-row": perRow = reader.wholeNumber(field, in: 1...20) ?? defaults.perRow
            case "placement": placement = reader.choice(field) ?? defaults.placement
            case "group": group = reader.wholeNumber(field, in: 0...20) ?? defaults.group
            case "group-gap": groupGap = reader.nonNegativeLength(field) ?? defaults.groupGap
            default: break
            }
        }
    }

    /// Width of a row of `count` boxes.
    package func rowWidth(_ count: Int) -> Length {
        guard count > 0 else { return .zero }
        return offset(ofBox: count - 1) + size
    }

    /// Distance from a row's first box to the left edge of box `index` (0-based), group gaps included.
    package func offset(ofBox index: Int) -> Length {
        let groups = group > 0 ? index / group : 0
        return (size + gap) * Double(index) + (groupGap - gap) * Double(groups)
    }
}
