import Yams

/// A key of a layout file with its value, and the names messages give it.
struct LayoutField {
    /// The key as written, such as `per-row`.
    let key: String
    /// The key of the section holding the field, such as `checkbox`; `nil` at the top level.
    let section: String?
    /// The value.
    let value: Node

    /// The key under its section, such as `checkbox.per-row`; the key alone at the top level.
    var path: String { section.map { "\($0).\(key)" } ?? key }

    /// The value as a section of its own, or `nil` when it is not a mapping (which `LayoutSchema`
    /// reports).
    var nested: LayoutSection? {
        guard case .mapping(let mapping) = value else { return nil }
        return LayoutSection(mapping, name: path)
    }
}

/// The fields of one mapping of a layout file: the whole file, or a section such as `checkbox`.
///
/// Keys that are not text are left out; `LayoutSchema` reports them with the unknown keys.
struct LayoutSection {
    /// The section's key, such as `checkbox`; `nil` for the whole file.
    let name: String?
    /// The fields in file order.
    let fields: [LayoutField]

    /// The fields of `mapping`, the section called `name` (`nil` for the whole file).
    init(_ mapping: Node.Mapping, name: String? = nil) {
        self.name = name
        var fields: [LayoutField] = []
        fields.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else { continue }
            fields.append(LayoutField(key: scalar.string, section: name, value: value))
        }
        self.fields = fields
    }
}
