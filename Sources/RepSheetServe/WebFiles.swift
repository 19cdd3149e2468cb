import Foundation

/// The web page's files, read once when the server starts: only these can be fetched.
struct WebFiles: Sendable {
    /// Path (without the leading slash) → bytes and content type.
    let files: [String: (data: Data, type: String)]

    /// Reads every file under `folder` (two levels at most).
    init(folder: String?) {
        var files: [String: (data: Data, type: String)] = [:]
        if let folder, let enumerator = FileManager.default.enumerator(atPath: folder) {
            for case let relative as String in enumerator {
                let path = (folder as NSString).appendingPathComponent(relative)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    let data = FileManager.default.contents(atPath: path)
                else { continue }
                files[relative] = (data, Self.type(of: relative))
            }
        }
        self.files = files
    }

    /// The content type of a file name.
    static func type(of name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "json": return "application/json"
        default: return "text/plain; charset=utf-8"
        }
    }
}
