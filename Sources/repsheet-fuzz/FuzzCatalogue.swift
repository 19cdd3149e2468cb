import Figures
import Foundation
import Routine

/// Reads the bytes as an exercise catalogue file (`Exercises/NAME.yaml`): its exercise and its
/// figure, read as the catalogue reads them. Problems must carry their place in the file.
func fuzzCatalogue(_ data: Data) {
    let path = FuzzCatalogueFolder.folder + "/fuzz.yaml"
    guard FileManager.default.createFile(atPath: path, contents: data) else {
        preconditionFailure("cannot write \(path)")
    }
    defer { unlink(path) }
    do {
        let catalogue = try Catalogue.load(directory: FuzzCatalogueFolder.folder, ids: ["fuzz"])
        precondition(catalogue != nil, "the catalogue file written was not found")
    } catch .invalid(let problems) {
        for problem in problems {
            precondition(problem.location?.file == path, "a catalogue problem without its place: \(problem)")
        }
    } catch {
        preconditionFailure("a catalogue file gave \(error)")
    }
}

/// Where `fuzzCatalogue` writes its input: one folder per process in the temporary folder.
enum FuzzCatalogueFolder {
    static let folder: String = {
        let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        let folder = "\(base)/repsheet-fuzz-catalogue-\(getpid())"
        mkdir(folder, 0o700)
        return folder
    }()
}
