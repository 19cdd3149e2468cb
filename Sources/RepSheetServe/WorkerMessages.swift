import Foundation
import RepSheet

/// What the server asks a render worker to do: one routine's check, preview or render, or a
/// client batch.
struct WorkerJob: Codable, Sendable {
    /// The work.
    enum Kind: String, Codable, Sendable {
        case validate, preview, render, clients
    }

    var kind: Kind
    /// The routine's bytes as sent.
    var routine: Data
    /// The routine's name in diagnostics.
    var fileName: String
    /// The query's render choices (the format by its name).
    var format: String
    var layout: String?
    var pageSize: String?
    var dpi: Int?
    /// A client batch's request, merged into one PDF or not, and the folder (made and removed by
    /// the server) to write its sheets in.
    var clients: ClientRequest?
    var merged = false
    var workFolder: String?
    var maxClients = 200

    /// A job for a routine request.
    init(_ kind: Kind, _ request: RoutineRequest) {
        self.kind = kind
        routine = request.bytes
        fileName = request.fileName
        format = request.options.format.rawValue
        layout = request.options.layout
        pageSize = request.options.pageSize
        dpi = request.options.dpi
    }

    /// The routine request the job carries.
    var request: RoutineRequest {
        var options = SheetOptions(format: OutputFormat(rawValue: format) ?? .pdf)
        options.layout = layout
        options.pageSize = pageSize
        if let dpi { options.dpi = dpi }
        return RoutineRequest(bytes: routine, fileName: fileName, options: options)
    }
}

/// A worker's answer to a job; `progress` lines come before a client batch's answer.
enum WorkerReply: Codable, Sendable {
    /// A client batch's sheets made so far.
    case progress(done: Int, total: Int)
    /// A render's PDF, or its page images.
    case pages([Data])
    /// A preview's report (its problems included).
    case preview(PreviewReport)
    /// A check's report.
    case validation(ValidationReport)
    /// Problems with the routine or the client list: the request's fault (422).
    case problems([DiagnosticItem])
    /// A client batch's ZIP or merged PDF.
    case bundle(data: Data, type: String, name: String)
    /// Anything else that went wrong, in words.
    case failure(String)
}

/// Messages on a pipe: each a 4-byte big-endian length, then that many bytes of JSON.
enum WorkerFrames {
    /// Why a message could not be read.
    enum Failure: Error {
        /// The other end closed the pipe (the worker ended, or the server did).
        case closed
    }

    /// Writes `value` as one message.
    static func write<Value: Encodable>(_ value: Value, to handle: FileHandle) throws {
        let body = try JSONEncoder().encode(value)
        var length = UInt32(body.count).bigEndian
        var frame = Data(bytes: &length, count: 4)
        frame.append(body)
        try handle.write(contentsOf: frame)
    }

    /// Reads one message.
    static func read<Value: Decodable>(_ type: Value.Type, from handle: FileHandle) throws -> Value {
        let head = try exactly(4, from: handle)
        let length = head.reduce(0) { $0 << 8 | Int($1) }
        return try JSONDecoder().decode(type, from: try exactly(length, from: handle))
    }

    private static func exactly(_ count: Int, from handle: FileHandle) throws -> Data {
        var data = Data()
        while data.count < count {
            guard let chunk = try handle.read(upToCount: count - data.count), !chunk.isEmpty else {
                throw Failure.closed
            }
            data.append(chunk)
        }
        return data
    }
}
