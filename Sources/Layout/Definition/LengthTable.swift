/// A flat map of named lengths read onto a struct's properties, such as `spacing` or `type`.
protocol LengthTable {
    init()
    /// The property of each YAML key.
    static var keys: [String: WritableKeyPath<Self, Length> & Sendable] { get }
    /// The lengths every key allows; `nil` for any length of at least zero.
    static var allowed: ClosedRange<Length>? { get }
}

extension LengthTable {
    /// Sets the lengths `section` names; each must be written, and not negative. Keys that are not
    /// in `keys` are left to `LayoutSchema`.
    mutating func read(_ section: LayoutSection, with reader: inout LayoutReader) {
        for field in section.fields {
            guard let path = Self.keys[field.key], let value = reader.requiredLength(field) else { continue }
            guard value >= .zero else {
                reader.report(LayoutMessages.negative(field.key, found: value), at: field.value)
                continue
            }
            if let allowed = Self.allowed, !allowed.contains(value) {
                reader.report(LayoutMessages.outOfRange(field.path, allowed, found: value), at: field.value)
                continue
            }
            self[keyPath: path] = value
        }
    }
}
