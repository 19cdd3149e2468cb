import Foundation
import Yams

/// A routine's YAML as plain JSON values, for the page's form: mappings keep their key order
/// (as `[[key, value]]` pairs under `"$map"`), scalars keep the type YAML gives them, and dates
/// stay as written.
enum DocumentTree {
    /// The document as JSON text, or `nil` when it is not YAML the form can show.
    static func json(from text: String) -> String? {
        guard text.utf8.count <= 1 << 20, let node = try? Yams.compose(yaml: text),
            let value = value(of: node, depth: 0),
            let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// One node as JSON-ready values; `nil` past a nesting depth of 64.
    private static func value(of node: Node, depth: Int) -> Any? {
        guard depth < 64 else { return nil }
        switch node {
        case .scalar(let scalar):
            switch node.tag.description {
            case Tag.Name.int.rawValue: return Int(scalar.string) ?? scalar.string
            case Tag.Name.float.rawValue: return Double(scalar.string) ?? scalar.string
            case Tag.Name.bool.rawValue: return node.bool ?? scalar.string
            case Tag.Name.null.rawValue: return NSNull()
            default: return scalar.string
            }
        case .sequence(let sequence):
            var items: [Any] = []
            for item in sequence {
                guard let value = value(of: item, depth: depth + 1) else { return nil }
                items.append(value)
            }
            return items
        case .mapping(let mapping):
            var pairs: [Any] = []
            for (key, item) in mapping {
                guard let value = value(of: item, depth: depth + 1) else { return nil }
                pairs.append([key.string ?? "", value])
            }
            return ["$map": pairs]
        case .alias:
            return nil
        }
    }
}
