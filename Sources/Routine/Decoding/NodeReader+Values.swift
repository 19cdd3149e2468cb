import Foundation
import Yams

extension NodeReader {
    /// A calendar date written YYYY-MM-DD that exists.
    mutating func date(_ node: Node) -> CalendarDate? {
        guard let text = text(node, key: "date", limit: RoutineLimits.maxShortText) else { return nil }
        switch FieldValues.date(text, found: describe(node)) {
        case .success(let date): return date
        case .failure(let problem):
            report(problem.message, at: node)
            return nil
        }
    }

    /// An http or https address.
    mutating func video(_ node: Node) -> String? {
        guard let text = text(node, key: "video", limit: 2_000) else { return nil }
        let lowered = text.lowercased()
        let hasScheme = lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
        if hasScheme, !text.contains(where: { $0.isWhitespace }), let url = URL(string: text),
            let host = url.host, !host.isEmpty
        {
            return text
        }
        report(Messages.video(found: describe(node)), at: node)
        return nil
    }

    /// A BCP 47 language tag such as "en" or "es-MX".
    mutating func language(_ node: Node) -> String? {
        guard let text = text(node, key: "language", limit: 35) else { return nil }
        if FieldValues.isLanguageTag(text) { return text }
        report(Messages.language(found: describe(node)), at: node)
        return nil
    }

    /// The text of a file key and its absolute path, when the path is inside the routine's folder
    /// (or an allowed one); otherwise reported at `node`.
    mutating func containedPath(_ node: Node, key: String, baseDirectory: String) -> (text: String, path: String)? {
        guard let text = text(node, key: key, limit: 1_000),
            let path = contained(text, at: node, key: key, baseDirectory: baseDirectory)
        else { return nil }
        return (text, path)
    }

    /// `text`'s absolute path when it is inside the routine's folder (or an allowed one);
    /// otherwise `nil`, reported at `node` as outside it.
    mutating func contained(_ text: String, at node: Node, key: String, baseDirectory: String) -> String? {
        let path = FilePaths.absolute(text, relativeTo: baseDirectory)
        guard access.permits(path, baseDirectory: baseDirectory) else {
            report(Messages.outsideFolder(key, text), at: node)
            return nil
        }
        return path
    }

    /// The absolute path of a picture that exists inside the routine's folder (or an allowed one),
    /// is a regular file and is PNG, JPEG or SVG.
    mutating func image(_ node: Node, baseDirectory: String) -> String? {
        guard let (text, path) = containedPath(node, key: "image", baseDirectory: baseDirectory) else { return nil }
        switch ImageFile.check(path: path) {
        case .ok: return path
        case .missing: report(Messages.imageMissing(text), at: node)
        case .folder: report(Messages.imageIsFolder(text), at: node)
        case .special(let kind): report(Messages.notRegularFile("image", text, kind: kind), at: node)
        case .unreadable: report(Messages.imageUnreadable(text), at: node)
        case .wrongType: report(Messages.imageWrongType(text), at: node)
        }
        return nil
    }

    /// A built-in layout name as written, or the absolute path of a layout file that exists inside
    /// the routine's folder (or an allowed one) and is a regular file.
    mutating func layout(_ node: Node, baseDirectory: String) -> String? {
        guard let text = text(node, key: "layout", limit: 1_000) else { return nil }
        let isPath =
            text.contains("/") || [".yaml", ".yml", ".json"].contains { text.lowercased().hasSuffix($0) }
        guard isPath else { return text }
        guard let path = contained(text, at: node, key: "layout", baseDirectory: baseDirectory) else { return nil }
        switch SafeFile.problem(at: path) {
        case nil: return path
        case .missing?: report(Messages.layoutMissing(text), at: node)
        case .notRegular(let kind)?: report(Messages.notRegularFile("layout", text, kind: kind), at: node)
        case .unreadable(let reason)?: report(Messages.layoutUnreadable(text, reason: reason), at: node)
        case .tooLarge?: report(Messages.layoutUnreadable(text, reason: "it is too large"), at: node)
        }
        return nil
    }

    /// `none`, `each`, `left` or `right`.
    mutating func sides(_ node: Node) -> Sides? {
        if case .scalar(let scalar) = node, let sides = Sides(rawValue: scalar.string) { return sides }
        var hints: [String] = []
        if case .scalar(let scalar) = node {
            let word = scalar.string.trimmingWhitespace().lowercased()
            if ["both", "each side", "bilateral", "alternate", "alternating"].contains(word) {
                hints = [Messages.didYouMean("each")]
            } else if let suggestion = KeySuggestion.closest(
                to: word, among: Sides.allCases.map(\.rawValue))
            {
                hints = [Messages.didYouMean(suggestion)]
            }
        }
        report(Messages.sides(found: describe(node)), at: node, hints: hints)
        return nil
    }
}

/// Resolving paths written in a routine file.
enum FilePaths {
    /// `path` made absolute against `directory` (itself made absolute against the working directory),
    /// with `.` and `..` removed by their spelling only; symbolic links are left alone.
    static func absolute(_ path: String, relativeTo directory: String) -> String {
        let base =
            directory.hasPrefix("/")
            ? directory : FileManager.default.currentDirectoryPath + "/" + directory
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
