/// Decodes a flat map of named lengths onto a struct's properties, rejecting unknown names.
protocol LengthTable: Decodable {
    init()
    /// The YAML key of each property.
    static var keys: [String: WritableKeyPath<Self, Length>] { get }
}

extension LengthTable {
    /// Sets the properties named in the decoder's map.
    mutating func apply(_ decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let values = try container.decode([String: Length].self)
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            guard let path = Self.keys[key] else {
                let known = Self.keys.keys.sorted().joined(separator: ", ")
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "unknown key \"\(key)\"; expected one of \(known)")
            }
            guard value >= .zero else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "\(key) must not be negative, found \(value)")
            }
            self[keyPath: path] = value
        }
    }
}
