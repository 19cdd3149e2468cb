import ArgumentParser
import Foundation
import RepSheet

/// `repsheet render`: lays out and draws a routine.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a routine to PDF, PNG or SVG.",
        discussion: """
            ROUTINE is a .yaml, .yml or .json file, - for standard input, or the name of a built-in \
            example (see `repsheet examples`). Without -o the output is <routine-name>.pdf in the \
            working directory. PNG and SVG write one file per page: <name>-1.png, <name>-2.png, … \
            -o - writes the PDF (or a one-page image) to standard output.

            With --clients FILE (CSV or YAML) it makes one sheet per client, in parallel: \
            <out-dir>/<client-name>.pdf, or one PDF with --merge. A bad client entry is reported \
            as FILE:LINE:COLUMN: error: … and left out; the others are written; exit status 65 then.
            """
    )

    @Argument(help: "The routine file, or a built-in example's name; several make one handout.")
    var routines: [String] = []

    /// The first routine: the one a client batch copies and the output is named after.
    var routine: String { routines.first ?? "routine" }

    @OptionGroup var out: OutputOptions
    @OptionGroup var look: LookOptions
    @Flag(help: "Outline every placed item, to check the layout.")
    var debugBoxes = false
    @OptionGroup var text: TextOptions
    @OptionGroup(title: "Clients") var clients: ClientOptions
    @OptionGroup var access: AccessOptions
    @OptionGroup(title: "Handouts") var handout: HandoutOptions
    @OptionGroup(title: "Plans and reminders") var plan: PlanOptions

    @Flag(
        help:
            "Leave the routine and its pictures out of the PDF (by default they travel with the sheet, client's name included)."
    )
    var noSource = false

    func validate() throws {
        if routines.isEmpty, handout.blank == nil {
            throw ValidationError("Missing expected argument '<routines> ...'")
        }
        if handout.booklet, try out.resolvedFormat() != .pdf {
            throw ValidationError("--booklet writes a PDF; leave out --format, or write to a .pdf file")
        }
        if routines.count > Handout.maxRoutines { throw ValidationError(Handout.tooManyRoutines(routines.count)) }
        if routines.count > 1, clients.clients != nil {
            throw ValidationError("--clients copies one routine; give one ROUTINE (a client's `routines:` adds others)")
        }
        try handout.validate(clients: clients)
    }

    func run() throws {
        var options = SheetOptions(
            format: try out.resolvedFormat(), dpi: out.dpi, layout: look.layout, debugBoxes: debugBoxes)
        options.pageSize = look.pageSize
        options.allowMissingGlyphs = text.allowMissingGlyphs
        options.includeSource = !noSource
        try plan.checkSingleSheet(clients: clients.clients)
        if let batch = try clients.batch(
            routine: self.routine, output: out.output, options: options, allowedFolders: access.allowPath)
        {
            // A merged batch as a booklet: imposed once every client's handout is in it.
            guard handout.booklet, let merged = clients.merge else { return try batch.run() }
            var stopped: Error?
            do { try batch.run() } catch { stopped = error }
            try HandoutOptions.impose(merged)
            if let stopped { throw stopped }
            return
        }
        do {
            let maker = try access.maker()
            var loaded: [Routine] =
                handout.blank != nil && routines.isEmpty ? [clients.applied(to: Handout.emptyRoutine)] : []
            for path in routines {
                loaded.append(plan.applied(to: clients.applied(to: try maker.loadRoutine(path: path))))
            }
            // The calendar, like the output's name, follows the first routine.
            let routine = loaded[0]
            let base = outputBase()
            var calendar: (path: String, data: Data)?
            switch plan.calendarFile(for: routine, base: base) {
            case .failure(let error):
                printError("\(self.routine): error: \(PlanOptions.renderMessage(error))")
                throw ExitCode(65)
            case .success(let file): calendar = file
            case nil: break
            }
            let made = try maker.make(
                Handout(routines: loaded, trackDays: handout.track, blankSteps: handout.blank, brand: handout.brand),
                options: options)
            for warning in made.warnings { printError(warning.description) }
            var pages = made.files
            if handout.booklet {
                pages = try pages.map { page throws(RepSheetError) in try SheetMaker.booklet(page) }
            }
            let paths = SheetMaker.outputPaths(base: base, format: options.format, pageCount: pages.count)
            let files = Array(zip(paths, pages)).map { (path: $0.0, data: $0.1) } + (calendar.map { [$0] } ?? [])
            if let stream = StreamedOutput(output: out.output) { return try stream.write(files) }
            try AtomicWriter.write(files)
            for file in files { print(file.path) }
            let leftovers = SheetMaker.leftoverPages(after: paths, format: options.format)
            if let warning = SheetMaker.leftoverPagesWarning(leftovers, pages: pages.count) { printError(warning) }
        } catch let error as RepSheetError {
            throw fail(error.namingOptions(client: clients.client, provider: clients.provider))
        }
    }

    /// `-o OUT`, or `<routine-name>` (`OutputOptions.base`).
    private func outputBase() -> String { out.base(defaultName: defaultBase()) }

    private func defaultBase() -> String {
        if routines.isEmpty { return "blank" }
        let name =
            routine == "-" ? "routine" : ((routine as NSString).lastPathComponent as NSString).deletingPathExtension
        return name.isEmpty ? "routine" : name
    }
}
