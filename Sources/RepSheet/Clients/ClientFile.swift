import Foundation
import Routine

/// The clients listed in a client file (CSV or YAML), and the entries that had to be left out.
///
/// ```swift
/// let file = try ClientFile.load(path: "clients.csv")
/// for problem in file.problems { print(problem) }   // clients.csv:7:14: error: …
/// ```
public struct ClientFile: Sendable, Equatable {
    /// The most clients one file may list.
    public static let maxClients = 100_000
    /// The largest client file read, in bytes (32 MiB).
    public static let maxBytes = 32 << 20

    /// The kinds of client file.
    public enum Format: String, Sendable, Equatable {
        /// A header row (`name`, `date`, `provider`, `notes`) and one row per client.
        case csv
        /// A list of clients with per-client changes; JSON is read as YAML.
        case yaml

        /// `.csv` is CSV; anything else (`.yaml`, `.yml`, `.json`) is YAML.
        public init(path: String) {
            self = (path as NSString).pathExtension.lowercased() == "csv" ? .csv : .yaml
        }
    }

    /// The good entries, in file order.
    public var clients: [Client]
    /// One or more diagnostics for each entry left out, in file order.
    public var problems: [Diagnostic]
    /// How many entries were left out.
    public var leftOut: Int

    /// Creates a client list.
    public init(clients: [Client], problems: [Diagnostic] = [], leftOut: Int = 0) {
        self.clients = clients
        self.problems = problems
        self.leftOut = leftOut
    }

    /// Reads a client file; the format follows the extension (`.csv`, else YAML).
    ///
    /// A bad entry does not stop the others: it is left out and its problems are in `problems`.
    /// - Parameter path: The file as the user named it; diagnostics use this name.
    /// - Throws: `ClientError.fileNotFound`, or `.invalid` when the file as a whole cannot be read
    ///   (not UTF-8, a wrong header row, not a YAML list).
    /// - Parameter access: The folders besides the client file's own that its `layout:` may name.
    public static func load(path: String, access: FileAccess = FileAccess()) throws(ClientError) -> ClientFile {
        let data: Data
        do {
            // A named pipe, a device or a folder is refused at once; the size is the opened file's.
            data = try SafeFile.read(path: path, limit: maxBytes)
        } catch {
            throw Self.error(error, path: path)
        }
        let directory = PathText.folder(of: path)
        return try parse(
            data: data, fileName: path, format: Format(path: path), baseDirectory: directory.isEmpty ? nil : directory,
            access: access)
    }

    /// The client error for a file that cannot be opened or read.
    static func error(_ failure: SafeFile.Failure, path: String) -> ClientError {
        let start = SourceLocation(file: path, line: 1, column: 1)
        switch failure {
        case .missing: return .fileNotFound(path: path)
        case .notRegular(let kind):
            return .invalid([Diagnostic(.error, "the client file is not a regular file (it is \(kind))", at: start)])
        case .unreadable(let reason):
            return .invalid([Diagnostic(.error, "the client file cannot be read: \(reason)", at: start)])
        case .tooLarge(let bytes):
            return .invalid([Diagnostic(.error, ClientMessages.fileTooLarge(bytes: bytes, limit: maxBytes), at: start)])
        }
    }

    /// Reads client file bytes held in memory.
    /// - Parameters:
    ///   - data: The file's bytes, UTF-8.
    ///   - fileName: The name used in diagnostics.
    ///   - format: CSV or YAML.
    ///   - baseDirectory: The folder relative layout paths start from; `nil` for the working directory.
    /// - Throws: `ClientError.invalid` when the file as a whole cannot be read.
    ///   - access: The folders besides `baseDirectory` that a client's `layout:` may name.
    public static func parse(
        data: Data, fileName: String, format: Format, baseDirectory: String? = nil, access: FileAccess = FileAccess()
    )
        throws(ClientError) -> ClientFile
    {
        let start = SourceLocation(file: fileName, line: 1, column: 1)
        if data.count > maxBytes {
            throw .invalid([
                Diagnostic(.error, ClientMessages.fileTooLarge(bytes: data.count, limit: maxBytes), at: start)
            ])
        }
        if ClientMessages.startsAsUTF16(data) { throw .invalid([Diagnostic(.error, ClientMessages.utf16, at: start)]) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalid([Diagnostic(.error, ClientMessages.notUTF8, at: start)])
        }
        if text.allSatisfy(\.isWhitespace) { throw .invalid([Diagnostic(.error, ClientMessages.emptyFile, at: start)]) }
        let cwd = FileManager.default.currentDirectoryPath
        var base = baseDirectory ?? cwd
        if !base.hasPrefix("/") { base = (cwd as NSString).appendingPathComponent(base) }
        let file: ClientFile
        switch format {
        case .csv: file = try ClientCSVDecoder(fileName: fileName).decode(text)
        case .yaml:
            var decoder = ClientYAMLDecoder(fileName: fileName, baseDirectory: base)
            decoder.access = access
            file = try decoder.decode(text)
        }
        // A list with no client at all (a CSV header and nothing under it) is a mistake, not an empty batch.
        if file.clients.isEmpty && file.problems.isEmpty {
            throw .invalid([Diagnostic(.error, ClientMessages.noClients, at: start)])
        }
        return file
    }
}
