import Foundation
import RepSheet

/// Keeps uploaded pictures in `uploads/` under the start folder, where a routine's `image:` can
/// name them.
struct PictureStore: Sendable {
    let folder: String

    /// Why a picture was refused.
    enum Refusal: Error {
        /// Not a picture the server keeps, or it cannot be written (415).
        case refused(String)
        /// An SVG that refers to something outside itself (422), as the renderer would refuse it.
        case unsafe(String)

        /// The reason, in words.
        var message: String {
            switch self {
            case .refused(let message), .unsafe(let message): return message
            }
        }
    }

    /// Saves `data` under a name made from `name`, returning the `image:` path to use.
    ///
    /// Only PNG, JPEG and SVG are kept (judged by their bytes, not their names), and an SVG only
    /// when the renderer's safety check passes it (no references outside itself); the same bytes
    /// uploaded twice get the same file.
    func save(_ data: Data, name: String) throws(Refusal) -> String {
        guard let kind = Self.kind(of: data) else {
            throw .refused("a picture must be a PNG, JPEG or SVG file")
        }
        if kind == "svg", let reason = SVGSafety.problem(in: String(decoding: data, as: UTF8.self)) {
            throw .unsafe("the SVG picture \(reason)")
        }
        let stem = FileSlug.make((name as NSString).deletingPathExtension)
        let uploads = (folder as NSString).appendingPathComponent("uploads")
        do {
            try FileManager.default.createDirectory(atPath: uploads, withIntermediateDirectories: true)
        } catch {
            throw .refused("cannot create the uploads folder: \(error.localizedDescription)")
        }
        for attempt in 1...1000 {
            let file = attempt == 1 ? "\(stem).\(kind)" : "\(stem)-\(attempt).\(kind)"
            let path = (uploads as NSString).appendingPathComponent(file)
            if let existing = FileManager.default.contents(atPath: path) {
                if existing == data { return "uploads/\(file)" }
                continue
            }
            guard FileManager.default.createFile(atPath: path, contents: data) else {
                throw .refused("cannot write \(file)")
            }
            return "uploads/\(file)"
        }
        throw .refused("too many pictures named \(stem)")
    }

    /// `png`, `jpg` or `svg` from a file's first bytes.
    static func kind(of data: Data) -> String? {
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "png" }
        if data.starts(with: [0xFF, 0xD8, 0xFF]) { return "jpg" }
        let head = String(decoding: data.prefix(1024), as: UTF8.self)
        if head.contains("<svg") { return "svg" }
        return nil
    }
}
