import Foundation
import Routine

/// The clients of a client file, read as the batch asks for them.
///
/// A CSV file is read row by row, 64 KiB at a time: the first sheet is made before the rest of the
/// file is read, and memory stays the same however long the list is. A YAML or JSON list is read
/// whole first (Yams composes a document at once; it has no way to hand out list items as they
/// are parsed), so it keeps the limits of `ClientFile` (100,000 clients, 32 MiB).
///
/// A bad row is left out and its problems kept in `problems`, at its own FILE:LINE:COLUMN; the rows
/// after it are still read. A problem with the file itself found part-way (a byte that is not
/// UTF-8, a quote never closed, a read error) ends the list there: the clients before it are made,
/// the problem is in `problems` at its line, and it counts as one client left out, so the batch
/// ends with a non-zero status.
///
/// ```swift
/// let stream = try ClientStream.open(path: "clients.csv")
/// while let client = stream.next() { … }
/// for problem in stream.problems { print(problem) }
/// ```
///
/// One reader at a time: `next()` is called from one task (the batch's planner), never at once
/// from two.
public final class ClientStream: @unchecked Sendable {
    /// Where the clients come from.
    private enum Source {
        /// A list read whole, and the index of the next client.
        case list([Client], next: Int)
        /// A CSV file read row by row.
        case csv(CSVReader<FileScalars>, columns: [String], file: FileBytes, size: Int)
        /// Nothing left.
        case done
    }

    /// The file's name, as diagnostics give it.
    public let fileName: String
    private var source: Source
    private let decoder: ClientCSVDecoder
    /// One or more diagnostics for each entry left out so far, in file order.
    public private(set) var problems: [Diagnostic] = []
    /// How many entries were left out so far.
    public private(set) var leftOut = 0
    /// How many clients were handed out so far.
    public private(set) var count = 0

    /// A stream of the clients of a list already read.
    public init(_ file: ClientFile, fileName: String = "") {
        self.fileName = fileName
        decoder = ClientCSVDecoder(fileName: fileName)
        source = .list(file.clients, next: 0)
        problems = file.problems
        leftOut = file.leftOut
    }

    private init(fileName: String, source: Source) {
        self.fileName = fileName
        decoder = ClientCSVDecoder(fileName: fileName)
        self.source = source
    }

    /// Opens a client file: a CSV file's header row is read and checked now, its rows as
    /// `next()` asks for them; a YAML file is read whole (`ClientFile.load`).
    /// - Parameter access: The folders besides the client file's own that its `layout:` may name.
    /// - Throws: `ClientError.fileNotFound`, or `.invalid` when the file cannot be read at all, its
    ///   header row is wrong or it names no client.
    public static func open(path: String, access: FileAccess = FileAccess()) throws(ClientError) -> ClientStream {
        guard ClientFile.Format(path: path) == .csv else {
            return ClientStream(try ClientFile.load(path: path, access: access), fileName: path)
        }
        let opened: (descriptor: Int32, size: Int)
        do {
            opened = try SafeFile.open(path: path)
        } catch {
            throw ClientFile.error(error, path: path)
        }
        var head = [UInt8](repeating: 0, count: 2)
        if pread(opened.descriptor, &head, 2, 0) == 2, ClientMessages.startsAsUTF16(head) {
            close(opened.descriptor)
            throw .invalid([
                Diagnostic(.error, ClientMessages.utf16, at: SourceLocation(file: path, line: 1, column: 1))
            ])
        }
        let file = FileBytes(descriptor: opened.descriptor)
        var reader = CSVReader(scalars: FileScalars(file: file))
        let decoder = ClientCSVDecoder(fileName: path)
        let columns = try decoder.header(from: &reader)
        let stream = ClientStream(
            fileName: path, source: .csv(reader, columns: columns, file: file, size: opened.size))
        if !reader.endedAtBreak, let problem = stream.fileProblem(file, reader) { throw .invalid([problem]) }
        // A header row and nothing under it is a mistake, not an empty batch; only bad rows are
        // the batch's to report, as for a list read whole.
        guard let first = stream.next() else {
            if !stream.problems.isEmpty { return stream }
            throw .invalid([
                Diagnostic(.error, ClientMessages.noClients, at: SourceLocation(file: path, line: 1, column: 1))
            ])
        }
        stream.pending = first
        stream.count = 0
        return stream
    }

    /// The client read ahead by `open`, handed out first.
    private var pending: Client?

    /// The next good client; `nil` when the list is done. Bad entries met on the way are left out
    /// and kept in `problems`.
    public func next() -> Client? {
        if let client = pending {
            pending = nil
            count += 1
            return client
        }
        while true {
            switch source {
            case .done: return nil
            case .list(let clients, let next):
                guard next < clients.count else {
                    source = .done
                    return nil
                }
                source = .list(clients, next: next + 1)
                count += 1
                return clients[next]
            case .csv(var reader, let columns, let file, let size):
                let record = reader.next()
                source = .csv(reader, columns: columns, file: file, size: size)
                // A row cut short by a bad byte or a read error is not a row: the problem is
                // reported instead, at the byte; a whole row read before it is still a client.
                let problem = fileProblem(file, reader)
                guard let record, problem == nil || reader.endedAtBreak else {
                    if let problem {
                        problems.append(problem)
                        leftOut += 1
                    }
                    source = .done
                    return nil
                }
                switch decoder.client(record, columns: columns) {
                case .success(let client):
                    count += 1
                    return client
                case .failure(let error):
                    problems.append(contentsOf: error.diagnostics)
                    leftOut += 1
                }
            }
        }
    }

    /// About how many clients the file holds, for a progress bar: exact for a list read whole,
    /// estimated from the bytes read so far for a CSV file; never fewer than already read.
    public var estimatedTotal: Int {
        switch source {
        case .list(let clients, _): return clients.count
        case .done: return count + (pending == nil ? 0 : 1)
        case .csv(_, _, let file, let size):
            let read = count + leftOut + (pending == nil ? 0 : 1)
            guard file.consumed > 0, read > 0 else { return read }
            return max(read, Int((Double(read) * Double(size) / Double(file.consumed)).rounded()))
        }
    }

    /// The problem that ended reading the file part-way, at the reader's position: a byte that
    /// is not UTF-8, or a read error; `nil` while all is well.
    private func fileProblem(_ file: FileBytes, _ reader: CSVReader<FileScalars>) -> Diagnostic? {
        guard let failure = file.failure else { return nil }
        let at = SourceLocation(file: fileName, line: reader.line, column: reader.column)
        let message =
            failure == FileBytes.notUTF8 ? ClientMessages.notUTF8 : "the client file cannot be read: \(failure)"
        return Diagnostic(.error, message, at: at)
    }
}
