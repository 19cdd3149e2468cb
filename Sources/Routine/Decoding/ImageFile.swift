import Foundation

/// Checks that a picture exists, is a regular file and is PNG, JPEG or SVG by its first bytes,
/// whatever its name; a named pipe or a device is refused without waiting on it.
enum ImageFile {
    /// What was found at a path.
    enum Status: Equatable {
        case ok, missing, folder, unreadable, wrongType
        /// A named pipe, a device or a socket: `kind` says which.
        case special(kind: String)
    }

    /// Looks at the file at `path`.
    static func check(path: String) -> Status {
        switch SafeFile.problem(at: path) {
        case .missing?: return .missing
        case .notRegular(let kind)? where kind == "a folder": return .folder
        case .notRegular(let kind)?: return .special(kind: kind)
        case .unreadable?, .tooLarge?: return .unreadable
        case nil: break
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .unreadable }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .unreadable }
        if let kind = SafeFile.kind(of: info.st_mode) { return kind == "a folder" ? .folder : .special(kind: kind) }
        var head = [UInt8](repeating: 0, count: 4_096)
        let count = head.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else { return .unreadable }
        return isPicture(Array(head[0..<count])) ? .ok : .wrongType
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
