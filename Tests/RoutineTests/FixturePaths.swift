import Foundation
import Routine

/// Where the test fixtures are, found from this source file so tests run from any directory.
enum FixturePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let bad = root.appendingPathComponent("bad")
    static let good = root.appendingPathComponent("good")
    static let images = root.appendingPathComponent("images")
    /// Fixtures share the pictures in `images/`, beside their own folders: they may name them.
    static let access = FileAccess(allowedFolders: [images.path])

    /// The routine files in a folder, sorted by name.
    static func routines(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted()
            .filter { [".yaml", ".yml", ".json"].contains(where: $0.hasSuffix) }
            .filter { !isClientList(folder.appendingPathComponent($0)) }
            .map { folder.appendingPathComponent($0) }
    }

    /// Client lists (`examples/clients.yaml`: a YAML list at the top) are not routines.
    static func isClientList(_ file: URL) -> Bool {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        let first = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") && $0 != "---" }
        return first?.hasPrefix("- ") ?? false
    }
}
