import ArgumentParser
import CQPDFPass
import Foundation
import RepSheet

/// `render ROUTINE --clients FILE`: one sheet per client, in parallel, with a progress bar.
struct ClientBatchRunner {
    let routinePath: String
    let clientsPath: String
    let output: BatchOutput
    let options: SheetOptions
    let jobs: Int?
    /// `--allow-path` folders.
    var allowedFolders: [String] = []

    /// The most client problems listed.
    static let maxListedProblems = 100

    /// Has malloc keep the memory a sheet frees for the next sheet: by default the worker
    /// threads' heaps are shrunk and grown again for every sheet, and buffers over 128 KB are
    /// mapped and unmapped, some 80 page faults a sheet (a tenth of a core's system time; the
    /// batch's peak memory stays the same, about 39 MB). Issue 19.
    static func keepFreedMemory() { repsheet_keep_freed_memory() }

    /// Runs the batch; bad client entries are reported and skipped.
    /// - Throws: `ExitCode` 65 when an entry was left out, or the status of what stopped the batch.
    func run() throws {
        let routine: Routine
        let stream: ClientStream
        let access: FileAccess
        let resources: Resources
        do {
            var maker = try SheetMaker()
            maker.allowedFolders = allowedFolders
            access = maker.fileAccess
            resources = maker.resources
            routine = try maker.loadRoutine(path: routinePath)
        } catch {
            throw fail(error)
        }
        do {
            // `example:clients` is a built-in example client list, as `back-stretches` is a routine.
            // A CSV list is read row by row as the sheets are made; a YAML list is read whole.
            stream = try ClientStream.open(path: resources.clientListPath(clientsPath), access: access)
        } catch {
            printError(error.description)
            throw ExitCode(error.exitCode)
        }
        let batch = ClientBatch(routine: routine, stream: stream, options: options, output: output, jobs: jobs)
        Self.keepFreedMemory()
        let showBar = ProgressBar.isVisible
        let report: BatchReport
        let progress: (@Sendable (BatchProgress) -> Void)? = showBar ? { @Sendable in ProgressBar.draw($0) } : nil
        let outcome = blocking { () async -> Result<BatchReport, RepSheetError> in
            do throws(RepSheetError) {
                return .success(try await batch.run(progress: progress))
            } catch {
                return .failure(error)
            }
        }
        switch outcome {
        case .success(let made): report = made
        case .failure(let error):
            if showBar { ProgressBar.clear() }
            throw fail(error)
        }
        if showBar { ProgressBar.clear() }
        // At most 100 problems are listed; the summary counts every client left out.
        for problem in report.problems.prefix(Self.maxListedProblems) { printError(problem.description) }
        if report.problems.count > Self.maxListedProblems {
            printError("… and \(report.problems.count - Self.maxListedProblems) more problems in \(clientsPath)")
        }
        for warning in report.warnings { printError(warning.description) }
        // Clients sharing a broken picture fail alike: each message once; the summary counts them all.
        var printed: Set<String> = []
        for failure in report.failures where printed.insert(failure.description).inserted {
            printError(failure.description)
        }
        printError(report.summary)
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
