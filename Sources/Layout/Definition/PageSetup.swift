/// Paper size and orientation.
public struct PageSetup: Sendable, Hashable, Decodable {
    /// Portrait or landscape.
    public enum Orientation: String, Sendable, Hashable, Decodable {
        case portrait, landscape
    }

    public var size: Size = Size(width: .inches(8.5), height: .inches(11))
    public var orientation: Orientation = .portrait

    public init() {}

    static let keys = ["size", "orientation"]
    private enum CodingKeys: String, CodingKey { case size, orientation }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try c.decodeIfPresent(String.self, forKey: .size) {
            guard let parsed = PaperSize.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .size, in: c,
                    debugDescription:
                        "expected letter, a4, legal, a5 or WIDTH x HEIGHT such as 210mm x 297mm, found \"\(text)\""
                )
            }
            size = parsed
        }
        orientation = try c.decodeIfPresent(Orientation.self, forKey: .orientation) ?? orientation
    }
}

/// White space around the content of every page.
public struct Margins: Sendable, Hashable, Decodable {
    public var left: Length = .mm(20)
    public var top: Length = .mm(18)
    public var right: Length = .mm(20)
    public var bottom: Length = .mm(22)

    public init() {}

    static let keys = ["left", "top", "right", "bottom"]
    private enum CodingKeys: String, CodingKey { case left, top, right, bottom }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        left = try c.decodeIfPresent(Length.self, forKey: .left) ?? left
        top = try c.decodeIfPresent(Length.self, forKey: .top) ?? top
        right = try c.decodeIfPresent(Length.self, forKey: .right) ?? right
        bottom = try c.decodeIfPresent(Length.self, forKey: .bottom) ?? bottom
    }
}
