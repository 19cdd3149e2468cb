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
    /// Where the rows go: right of the text or below it.
    public var placement: TickPlacement = .right
    /// Extra space after every this many boxes in a row (0 for none).
    public var group: Int = 0
    /// The space after every `group`-th box, instead of `gap`.
    public var groupGap: Length = .mm(5)

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case size, gap, rowGap = "row-gap", radius, lineWidth = "line-width", labelWidth = "label-width"
        case labelGap = "label-gap", perRow = "per-row", placement, group, groupGap = "group-gap"
    }

    static let keys = [
        "size", "gap", "row-gap", "radius", "line-width", "label-width", "label-gap", "per-row", "placement", "group",
        "group-gap",
    ]

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
        placement = try c.decodeIfPresent(TickPlacement.self, forKey: .placement) ?? placement
        group = try c.decodeIfPresent(Int.self, forKey: .group) ?? group
        groupGap = try c.decodeIfPresent(Length.self, forKey: .groupGap) ?? groupGap
        guard (0...20).contains(group) else {
            throw DecodingError.dataCorruptedError(
                forKey: .group, in: c, debugDescription: "group must be from 0 to 20, found \(group)")
        }
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
        guard count > 0 else { return .zero }
        return offset(ofBox: count - 1) + size
    }

    /// Distance from a row's first box to the left edge of box `index` (0-based), group gaps included.
    public func offset(ofBox index: Int) -> Length {
        let groups = group > 0 ? index / group : 0
        return (size + gap) * Double(index) + (groupGap - gap) * Double(groups)
    }
}
