import Foundation

extension Resources {
    /// Whether a YAML or JSON file in `examples/` is a client list (its top level is a list, as in
    /// `examples/clients.yaml`) rather than a routine (a mapping with `title:`).
    public static func isClientList(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 4_096)) ?? Data(), as: UTF8.self)
        for line in head.split(whereSeparator: \.isNewline) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") || text == "---" { continue }
            return text.hasPrefix("- ") || text == "-" || text.hasPrefix("[")
        }
        return false
    }
}
