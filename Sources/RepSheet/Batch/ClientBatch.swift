import Foundation
import Layout
import Render
import Routine

/// Makes a personal copy of one routine for each of many clients, in parallel on every core.
///
/// Each worker has its own fonts and Pango context (Pango objects must not be shared between
/// threads), created once per run; layouts are loaded once per run. Each client's files are written
/// under a temporary name and renamed, so stopping the process at any moment leaves only complete
/// files. The same input gives byte-identical files.
///
/// ```swift
/// let batch = ClientBatch(routine: routine, clients: file.clients, output: .files(directory: "out"))
/// let report = try await batch.run()
/// print(report.summary)
/// ```
public struct ClientBatch: Sendable {
    /// The routine every copy starts from.
    public var routine: Routine
    /// Which dose keys each step wrote itself, so client `defaults` change only inherited values.
    public var origins: DoseOrigins?
    /// The clients, in order; their files are named in this order (`jane-doe`, `jane-doe-2`).
    public var clients: [Client]
    /// Format, resolution and layout for every sheet (a client's own layout wins).
    public var options: SheetOptions
    /// Files per client, or one merged PDF.
    public var output: BatchOutput
    /// Sheets made at the same time; the number of cores by default.
    public var jobs: Int
    /// Where pictures, the environment and the cache folder come from; the disk by default.
    public var world: any World = DiskWorld()
    /// Where the clients come from when they are read as the batch goes (`clients` is then
    /// empty): sheets are planned and made a part of the list at a time, so the first sheet is
    /// written before the list is read to its end and memory does not grow with its length. The
    /// stream's problems and left-out entries are in the report.
    public var stream: ClientStream?

