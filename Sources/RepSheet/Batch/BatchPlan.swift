import Foundation
import Layout
import Render
import Routine

/// A batch worked out before any drawing: each client's layout and file names, and which
/// clients are left out. A client's routine is made again when its sheet is made, so a long
/// client list holds one routine at a time per worker, not one per client.
struct BatchPlan: Sendable {
    /// The sheets to make, in client order.
    private(set) var jobs: [BatchJob] = []
    /// The routine every client starts from.
    let routine: Routine
    /// Where the routine's doses come from, for applying clients.
    let origins: DoseOrigins?
    /// The layouts the jobs use, each once.
    private(set) var definitions: [LayoutDefinition] = []
    /// Clients left out, with why.
    private(set) var problems: [Diagnostic] = []
    /// How many clients were left out.
    private(set) var leftOut = 0

    /// Applies every client, loads each layout once (with `maker`) and names the files.
    /// - Parameters:
    ///   - namer: The file names handed out so far, for a batch planned a part at a time.
    ///   - prepareFolder: Whether to create the output folder and sweep it (the first part only).
    /// - Throws: `RepSheetError` when the layout every client shares cannot be loaded, or the
    ///   output folder cannot be created.
    init(
        batch: ClientBatch, maker: SheetMaker, namer: inout FileSlug.Namer, prepareFolder: Bool = true
    ) throws(RepSheetError) {
        routine = batch.routine
        origins = batch.origins
        var prepared: [(client: Client, routine: Routine)] = []
        for client in batch.clients {
            do {
                // Applied to check it; kept only while the client has a layout of its own to load.
                let applied = try client.applied(to: batch.routine, origins: batch.origins)
                prepared.append((client, client.layout == nil ? batch.routine : applied))
            } catch {
                problems.append(contentsOf: error.diagnostics)
                leftOut += 1
            }
        }
        // Layouts, each loaded once: the shared one must load; a client's own is that client's problem.
        let shared = try maker.layoutDefinition(named: batch.options.layout, for: batch.routine)
        definitions = [shared]
        var ownLayouts: [String: Result<Int, RepSheetError>] = [:]
        var accepted: [(client: Client, definition: Int)] = []
        for entry in prepared {
            guard let own = entry.client.layout else {
                accepted.append((entry.client, 0))
                continue
            }
            let result: Result<Int, RepSheetError>
            if let known = ownLayouts[own] {
                result = known
            } else {
                do {
                    definitions.append(try maker.layoutDefinition(named: own, for: entry.routine))
                    result = .success(definitions.count - 1)
                } catch {
                    result = .failure(error)
                }
            }
            ownLayouts[own] = result
            switch result {
            case .success(let definition): accepted.append((entry.client, definition))
            case .failure(let error):
                let reasons = error.diagnostics
                let message = ClientMessages.layoutProblem(
                    reasons.map { ($0.location.map { "\($0): " } ?? "") + $0.summary }.joined(separator: "; "))
                problems.append(Diagnostic(.error, message, at: entry.client.location))
                leftOut += 1
            }
        }
        problems.sort {
            ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
        }
        let slugs = accepted.map { namer.slug(for: $0.client.name) }
        if case .files(let directory) = batch.output, prepareFolder {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                StaleTemporaries.remove(in: directory)
            } catch {
                throw .cannotWrite(path: directory, reason: "the folder cannot be created")
            }
        }
        for (entry, slug) in zip(accepted, slugs) {
            var base: String?
            if case .files(let directory) = batch.output { base = (directory as NSString).appendingPathComponent(slug) }
            jobs.append(BatchJob(client: entry.client, definition: entry.definition, base: base))
        }
    }

    /// Makes the sheet of job `index` with `maker`: the client's routine is applied again here.
    /// `pictures` are the routine's, read and checked once for every client.
    func make(_ index: Int, with maker: SheetMaker, options: SheetOptions, pictures: Pictures, keepSheet: Bool)
        -> BatchOutcome
    {
        let job = jobs[index]
        let applied: Routine
        do {
            applied = try job.client.applied(to: routine, origins: origins)
        } catch {
            // Checked when planning; cannot fail differently now.
            return .failed(.usage(String(describing: error)))
        }
        return job.make(
            routine: applied, definition: definitions[job.definition], with: maker,
            options: job.client.withSource(
                of: routine, applied: applied, options, world: maker.world, pictures: pictures),
            pictures: pictures,
            keepSheet: keepSheet)
    }
}

/// One client's sheet to make.
struct BatchJob: Sendable {
    /// The client, applied to the routine when the sheet is made.
    let client: Client
    /// The index of the client's layout in `BatchPlan.definitions`.
    let definition: Int
    /// The output path without page number and extension; `nil` when the sheet is merged.
    let base: String?
    /// Where the client's entry is in the client file, for problems with its own text.
    var clientLocation: SourceLocation? { client.location }

    /// Lays out the sheet of `routine` (the client's) with `maker`'s fonts, as a single sheet is
    /// (`SheetMaker.make`), then writes it, or keeps it for merging.
    func make(
        routine: Routine, definition: LayoutDefinition, with maker: SheetMaker, options: SheetOptions,
        pictures: Pictures, keepSheet: Bool
    ) -> BatchOutcome {
        do {
            let draw = !keepSheet && base != nil
            let made: Rendering
            if SheetMaker.needsHandout(routine, client: client, definition: definition) {
                let sheet = try maker.clientHandout(routine, client: client, options: options)
                // The routine's pictures were read once for the batch; the client's other routines' are read here.
                let files =
                    draw
                    ? try maker.render(sheet, options: options, pictures: maker.pictures(of: sheet, known: pictures))
                    : []
                made = Rendering(sheet: sheet, files: files)
            } else {
                made = try maker.make(
                    routine, definition: definition, options: options, pictures: pictures, origin: clientLocation,
                    draw: draw)
            }
            guard draw, let base else { return .laidOut(made.sheet, sources: options.source.map { [$0] } ?? []) }
            let paths = FileSlug.pagePaths(base: base, format: options.format, pageCount: made.files.count)
            try AtomicWriter.write(Array(zip(paths, made.files)).map { (path: $0.0, data: $0.1) })
            return .written(paths, warnings: made.warnings)
        } catch {
            return .failed(error)
        }
    }
}

/// What became of one client's sheet.
enum BatchOutcome: Sendable {
    case written([String], warnings: [Diagnostic])
    /// A sheet kept for a merged PDF, with the client's routine it carries.
    case laidOut(Sheet, sources: [FinishingPass.Attachment])
    case failed(RepSheetError)
}
