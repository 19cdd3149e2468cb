import Foundation

/// Loads a layout by name or path the safe way: a layout file is read with `SafeFile` (a named pipe,
/// a device or a folder is refused at once, the size is measured on the opened file), a problem
/// is said in its own words, and at most `maxProblems` problems are listed.
struct LayoutFileReader {
    /// The built-in layouts, and the parser of layout text.
    let library: LayoutLibrary

    /// The largest layout file read (256 KiB).
    static let maxBytes = 256 * 1024
    /// The most problems listed for one layout; the rest are counted in one line.
    static let maxProblems = 20

    /// A built-in layout by name, or a layout file by path, with everything it extends.
    /// - Throws: `LayoutError` when there is no such layout, it cannot be read or it is invalid.
    func load(_ nameOrPath: String) throws(LayoutError) -> LayoutDefinition {
        let isPath =
            nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml")
        do {
            guard isPath else { return try library.load(nameOrPath) }
            return try library.load(text: try text(of: nameOrPath), file: nameOrPath)
        } catch .invalid(let problems) {
            throw .invalid(Self.capped(problems))
        } catch {
            throw error
        }
    }

    /// The text of the layout file at `path`.
    private func text(of path: String) throws(LayoutError) -> String {
        func problem(_ message: String) -> LayoutError {
            .invalid([Diagnostic(.error, message, at: SourceLocation(file: path, line: 1, column: 1))])
        }
        let data: Data
        do {
            data = try SafeFile.read(path: path, limit: Self.maxBytes)
        } catch {
            switch error {
            case .missing: throw .notFound(name: path, available: library.names)
            case .notRegular(let kind): throw problem("the layout is not a regular file (it is \(kind))")
            case .unreadable(let reason): throw problem("the layout file cannot be read: \(reason)")
            case .tooLarge(let bytes):
                throw problem(
                    "the layout file is \(bytes / 1024) KiB; layout files of at most \(Self.maxBytes / 1024) KiB are read"
                )
            }
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw problem("the layout file is not UTF-8 text (it may be a picture or another binary file)")
        }
        return text
    }

    /// The first `maxProblems` problems, then one line counting the rest.
    static func capped(_ problems: [Diagnostic]) -> [Diagnostic] {
        guard problems.count > maxProblems else { return problems }
        var kept = Array(problems.prefix(maxProblems))
        kept.append(
            Diagnostic(
                .error, "… and \(problems.count - maxProblems) more problems in this layout file",
                at: problems[maxProblems].location))
        return kept
    }
}
