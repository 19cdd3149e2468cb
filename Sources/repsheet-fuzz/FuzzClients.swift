import Foundation
import RepSheet
import Routine

/// Reads the bytes as a CSV and as a YAML client list, whole and as a stream from a file, and
/// applies every client read to a sample routine. Problems must carry a location in the file; a
/// client either applies or is refused with `ClientError`, never a crash; the stream hands out
/// the same clients as the whole reading.
func fuzzClients(_ data: Data) {
    for format in [ClientFile.Format.csv, .yaml] {
        let name = format == .csv ? "fuzz.csv" : "fuzz.yaml"
        guard let file = try? ClientFile.parse(data: data, fileName: name, format: format) else { continue }
        for problem in file.problems {
            precondition(problem.location?.file == name, "a client problem without its file: \(problem)")
        }
        for client in file.clients {
            _ = try? client.applied(to: FuzzRunner.sampleRoutine)
        }
    }
    fuzzClientStream(data)
}

/// The bytes as a CSV file read row by row: every problem at its place, and, for UTF-8 text,
/// the same clients as reading it whole.
private func fuzzClientStream(_ data: Data) {
    let folder = (ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/repsheet-fuzz-clients-\(getpid())"
    mkdir(folder, 0o700)
    let path = folder + "/fuzz.csv"
    guard FileManager.default.createFile(atPath: path, contents: data) else {
        preconditionFailure("cannot write \(path)")
    }
    defer { unlink(path) }
    guard let stream = try? ClientStream.open(path: path) else { return }
    var names: [String] = []
    while let client = stream.next() { names.append(client.name) }
    for problem in stream.problems {
        precondition(problem.location?.file == path, "a streamed client problem without its file: \(problem)")
    }
    if data.count <= ClientFile.maxBytes, String(data: data, encoding: .utf8) != nil,
        let whole = try? ClientFile.parse(data: data, fileName: path, format: .csv)
    {
        precondition(whole.clients.map(\.name) == names, "the stream and the whole reading differ")
        precondition(whole.leftOut == stream.leftOut, "the stream and the whole reading leave out different rows")
    }
}
