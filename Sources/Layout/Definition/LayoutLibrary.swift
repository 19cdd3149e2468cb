import Foundation
import Routine
import Yams

/// Why a layout could not be loaded.
public enum LayoutError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No built-in layout has this name and no such file exists.
    case notFound(name: String, available: [String])
    /// The layout file (or one it extends) has problems, each with FILE:LINE:COLUMN.
    case invalid([Diagnostic])

    public var description: String {
        switch self {
        case .notFound:
            return notFoundDiagnostic.map(\.description) ?? ""
        case .invalid(let diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    /// For `.notFound`: the message, and the built-in name the user most likely meant
    /// ("larg-print" → `large-print`); `nil` for other cases.
    package var notFoundDiagnostic: Diagnostic? {
        guard case .notFound(let name, let available) = self else { return nil }
        let hints = KeySuggestion.closest(to: name, among: available, leastAllowed: 2).map { [Messages.didYouMean($0)] }
        return Diagnostic(
            .error, "no layout named \"\(name)\"; built-in layouts: \(available.joined(separator: ", "))", at: nil,
            hints: hints ?? [])
    }
}

/// The built-in layouts in a `Layouts/` folder, and layout files given by path.
package struct LayoutLibrary: Sendable {
    /// The folder holding `NAME.yaml` files.
    package let directory: String

    /// Creates a library over a `Layouts/` folder.
    package init(directory: String) { self.directory = directory }

    /// Names of the built-in layouts, sorted.
    package var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Loads a built-in layout by name, or a layout file by path, with everything it extends.
    /// - Throws: `LayoutError` when there is no such layout or a file is invalid; every problem is reported.
    package func load(_ nameOrPath: String) throws(LayoutError) -> LayoutDefinition {
        let isPath =
            nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml")
        let path =
            isPath ? nameOrPath : (directory as NSString).appendingPathComponent(nameOrPath + ".yaml")
        guard FileManager.default.fileExists(atPath: path) else {
            throw .notFound(name: nameOrPath, available: names)
        }
        var diagnostics: [Diagnostic] = []
        guard let mapping = read(path, diagnostics: &diagnostics) else { throw .invalid(diagnostics) }
        return try checked(mapping, file: path)
    }

    /// Loads a layout from the text of a layout file, as if read from `file`; for the fuzzer.
    /// - Throws: `LayoutError.invalid` with every problem found.
    package func load(text: String, file: String) throws(LayoutError) -> LayoutDefinition {
        var diagnostics: [Diagnostic] = []
        guard let mapping = parse(text, file: file, diagnostics: &diagnostics) else { throw .invalid(diagnostics) }
        return try checked(mapping, file: file)
    }

    /// The definition of a file's top-level mapping with everything it extends, checked for the
    /// room its page leaves: too little inside the margins is reported at the file's `margins:` or
    /// `page:` key, a part longer than the page at its value.
    private func checked(_ mapping: Node.Mapping, file: String) throws(LayoutError) -> LayoutDefinition {
        var diagnostics: [Diagnostic] = []
        guard let definition = definition(of: mapping, file: file, chain: [], diagnostics: &diagnostics),
            diagnostics.isEmpty
        else { throw .invalid(diagnostics) }
        func value(of key: String, in mapping: Node.Mapping?) -> Node? {
            mapping?.first { $0.key.string == key }?.value
        }
        if let problem = PaperSize.tooSmall(for: definition, layout: definition.name) {
            let key = mapping.first { ["margins", "page"].contains($0.key.string ?? "") }?.key
            throw .invalid([LayoutMessages.diagnostic(problem, at: key, file: file)])
        }
        if let part = definition.oversizedPart() {
            let names = part.path.split(separator: ".").map(String.init)
            let section = value(of: names[0], in: mapping)
            let message = LayoutMessages.largerThanPage(part.path, part.value, page: part.page)
            throw .invalid([
                LayoutMessages.diagnostic(message, at: value(of: names[1], in: section?.mapping) ?? section, file: file)
            ])
        }
        return definition
    }

    /// The file's values laid over those of the layouts it extends; problems are collected.
    /// - Parameter chain: the files that extend this one, standardized, outermost first.
    private func definition(at path: String, chain: [String], diagnostics: inout [Diagnostic]) -> LayoutDefinition? {
        guard let mapping = read(path, diagnostics: &diagnostics) else { return nil }
        return definition(of: mapping, file: path, chain: chain, diagnostics: &diagnostics)
    }

    /// The values of one file's mapping laid over those of the layouts it extends.
    private func definition(
        of mapping: Node.Mapping, file path: String, chain: [String], diagnostics: inout [Diagnostic]
    ) -> LayoutDefinition? {
        let root = LayoutSection(mapping)
        var own = LayoutDefinition()
        var reader = LayoutReader(file: path)
        own.read(root, with: &reader)
        let problems = LayoutSchema.check(.mapping(mapping), file: path) + reader.diagnostics
        guard problems.isEmpty else {
            diagnostics += problems.sorted {
                ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
            }
            return nil
        }
        guard let parentField = root.fields.first(where: { $0.key == "extends" }) else { return own }
        let parentNode = parentField.value
        guard let parent = parentNode.scalar?.string, !parent.isEmpty, !parent.contains("/") else {
            diagnostics.append(
                LayoutMessages.diagnostic(
                    "`extends` must name a built-in layout such as classic", at: parentNode, file: path))
            return nil
        }
        let parentPath = (directory as NSString).appendingPathComponent(parent + ".yaml")
        guard FileManager.default.fileExists(atPath: parentPath) else {
            diagnostics.append(
                LayoutMessages.diagnostic(
                    LayoutMessages.extendsMissing(parent, available: names), at: parentNode, file: path,
                    hints: KeySuggestion.closest(to: parent, among: names).map { ["did you mean `\($0)`?"] } ?? [])
            )
            return nil
        }
        let standardized = (parentPath as NSString).standardizingPath
        let seen = chain + [(path as NSString).standardizingPath]
        guard !seen.contains(standardized), seen.count < 8 else {
            let names = (seen + [standardized]).map {
                (($0 as NSString).lastPathComponent as NSString).deletingPathExtension
            }
            diagnostics.append(
                LayoutMessages.diagnostic(LayoutMessages.extendsLoop(names), at: parentNode, file: path))
            return nil
        }
        guard var result = definition(at: parentPath, chain: seen, diagnostics: &diagnostics) else { return nil }
        // The file's values over the parent's; they were all checked above.
        var again = LayoutReader(file: path)
        result.read(root, with: &again)
        // The file's own name, or none: an extending layout does not inherit the parent's name.
        if !root.fields.contains(where: { $0.key == "name" }) {
            result.name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        }
        return result
    }

    /// Reads one file's top-level mapping; `nil` when it is not YAML text, is empty or is not a
    /// mapping, with the problem collected.
    private func read(_ path: String, diagnostics: inout [Diagnostic]) -> Node.Mapping? {
        guard let data = FileManager.default.contents(atPath: path), data.count <= 256 * 1024,
            let text = String(data: data, encoding: .utf8)
        else {
            diagnostics.append(
                Diagnostic(
                    .error, LayoutMessages.notText, at: SourceLocation(file: path, line: 1, column: 1)))
            return nil
        }
        return parse(text, file: path, diagnostics: &diagnostics)
    }

    /// Parses one file's text into its top-level mapping; `nil` when it is empty, not YAML or not
    /// a mapping, with the problem collected.
    private func parse(_ text: String, file path: String, diagnostics: inout [Diagnostic]) -> Node.Mapping? {
        let node: Node
        do {
            // The routine's hardened composer and limits (nesting, aliases, repeated keys); scalars
            // stay text, read by `LayoutReader`.
            guard let composed = try YAMLFile.compose(text, fileName: path, kind: .layout) else {
                diagnostics.append(
                    Diagnostic(
                        .error, LayoutMessages.empty, at: SourceLocation(file: path, line: 1, column: 1)))
                return nil
            }
            node = composed
        } catch {
            diagnostics += error.diagnostics
            return nil
        }
        guard case .mapping(let mapping) = node else {
            diagnostics += LayoutSchema.check(node, file: path)
            return nil
        }
        return mapping
    }
}
