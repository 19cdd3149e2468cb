/// The colours of a layout.
public struct Palette: Sendable, Hashable, Decodable {
    public var accent = Color(red: 0x1D / 255, green: 0x5F / 255, blue: 0x73 / 255)
    public var tint = Color(red: 0xE6 / 255, green: 0xEF / 255, blue: 0xF1 / 255)
    public var accentMid = Color(red: 0x9D / 255, green: 0xBD / 255, blue: 0xC6 / 255)
    public var ink = Color(red: 0x1A / 255, green: 0x1A / 255, blue: 0x1A / 255)
    public var muted = Color(red: 0x54 / 255, green: 0x54 / 255, blue: 0x54 / 255)
    public var hairline = Color(red: 0xC4 / 255, green: 0xC4 / 255, blue: 0xC4 / 255)
    public var writingLine = Color(red: 0x9A / 255, green: 0x9A / 255, blue: 0x9A / 255)
    public var checkbox = Color(red: 0x33 / 255, green: 0x33 / 255, blue: 0x33 / 255)

    public init() {}

    static let keys = ["accent", "tint", "accent-mid", "ink", "muted", "hairline", "writing-line", "checkbox"]

    private enum CodingKeys: String, CodingKey {
        case accent, tint, accentMid = "accent-mid", ink, muted, hairline, writingLine = "writing-line", checkbox
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func color(_ key: CodingKeys, _ fallback: Color) throws -> Color {
            guard let text = try c.decodeIfPresent(String.self, forKey: key) else { return fallback }
            guard let parsed = Color(hex: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c, debugDescription: "expected a colour such as \"#1D5F73\", found \"\(text)\"")
            }
            return parsed
        }
        accent = try color(.accent, accent)
        tint = try color(.tint, tint)
        accentMid = try color(.accentMid, accentMid)
        ink = try color(.ink, ink)
        muted = try color(.muted, muted)
        hairline = try color(.hairline, hairline)
        writingLine = try color(.writingLine, writingLine)
        checkbox = try color(.checkbox, checkbox)
    }
}
