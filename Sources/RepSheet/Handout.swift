import Foundation
import Layout
import Render
import Routine

/// Several sheets in one PDF: routines one after the other, each starting on a new page, each
/// followed by its log pages when it has `track:`, page numbers running through the whole handout
/// and one client name on every sheet.
///
/// ```swift
/// let handout = Handout(routines: [warmUp, strength], trackDays: 14)
/// let pdf = try maker.render(handout, options: SheetOptions(format: .pdf))
/// ```
public struct Handout: Sendable {
    /// The routines in the order they are printed.
    public var routines: [Routine]
    /// Log days for every routine (`--track DAYS`); `nil` keeps each routine's own `track:`.
    public var trackDays: Int?
    /// A write-in blank of this many numbered empty steps (`--blank N`) instead of the routines'
    /// steps: the first routine's header and notes, or empty lines for them without a routine.
    public var blankSteps: Int?
    /// A brand file for every sheet (`--brand FILE`); `nil` uses each routine's `brand:`.
    public var brand: String?

    /// Creates a handout.
    public init(routines: [Routine], trackDays: Int? = nil, blankSteps: Int? = nil, brand: String? = nil) {
        self.routines = routines
        self.trackDays = trackDays
        self.blankSteps = blankSteps
        self.brand = brand
    }

    /// The most routines one handout prints (a client's `routines:` and the batch's own routine
    /// included): each starts a sheet of its own, and a longer handout is no longer one.
    package static let maxRoutines = 20

    /// The words for a handout of `count` routines, more than `maxRoutines`.
    package static func tooManyRoutines(_ count: Int) -> String {
        "a handout takes at most \(maxRoutines) routines, and this one has \(count); make several handouts"
    }

    /// The most steps a blank has.
    public static let blankStepRange = 1...50

    /// The routine a blank prints around its empty steps when none is given: no title, no
    /// name, no date, only lines to write them on.
    package static let emptyRoutine = Routine(title: "", sections: [])

    /// The routines as printed: the first client name found on all of them, and the log days.
    var printedRoutines: [Routine] {
        let client = routines.lazy.compactMap(\.client).first
        return routines.map { routine in
            var routine = routine
            if client != nil { routine.client = client }
            if let trackDays { routine.track = Track(days: trackDays) }
            return routine
        }
    }
}

/// One sheet of a handout: a routine laid out with one layout.
struct HandoutPart {
    var routine: Routine
    var definition: LayoutDefinition
    /// Numbered empty steps instead of the routine's (a write-in blank).
    var blankSteps: Int? = nil
    /// A log after its routine's sheet: the sheet already prints the routine's notes and video
    /// codes, so the log leaves them out.
    var followsSheet = false
}

extension SheetMaker {
    /// The log days a layout accepts, as the tracker does.
    static let trackDays = 1...31

    /// The sheets of a handout in order: each routine in its layout, then its log in the tracker
    /// layout (same paper, the sheet's colours) when it has `track:` and its layout is not the tracker.
    /// - Throws: `RepSheetError` from the checks of each routine.
    func parts(of handout: Handout, options: SheetOptions) throws(RepSheetError) -> [HandoutPart] {
        guard handout.routines.count <= Handout.maxRoutines else {
            throw .usage(Handout.tooManyRoutines(handout.routines.count))
        }
        var parts: [HandoutPart] = []
        for routine in handout.printedRoutines {
            var definition = try check(routine, options: options)
            if let pageSize = options.pageSize, let size = PaperSize.parse(pageSize) {
                definition = definition.resized(to: size)
            }
            if let path = handout.brand ?? routine.brand ?? layoutBrand(definition, routine: routine, options: options)
            {
                definition = definition.branded(try loadBrand(path: path, options: options))
            }
            if let blank = handout.blankSteps {
                // One blank, around the first routine's header.
                return [HandoutPart(routine: routine, definition: definition, blankSteps: blank)]
            }
            parts.append(HandoutPart(routine: routine, definition: definition))
            guard Self.appendsLog(routine, to: definition.engine) else { continue }
            var log = try layoutDefinition(named: "tracker", for: routine)
            log = log.resized(to: definition.page.size)
            log.colors = definition.colors
            parts.append(HandoutPart(routine: routine, definition: log, followsSheet: true))
        }
        return parts
    }

    /// Lays a handout out as one sheet: its parts' pages in order, "Page N of M" through them all.
    /// - Throws: `RepSheetError` from the checks or the layouts.
    package func layout(_ handout: Handout, options: SheetOptions = SheetOptions()) throws(RepSheetError) -> Sheet {
        let parts = try parts(of: handout, options: options)
        guard let first = parts.first else { throw .usage("a handout needs at least one routine") }
        // Page counts first; then again with the numbers running through.
        let counts = parts.map { layoutPart($0, numbering: nil).pages.count }
        let total = counts.reduce(0, +)
        var pages: [Page] = []
        var warnings: [Diagnostic] = []
        for (index, part) in parts.enumerated() {
            let numbering = PageNumbering(pagesBefore: counts[..<index].reduce(0, +), total: total)
            let sheet = layoutPart(part, numbering: numbering)
            pages += sheet.pages
            warnings += sheet.warnings
        }
        var sheet = Sheet(
            pages: pages, title: first.routine.title, date: first.routine.date?.description,
            language: first.routine.language)
        sheet.warnings = warnings
        return sheet
    }

