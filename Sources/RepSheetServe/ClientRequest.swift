import Foundation
import RepSheet

/// `POST /api/clients`: a routine and a client list, made into one PDF per client (in a ZIP) or
/// one merged PDF.
struct ClientRequest: Codable, Sendable {
    /// The routine text.
    var routine: String
    /// Its name in diagnostics; `routine.yaml` when missing.
    var routineName: String?
    /// The client list text (CSV or YAML).
    var clients: String
    /// Its name: `.csv` reads CSV, anything else YAML; `clients.csv` when missing.
    var clientsName: String?
}

/// One progress line of a streamed client batch: `{"done":1,"total":3}`.
struct ClientProgress: Codable, Sendable {
    /// Sheets made so far.
    var done: Int
    /// Sheets to make.
    var total: Int
}

/// What a client batch made.
struct ClientBundle: Sendable {
    /// The ZIP or the merged PDF.
    var data: Data
    /// Its content type.
    var type: String
    /// Its download name.
    var name: String
}

/// Runs a client batch with the library's `ClientBatch`, in a temporary folder (in a render
/// worker: `RenderWorker`).
struct ClientWork: Sendable {
    let folder: String
    let maxClients: Int

    /// Problems with the request's routine or client list, as the CLI prints them.
    struct Problems: Error {
        var diagnostics: [DiagnosticItem]
    }

    /// Makes every client's sheet in `workFolder` (made and removed by the server);
    /// `progress` gets (done, total) after each client.
    func make(
        _ request: ClientRequest, merged: Bool, options: SheetOptions, maker: SheetMaker, in workFolder: String,
        progress: @escaping @Sendable (Int, Int) -> Void
    ) async throws -> ClientBundle {
        let routineRequest = RoutineRequest(
            text: request.routine, fileName: request.routineName ?? "routine.yaml", options: options)
        let routine: Routine
        do {
            routine = try routineRequest.load(maker: maker, folder: folder)
        } catch {
            throw Problems(diagnostics: DiagnosticItem.parse(error.description))
        }
        let listName = request.clientsName ?? "clients.csv"
        let file: ClientFile
        do {
            file = try ClientFile.parse(
                data: Data(request.clients.utf8), fileName: listName, format: ClientFile.Format(path: listName),
                baseDirectory: folder)
        } catch {
            throw Problems(diagnostics: DiagnosticItem.parse(error.description))
        }
        if !file.problems.isEmpty {
            throw Problems(diagnostics: file.problems.map { DiagnosticItem.item($0.description) })
        }
        guard file.clients.count <= maxClients else {
            throw Problems(diagnostics: [
                DiagnosticItem.item(
                    "\(listName): error: at most \(maxClients) clients in one list (found \(file.clients.count))")
            ])
        }
        let temporary = URL(fileURLWithPath: workFolder)
        let mergedPath = temporary.appendingPathComponent("clients.pdf").path
        let output: BatchOutput = merged ? .merged(path: mergedPath, duplex: false) : .files(directory: temporary.path)
        let batch = ClientBatch(
            routine: routine, clients: file.clients, options: routineRequest.renderOptions, output: output, jobs: 1)
        let report = try await batch.run(resources: maker.resources) { step in progress(step.done, step.total) }
        if !report.isComplete {
            let lines = report.problems.map(\.description) + report.failures.map(\.description)
            throw Problems(diagnostics: lines.flatMap { DiagnosticItem.parse($0) })
        }
        if merged {
            let data = try Data(contentsOf: URL(fileURLWithPath: mergedPath))
            return ClientBundle(data: data, type: "application/pdf", name: "clients.pdf")
        }
        var archive = ZipArchive()
        for path in report.written {
            let name = (path as NSString).lastPathComponent
            archive.add(name: name, data: try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        return ClientBundle(data: archive.data, type: "application/zip", name: "clients.zip")
    }
}
