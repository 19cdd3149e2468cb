import Foundation
import Yams

/// Why a layout could not be loaded.
public enum LayoutError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No built-in layout has this name and no such file exists.
    case notFound(name: String, available: [String])
    /// The layout file is not valid.
    case invalid(file: String, message: String)

    public var description: String {
        switch self {
        case .notFound(let name, let available):
            return "error: no layout named \"\(name)\"; built-in layouts: \(available.joined(separator: ", "))"
        case .invalid(let file, let message):
            return "\(file): error: \(message)"
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

    /// Loads a built-in layout by name, or a layout file by path.
    /// - Throws: `LayoutError` when there is no such layout or the file is invalid.
    public func load(_ nameOrPath: String) throws(LayoutError) -> LayoutDefinition {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml")
        let path = isPath ? nameOrPath : (directory as NSString).appendingPathComponent(nameOrPath + ".yaml")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .notFound(name: nameOrPath, available: names)
        }
        guard data.count <= 256 * 1024, let text = String(data: data, encoding: .utf8) else {
            throw .invalid(file: path, message: "a layout file must be UTF-8 text under 256 KiB")
        }
        do {
            return try YAMLDecoder().decode(LayoutDefinition.self, from: text)
        } catch let error as DecodingError {
            throw .invalid(file: path, message: LayoutLibrary.describe(error))
        } catch {
            throw .invalid(file: path, message: String(describing: error))
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        case .keyNotFound(let key, _):
            return "missing key \(key.stringValue)"
        @unknown default:
            return String(describing: error)
        }
    }
}
