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
        case .notFound(let name, let available):
            return
                "error: no layout named \"\(name)\"; built-in layouts: \(available.joined(separator: ", "))"
        case .invalid(let diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n")
        }
    }
}

/// The built-in layouts in a `Layouts/` folder, and layout files given by path.
public struct LayoutLibrary: Sendable {
    /// The folder holding `NAME.yaml` files.
    public let directory: String

    /// Creates a library over a `Layouts/` folder.
    public init(directory: String) { self.directory = directory }

    /// Names of the built-in layouts, sorted.
    public var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Loads a built-in layout by name, or a layout file by path, with everything it extends.
    /// - Throws: `LayoutError` when there is no such layout or a file is invalid; every problem is reported.
    public func load(_ nameOrPath: String) throws(LayoutError) -> LayoutDefinition {
        let isPath =
            nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml")
        let path =
            isPath ? nameOrPath : (directory as NSString).appendingPathComponent(nameOrPath + ".yaml")
        guard FileManager.default.fileExists(atPath: path) else {
            throw .notFound(name: nameOrPath, available: names)
        }
        var diagnostics: [Diagnostic] = []
        let node = merged(path: path, chain: [], diagnostics: &diagnostics)
        guard diagnostics.isEmpty, let node else { throw .invalid(diagnostics) }
        do {
            return try YAMLDecoder().decode(LayoutDefinition.self, from: node)
        } catch let error as DecodingError {
            throw .invalid([LayoutMessages.decoding(error, root: node, file: path)])
        } catch {
            throw .invalid([
                Diagnostic(
                    .error, String(describing: error), at: SourceLocation(file: path, line: 1, column: 1))
            ])
        }
    }

    /// The file's mapping laid over the mappings of the layouts it extends; problems are collected.
    private func merged(path: String, chain: [String], diagnostics: inout [Diagnostic]) -> Node? {
        guard let node = read(path, standsAlone: chain.isEmpty, diagnostics: &diagnostics) else { return nil }
        guard let parentNode = node.mapping?["extends"] else { return node }
        guard let parent = parentNode.string, !parent.isEmpty, !parent.contains("/") else {
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
        let base = merged(path: parentPath, chain: seen, diagnostics: &diagnostics)
        guard let base else { return nil }
        var result = Self.overlay(node, on: base)
        // The child's own name, or none: an extending layout does not inherit the parent's name.
        if node.mapping?["name"] == nil, var mapping = result.mapping {
            let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            mapping["name"] = Node(stem)
            result = .mapping(mapping)
        }
        return result
    }

    /// Reads one file: syntax, unknown keys, and each value on its own; `nil` when it has problems.
    /// Values are checked here only for files of an `extends` chain, so each problem names its own
    /// file; a layout that `standsAlone` is checked once, when `load` decodes it.
    private func read(_ path: String, standsAlone: Bool, diagnostics: inout [Diagnostic]) -> Node? {
        guard let data = FileManager.default.contents(atPath: path), data.count <= 256 * 1024,
            let text = String(data: data, encoding: .utf8)
        else {
            diagnostics.append(
                Diagnostic(
                    .error, LayoutMessages.notText, at: SourceLocation(file: path, line: 1, column: 1)))
            return nil
        }
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text, .basic) else {
                diagnostics.append(
                    Diagnostic(
                        .error, LayoutMessages.empty, at: SourceLocation(file: path, line: 1, column: 1)))
                return nil
            }
            node = composed
        } catch let error as YamlError {
            diagnostics.append(LayoutMessages.syntax(error, file: path))
            return nil
        } catch {
            diagnostics.append(
                Diagnostic(
                    .error, String(describing: error), at: SourceLocation(file: path, line: 1, column: 1)))
            return nil
        }
        // Unknown keys, then the first bad value (decoding ignores unknown keys), so one run
        // reports both kinds of problem.
        var problems = LayoutSchema.check(node, file: path)
        if problems.isEmpty && standsAlone && node.mapping?["extends"] == nil { return node }
        var valueProblem: Diagnostic?
        if node.mapping != nil {
            do {
                _ = try YAMLDecoder().decode(LayoutDefinition.self, from: node)
            } catch let error as DecodingError {
                valueProblem = LayoutMessages.decoding(error, root: node, file: path)
            } catch {
                valueProblem = Diagnostic(
                    .error, String(describing: error), at: SourceLocation(file: path, line: 1, column: 1))
            }
        }
        // A key the schema already reported is not reported again by the decoder.
        if let valueProblem, !problems.contains(where: { $0.location == valueProblem.location }) {
            problems.append(valueProblem)
        }
        diagnostics += problems.sorted {
            ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
        }
        return problems.isEmpty ? node : nil
    }

    /// `top`'s keys replacing `base`'s; nested mappings are merged key by key.
    static func overlay(_ top: Node, on base: Node) -> Node {
        guard var result = base.mapping, let over = top.mapping else { return top }
        for (key, value) in over {
            guard let name = key.string else { continue }
            if let existing = result[name], existing.mapping != nil, value.mapping != nil {
                result[name] = overlay(value, on: existing)
            } else {
                result[name] = value
            }
        }
        return .mapping(result)
    }
}
