/// The colours of a layout.
package struct Palette: Sendable, Hashable {
    package var accent = Color(red: 0x1D / 255, green: 0x5F / 255, blue: 0x73 / 255)
    package var tint = Color(red: 0xE6 / 255, green: 0xEF / 255, blue: 0xF1 / 255)
    package var accentMid = Color(red: 0x9D / 255, green: 0xBD / 255, blue: 0xC6 / 255)
    package var ink = Color(red: 0x1A / 255, green: 0x1A / 255, blue: 0x1A / 255)
    package var muted = Color(red: 0x54 / 255, green: 0x54 / 255, blue: 0x54 / 255)
    package var hairline = Color(red: 0xC4 / 255, green: 0xC4 / 255, blue: 0xC4 / 255)
    package var writingLine = Color(red: 0x9A / 255, green: 0x9A / 255, blue: 0x9A / 255)
    package var checkbox = Color(red: 0x33 / 255, green: 0x33 / 255, blue: 0x33 / 255)

    package init() {}

    static let keys = ["accent", "tint", "accent-mid", "ink", "muted", "hairline", "writing-line", "checkbox"]

    /// The least contrast with the white paper: text colours need WCAG AA's 4.5:1, box outlines
    /// the 3:1 of graphics a reader must see.
    static let leastTextContrast = 4.5
    static let leastOutlineContrast = 3.0

    /// Sets the colours `section` names; an empty value sets the default. A colour text is
    /// printed in too faint to read on the paper, or on the tint, is reported at its line.
    mutating func read(_ section: LayoutSection, with reader: inout LayoutReader) {
        readColours(section, with: &reader)
        for field in section.fields {
            switch field.key {
            case "accent": reader.checkContrast(of: accent, named: "accent", at: field, least: Self.leastTextContrast)
            case "ink": reader.checkContrast(of: ink, named: "ink", at: field, least: Self.leastTextContrast)
            case "muted": reader.checkContrast(of: muted, named: "muted", at: field, least: Self.leastTextContrast)
            case "checkbox":
                reader.checkContrast(of: checkbox, named: "checkbox", at: field, least: Self.leastOutlineContrast)
            case "tint":
                reader.checkContrast(
                    of: ink, named: "ink", at: field, least: Self.leastTextContrast, background: (tint, "the tint"))
            default: break
            }
        }
    }

    private mutating func readColours(_ section: LayoutSection, with reader: inout LayoutReader) {
        let defaults = Palette()
        for field in section.fields {
            switch field.key {
            case "accent": accent = reader.colour(field) ?? defaults.accent
            case "tint": tint = reader.colour(field) ?? defaults.tint
            case "accent-mid": accentMid = reader.colour(field) ?? defaults.accentMid
            case "ink": ink = reader.colour(field) ?? defaults.ink
            case "muted": muted = reader.colour(field) ?? defaults.muted
            case "hairline": hairline = reader.colour(field) ?? defaults.hairline
            case "writing-line": writingLine = reader.colour(field) ?? defaults.writingLine
            case "checkbox": checkbox = reader.colour(field) ?? defaults.checkbox
            default: break
            }
        }
    }
}
