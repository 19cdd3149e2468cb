import Foundation

extension Resources {
    /// The prefix that names a built-in example file instead of a path: `example:clients`.
    package static let examplePrefix = "example:"

    /// Whether a YAML or JSON file in `examples/` is a client list (its top level is a list, as in
    /// `examples/clients.yaml`) rather than a routine (a mapping with `title:`).
    package static func isClientList(path: String) -> Bool {
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

    /// The file names of the built-in example client lists (`clients.csv`, `clients.yaml`), sorted.
    package var exampleClientListNames: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: examplesDirectory)) ?? []
        return files.filter { name in
            let ext = (name as NSString).pathExtension.lowercased()
            if ext == "csv" { return true }
            guard ["yaml", "yml", "json"].contains(ext) else { return false }
            return Resources.isClientList(path: (examplesDirectory as NSString).appendingPathComponent(name))
        }.sorted()
    }

    /// The path of a built-in example client list: `clients.csv`, `clients.yaml`, or `clients`
    /// (the YAML list when there is one, else the CSV); `nil` when there is none by that name.
    package func exampleClientList(named name: String) -> String? {
        let names = exampleClientListNames
        let chosen =
            names.contains(name)
            ? name
            : ["yaml", "yml", "json", "csv"].lazy.map { "\(name).\($0)" }.first { names.contains($0) }
        return chosen.map { (examplesDirectory as NSString).appendingPathComponent($0) }
    }

    /// `path` itself, or for `example:NAME` the built-in example client list of that name.
    /// - Throws: `ClientError.fileNotFound` naming the example lists when `NAME` is none of them.
    package func clientListPath(_ path: String) throws(ClientError) -> String {
        guard path.hasPrefix(Resources.examplePrefix) else { return path }
        let name = String(path.dropFirst(Resources.examplePrefix.count))
        if let found = exampleClientList(named: name) { return found }
        throw .noSuchExample(name: name, available: exampleClientListNames)
    }
}
