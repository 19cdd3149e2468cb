/// Paper size and orientation.
package struct PageSetup: Sendable, Hashable {
    /// Portrait or landscape.
    package enum Orientation: String, Sendable, Hashable, CaseIterable {
        case portrait, landscape
    }

    package var size: Size = Size(width: .inches(8.5), height: .inches(11))
    package var orientation: Orientation = .portrait

    package init() {}

    static let keys = ["size", "orientation"]

    /// Sets the values `section` names; an empty value sets the default.
    mutating func read(_ section: LayoutSection, with reader: inout LayoutReader) {
        let defaults = PageSetup()
        for field in section.fields {
            switch field.key {
            case "size": size = reader.paperSize(field) ?? defaults.size
            case "orientation": orientation = reader.choice(field) ?? defaults.orientation
            default: break
            }
        }
    }
}
