/// What the running header on pages after the first shows.
package struct HeaderSetup: Sendable, Hashable {
    /// Show the running header at all.
    package var show = true
    /// Add "— client name" after the title.
    package var client = true
    /// Draw a hairline under the header.
    package var rule = true

    package init() {}

    static let keys = ["show", "client", "rule"]

    /// Sets the values `section` names; an empty value sets the default.
    mutating func read(_ section: LayoutSection, with reader: inout LayoutReader) {
        let defaults = HeaderSetup()
        for field in section.fields {
            switch field.key {
            case "show": show = reader.flag(field) ?? defaults.show
            case "client": client = reader.flag(field) ?? defaults.client
            case "rule": rule = reader.flag(field) ?? defaults.rule
            default: break
            }
        }
    }
}
