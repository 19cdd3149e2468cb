/// What the footer on every page shows.
package struct FooterSetup: Sendable, Hashable {
    /// The provider line on the left.
    package var provider = true
    /// "Page N of M" on the right.
    package var pageNumber = true
    /// A hairline above the footer.
    package var rule = true

    package init() {}

    static let keys = ["provider", "page-number", "rule"]

    /// Sets the values `section` names; an empty value sets the default.
    mutating func read(_ section: LayoutSection, with reader: inout LayoutReader) {
        let defaults = FooterSetup()
        for field in section.fields {
            switch field.key {
            case "provider": provider = reader.flag(field) ?? defaults.provider
            case "page-number": pageNumber = reader.flag(field) ?? defaults.pageNumber
            case "rule": rule = reader.flag(field) ?? defaults.rule
            default: break
            }
        }
    }
}
