import Foundation
import Routine

/// Where a batch of client sheets goes.
public enum BatchOutput: Sendable, Equatable {
    /// One file per client in `directory`: `<slug>.pdf`, or `<slug>-p<page>.png` / `.svg`.
    case files(directory: String)
    /// Every client's pages in one PDF, each client starting on a new page; with `duplex`, on an
    /// odd page (a blank page is put in where needed), so printing both sides never mixes clients.
    case merged(path: String, duplex: Bool)
}

/// How far a batch has come; handed to the progress callback after each client.
public struct BatchProgress: Sendable, Equatable {
    /// Clients finished (written or failed).
    public var done: Int
    /// Clients to do.
    public var total: Int
    /// Seconds since the batch started.
    public var elapsed: Double

    /// Creates a progress report.
    public init(done: Int, total: Int, elapsed: Double) {
        self.done = done
        self.total = total
        self.elapsed = elapsed
    }

    /// Clients per second so far.
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }

    /// Estimated seconds left; `nil` before the first client is done.
    public var remaining: Double? { rate > 0 ? Double(total - done) / rate : nil }
}

/// What a batch did.
public struct BatchReport: Sendable {
    /// Every file written, sorted.
    public var written: [String]
    /// Clients whose sheets were made.
    public var sheets: Int
    /// Problems of client entries that were left out, in file order.
    public var problems: [Diagnostic]
    /// How many clients were left out.
    public var leftOut: Int
    /// Sheets that could not be drawn or written.
    public var failures: [RepSheetError]
    /// What the sheets' reader should know (a language without words of its own, a compact sheet
    /// on two pages), each once however many clients it concerns.
    public var warnings: [Diagnostic] = []
    /// Seconds the batch took.
    public var elapsed: Double

    /// Creates a report.
    public init(
        written: [String], sheets: Int, problems: [Diagnostic], leftOut: Int, failures: [RepSheetError], elapsed: Double
    ) {
        self.written = written
        self.sheets = sheets
        self.problems = problems
        self.leftOut = leftOut
        self.failures = failures
        self.elapsed = elapsed
    }

    /// Adds a sheet's warnings that are not listed yet.
    mutating func add(_ sheetWarnings: [Diagnostic]) {
        for warning in sheetWarnings where !warnings.contains(warning) { warnings.append(warning) }
    }

    /// Whether every client was made.
    public var isComplete: Bool { problems.isEmpty && leftOut == 0 && failures.isEmpty }

    /// The exit status for a command-line tool: 0, 65 when a client entry was bad, 73 when a file
    /// could not be written, the failure's status otherwise.
    public var exitCode: Int32 {
        if let failure = failures.first { return failure.exitCode }
        return problems.isEmpty && leftOut == 0 ? 0 : 65
    }

    /// "Wrote 98 sheets (98 files) in 2.4 s, 40.8 sheets/s; 2 clients left out."
    public var summary: String {
        let rate = elapsed > 0 ? Double(sheets) / elapsed : 0
        var line =
            "Wrote \(sheets) \(sheets == 1 ? "sheet" : "sheets") (\(written.count) \(written.count == 1 ? "file" : "files"))"
        line += " in \(Self.format(elapsed, digits: 1)) s, \(Self.format(rate, digits: 1)) sheets/s"
        if leftOut > 0 { line += "; \(leftOut) \(leftOut == 1 ? "client" : "clients") left out" }
        if !failures.isEmpty { line += "; \(failures.count) failed" }
        return line + "."
    }

    static func format(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
