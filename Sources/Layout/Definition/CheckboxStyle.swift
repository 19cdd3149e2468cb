/// The look of rep checkboxes and how they are gridded.
public struct CheckboxStyle: Sendable, Hashable, Decodable {
    public var size: Length = .mm(6)
    public var gap: Length = .mm(3)
    public var rowGap: Length = .mm(3)
    public var radius: Length = .mm(0.6)
    public var lineWidth: Length = .pt(1)
    /// Width of the Left/Right label column.
    public var labelWidth: Length = .mm(12)
    /// Space between a label and its first box.
    public var labelGap: Length = .mm(3)
    /// Most boxes in one row.
    public var perRow: Int = 5

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case size, gap, rowGap = "row-gap", radius, lineWidth = "line-width", labelWidth = "label-width"
        case labelGap = "label-gap", perRow = "per-row"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        size = try c.decodeIfPresent(Length.self, forKey: .size) ?? size
        gap = try c.decodeIfPresent(Length.self, forKey: .gap) ?? gap
        rowGap = try c.decodeIfPresent(Length.self, forKey: .rowGap) ?? rowGap
        radius = try c.decodeIfPresent(Length.self, forKey: .radius) ?? radius
        lineWidth = try c.decodeIfPresent(Length.self, forKey: .lineWidth) ?? lineWidth
        labelWidth = try c.decodeIfPresent(Length.self, forKey: .labelWidth) ?? labelWidth
        labelGap = try c.decodeIfPresent(Length.self, forKey: .labelGap) ?? labelGap
        perRow = try c.decodeIfPresent(Int.self, forKey: .perRow) ?? perRow
        guard (1...20).contains(perRow) else {
            throw DecodingError.dataCorruptedError(
                forKey: .perRow, in: c, debugDescription: "per-row must be from 1 to 20, found \(perRow)")
        }
        guard size >= .mm(4) else {
            throw DecodingError.dataCorruptedError(
                forKey: .size, in: c, debugDescription: "checkbox size must be at least 4mm to tick with a pen")
        }
    }

    /// Width of a row of `count` boxes.
    public func rowWidth(_ count: Int) -> Length {
        size * Double(count) + gap * Double(max(0, count - 1))
    }
}
