import Foundation
import RepSheet
import Routine

/// Reads the bytes as a CSV and as a YAML client list and applies every client read to a sample
/// routine. Problems must carry a location in the file; a client either applies or is refused
/// with `ClientError`, never a crash.
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
}