    /// Creates a batch.
    /// - Parameters:
    ///   - routine: The routine every copy starts from.
    ///   - origins: Read from `routine.source` when `nil`.
    ///   - clients: The clients in order.
    ///   - options: Format, resolution and layout.
    ///   - output: Files per client, or one merged PDF.
    ///   - jobs: Sheets made at the same time; the number of active cores when `nil`.
    public init(
        routine: Routine, origins: DoseOrigins? = nil, clients: [Client], options: SheetOptions = SheetOptions(),
        output: BatchOutput, jobs: Int? = nil
    ) {
        self.routine = routine
        self.origins = origins ?? DoseOrigins(routine: routine)
        self.clients = clients
        self.options = options
        self.output = output
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Creates a batch whose clients are read from `stream` as the sheets are made.
    /// - Parameters:
    ///   - routine: The routine every copy starts from.
    ///   - stream: The clients, in order, read a part at a time.
    ///   - options: Format, resolution and layout.
    ///   - output: Files per client, or one merged PDF.
    ///   - jobs: Sheets made at the same time; the number of active cores when `nil`.
    public init(
        routine: Routine, stream: ClientStream, options: SheetOptions = SheetOptions(), output: BatchOutput,
        jobs: Int? = nil
    ) {
        self.init(routine: routine, clients: [], options: options, output: output, jobs: jobs)
        self.stream = stream
    }

    /// How many clients of a stream are planned at a time: enough to keep every worker busy.
    var streamWindow: Int { max(64, 16 * jobs) }

    /// The next part of the clients to plan: all of `clients` once, or the next
    /// `streamWindow` clients of `stream`; `nil` when there are no more.
    private func nextClients(first: Bool) -> [Client]? {
        guard let stream else { return first ? clients : nil }
        var part: [Client] = []
        while part.count < streamWindow, let client = stream.next() { part.append(client) }
        return part.isEmpty && !first ? nil : part
    }

    /// Makes every client's sheet.
    ///
    /// A client whose entry does not fit the routine (a step it does not have) is left out and
    /// reported in `BatchReport.problems`; a sheet that cannot be written is in `failures`; the
    /// others are written.
    /// - Parameters:
    ///   - resources: Fonts and layouts; found with `Resources.locate()` when `nil`.
    ///   - progress: Called after each client, one call at a time.
    /// - Throws: `RepSheetError` when nothing can be made: no fonts, the shared layout is invalid,
    ///   the output folder cannot be created, or the merged PDF cannot be written.
    public func run(resources: Resources? = nil, progress: (@Sendable (BatchProgress) -> Void)? = nil)
        async throws(RepSheetError)
        -> BatchReport
    {
        let start = ContinuousClock.now
        let found: Resources
        if let resources { found = resources } else { found = try Resources.locate(environment: world.environment) }
        // One maker per worker: each has its own font map and Pango context.
        var workers = [try SheetMaker(resources: found, world: world)]
        // The routine's pictures, decoded and drawn once in a caged child for every client: a
        // picture that fails there fails every sheet, and none is drawn in this process.
        let (pictures, problems) = SheetChecks.imageProblems(
            in: routine, format: options.format, dpi: options.dpi, fontsDirectory: found.fontsDirectory,
            world: workers[0].world)
        let pictureProblem = RenderError.combined(problems.map { .badImage($0) })
        let merging: Bool
        if case .merged = output { merging = true } else { merging = false }
        let options = self.options
        var report = BatchReport(written: [], sheets: 0, problems: [], leftOut: 0, failures: [], elapsed: 0)
        var sheets: [Sheet] = []
        var sources: [FinishingPass.Attachment] = []
        var namer = FileSlug.Namer()
        var done = 0
        var planned = 0
        var mergedPages = 0
        var first = true
        // A list held in memory is planned at once; a stream a window at a time, the same way.
        while let part = nextClients(first: first) {
            var window = self
            window.clients = part
            let plan = try BatchPlan(batch: window, maker: workers[0], namer: &namer, prepareFolder: first)
            first = false
            report.problems += plan.problems
            report.leftOut += plan.leftOut
            planned += plan.jobs.count
            // Every sheet of a merged PDF is held until the PDF is written: memory grows with them.
            // A list clearly too long (an estimate for CSV, read a part at a time) stops at once.
            let estimate = stream?.estimatedTotal ?? 0
            if merging, planned > Self.maxMergedSheets || estimate > Self.maxMergedSheets * 6 / 5 {
                throw .usage(Self.tooManyToMerge)
            }
            let count = pictureProblem == nil ? plan.jobs.count : 0
            while workers.count < min(jobs, count) { workers.append(try SheetMaker(resources: found, world: world)) }
            // Workers on several threads find the Cairo faces made here, one library at a time,
            // and never make one at the same moment (see `FontLibrary.anchorFaces()`).
            if workers.count > 1 { workers.forEach { $0.fonts.anchorFaces() } }
            let total = planned + max(0, (stream?.estimatedTotal ?? 0) - (stream?.count ?? 0))
            var outcomes = [BatchOutcome?](repeating: nil, count: count)
            await withTaskGroup(of: (Int, Int, BatchOutcome).self) { group in
                var idle = Array(workers.indices.reversed())
                var next = 0
                func elapsed() -> Double { Self.seconds(ContinuousClock.now - start) }
                /// Starts the next client's sheet of this window on `worker`.
                func startNext(on worker: Int) {
                    let maker = workers[worker]
                    let index = next
                    group.addTask {
                        (
                            index, worker,
                            plan.make(index, with: maker, options: options, pictures: pictures, keepSheet: merging)
                        )
                    }
                    next += 1
                }
                while next < count, let worker = idle.popLast() { startNext(on: worker) }
                for await (index, worker, outcome) in group {
                    outcomes[index] = outcome
                    done += 1
                    progress?(BatchProgress(done: done, total: max(total, done), elapsed: elapsed()))
                    if next < count, !Task.isCancelled { startNext(on: worker) }
                }
            }
            if let pictureProblem {
                outcomes = Array(repeating: .failed(.render(pictureProblem)), count: plan.jobs.count)
            }
            for outcome in outcomes {
                switch outcome {
                case .written(let paths, let warnings)?:
                    report.written.append(contentsOf: paths)
                    report.sheets += 1
                    report.add(warnings)
                case .laidOut(let sheet, let carried)?:
                    mergedPages += sheet.pages.count
                    guard mergedPages <= Self.maxMergedPages else { throw .usage(Self.tooManyPagesToMerge) }
                    sheets.append(sheet)
                    sources += carried
                    report.sheets += 1
                    report.add(sheet.warnings)
                case .failed(let error)?: report.failures.append(error)
                case nil: break
                }
            }
            if Task.isCancelled { break }
        }
        if let stream {
            report.problems += stream.problems
            report.leftOut += stream.leftOut
        }
        report.problems.sort {
            ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
        }
        if case .merged(let path, let duplex) = output, !sheets.isEmpty, let maker = workers.first {
            let merged = SheetMerger.merge(
                sheets, duplex: duplex, title: routine.title, date: routine.date?.description,
                language: routine.language)
            var pdf = options
            pdf.format = .pdf
            // Each client's routine travels in the merged PDF, then the routine's pictures once.
            pdf.source = nil
            pdf.moreSources = Self.uniquelyNamed(sources) + routine.pictureAttachments(pictures)
            let data = try maker.render(merged, options: pdf, pictures: pictures)
            try AtomicWriter.write([(path: path, data: data[0])])
            report.written = [path]
        }
        report.written.sort()
        report.elapsed = Self.seconds(ContinuousClock.now - start)
        return report
    }

    /// The most clients one merged PDF holds: their sheets stay in memory until it is written
    /// (about 0.4 MB each; 1,000 clients peak near 400 MB).
    package static let maxMergedSheets = 1_000

    /// The most pages one merged PDF holds: a client's handout of several routines is several
    /// sheets' worth.
    package static let maxMergedPages = 2_500

    static let tooManyPagesToMerge =
        "--merge puts at most \(maxMergedPages) pages in one PDF, and these clients' sheets have more; write a file "
        + "per client with --out-dir, or split the list"

    static let tooManyToMerge =
        "--merge puts at most \(maxMergedSheets) clients in one PDF, and this list has more; write a file per "
        + "client with --out-dir, or split the list"

    /// The attachments with a name met before numbered ("jane-doe-2.yaml"), so none hides another.
    static func uniquelyNamed(_ files: [FinishingPass.Attachment]) -> [FinishingPass.Attachment] {
        var used = Set<String>()
        return files.map { file in
            var file = file
            let stem = (file.name as NSString).deletingPathExtension
            let ext = (file.name as NSString).pathExtension
            var number = 2
            while !used.insert(file.name).inserted {
                file.name = stem + "-\(number)" + (ext.isEmpty ? "" : "." + ext)
                number += 1
            }
            return file
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