    /// Renders a handout: one PDF, or one PNG or SVG per page. The first routine's file travels
    /// with the PDF.
    /// - Throws: `RepSheetError` from the checks, layouts or drawing.
    public func render(_ handout: Handout, options: SheetOptions = SheetOptions()) throws(RepSheetError) -> [Data] {
        try make(handout, options: options).files
    }

    /// Lays out and renders a handout, with the warnings of its sheets.
    /// - Throws: `RepSheetError` from the checks, layouts or drawing.
    public func make(_ handout: Handout, options: SheetOptions = SheetOptions()) throws(RepSheetError) -> Rendering {
        guard let first = handout.printedRoutines.first else { throw .usage("a handout needs at least one routine") }
        let definition = try? layoutDefinition(named: options.layout, for: first)
        if handout.routines.count == 1, handout.blankSteps == nil, handout.brand == nil, first.brand == nil,
            definition?.brandFile == nil, !Self.appendsLog(first, to: definition?.engine)
        {
            // One sheet on its own: the usual way, which places picture problems at their line.
            return try make(first, options: options)
        }
        let sheet = try layout(handout, options: options)
        let pictures = try pictures(of: sheet)
        let files = try render(
            sheet, options: SheetMaker.withSource(of: first, options, world: world, pictures: pictures),
            pictures: pictures)
        return Rendering(sheet: sheet, files: files)
    }

    /// Reads and checks a brand file; its logo may be in its own folder or an allowed one.
    /// - Throws: `RepSheetError` naming the problem and its place in the brand file.
    package func loadBrand(path: String, options: SheetOptions = SheetOptions()) throws(RepSheetError) -> Brand {
        try BrandFile(path: path, access: fileAccess).load(
            format: options.format, dpi: options.dpi, fontsDirectory: resources.fontsDirectory)
    }

    /// The brand file a layout file names, made absolute against the layout file's folder.
    func layoutBrand(_ definition: LayoutDefinition, routine: Routine, options: SheetOptions) -> String? {
        guard let file = definition.brandFile, !file.isEmpty else { return nil }
        if file.hasPrefix("/") { return (file as NSString).standardizingPath }
        if let base = definition.brandBaseFolder {
            let folder =
                base.hasPrefix("/")
                ? base : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(base)
            return ((folder as NSString).appendingPathComponent(file) as NSString).standardizingPath
        }
        let choice = options.layout ?? routine.layout ?? ""
        let isPath = choice.contains("/") || [".yaml", ".yml"].contains { choice.lowercased().hasSuffix($0) }
        var folder = FileManager.default.currentDirectoryPath
        if isPath {
            var layoutPath = choice
            if options.layout == nil, !choice.hasPrefix("/"), let source = routine.source {
                layoutPath = (PathText.folder(of: source) as NSString).appendingPathComponent(choice)
            }
            folder = PathText.folder(of: layoutPath)
            if !folder.hasPrefix("/") {
                folder = (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(folder)
            }
        }
        return ((folder as NSString).appendingPathComponent(file) as NSString).standardizingPath
    }

    /// The layout's brand file when it lies outside the layout file's folder (and the allowed
    /// ones), as an error at the layout's `brand:` line; a layout, like a routine, reads only
    /// files in its own folder.
    func layoutBrandProblem(_ definition: LayoutDefinition, routine: Routine, options: SheetOptions) -> Diagnostic? {
        guard let file = definition.brandFile, let path = layoutBrand(definition, routine: routine, options: options)
        else { return nil }
        let base = definition.brandBaseFolder.map { $0.isEmpty ? "." : $0 } ?? FileManager.default.currentDirectoryPath
        guard !fileAccess.permits(path, baseDirectory: base) else { return nil }
        return Diagnostic(
            .error,
            "brand \"\(TextEscaping.excerpt(file))\" is outside the layout file's folder; a layout may name only "
                + "files in its own folder; allow another folder with --allow-path DIR",
            at: definition.brandFileLocation)
    }

    /// Whether `routine` gets log pages after its sheet: it has `track:` and its layout's engine
    /// is not the tracker's.
    static func appendsLog(_ routine: Routine, to engine: LayoutDefinition.Engine?) -> Bool {
        routine.track != nil && engine != .tracker
    }

    /// One part laid out in its routine's language and direction (the engine mirrors it); a log
    /// after its sheet leaves out the routine's notes and video codes, which the sheet prints.
    private func layoutPart(_ part: HandoutPart, numbering: PageNumbering?) -> Sheet {
        var routine = part.routine
        if part.followsSheet { routine.notes = [] }
        var engine = engine(part.definition, for: routine, videoCodes: !part.followsSheet)
        engine.numbering = numbering
        return part.blankSteps.map { engine.layoutBlank(routine, steps: $0) } ?? engine.layout(routine)
    }
}

extension SheetMaker {
    /// A finished PDF imposed as a booklet: two pages a side on Letter (A4 for A5 pages)
    /// landscape, in booklet order, padded to a multiple of 4 pages.
    /// - Throws: `RepSheetError.render` when the PDF cannot be read.
    public static func booklet(_ pdf: Data) throws(RepSheetError) -> Data {
        do { return try Booklet.impose(pdf) } catch { throw .render(error) }
    }
}
