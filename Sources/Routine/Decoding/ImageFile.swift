import Foundation

/// Checks that a picture exists and is PNG, JPEG or SVG by its first bytes, whatever its name.
enum ImageFile {
    /// What was found at a path.
    enum Status: Equatable {
        case ok, missing, folder, unreadable, wrongType
    }

    /// Looks at the file at `path`.
    static func check(path: String) -> Status {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .missing
        }
        if isFolder.boolValue { return .folder }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .unreadable }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 4_096) else { return .unreadable }
        return isPicture(Array(data)) ? .ok : .wrongType
    }

    /// Whether `head`, the first bytes of a file, start a PNG, a JPEG or an SVG.
    static func isPicture(_ head: [UInt8]) -> Bool {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        if head.starts(with: png) { return true }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return true }
        // SVG is XML text: after an optional byte order mark, white space, an XML declaration,
        // comments or a doctype, the first element is <svg.
        let text = String(decoding: head, as: UTF8.self).lowercased()
        guard let range = text.range(of: "<svg") else { return false }
        let before = text[text.startIndex..<range.lowerBound]
        let leading = before.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        return leading.isEmpty || leading.hasPrefix("<?xml") || leading.hasPrefix("<!--")
            || leading.hasPrefix("<!doctype")
    }
}
