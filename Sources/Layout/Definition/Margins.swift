/// White space around the content of every page.
public struct Margins: Sendable, Hashable {
    public var left: Length = .mm(20)
    public var top: Length = .mm(18)
    public var right: Length = .mm(20)
    public var bottom: Length = .mm(22)

    public init() {}

    static let keys = ["left", "top", "right", "bottom"]

    /// Sets the values `section` names; an empty value sets the default.
    mutating func read(_ section: LayoutSection, with reader: inout LayoutReader) {
        let defaults = Margins()
        for field in section.fields {
            switch field.key {
            case "left": left = reader.nonNegativeLength(field) ?? defaults.left
            case "top": top = reader.nonNegativeLength(field) ?? defaults.top
            case "right": right = reader.nonNegativeLength(field) ?? defaults.right
            case "bottom": bottom = reader.nonNegativeLength(field) ?? defaults.bottom
            default: break
            }
        }
    }

    /// The margins multiplied by `factor`.
    func scaled(by factor: Double) -> Margins {
        var margins = self
        margins.left = left * factor
        margins.top = top * factor
        margins.right = right * factor
        margins.bottom = bottom * factor
        return margins
    }
}
