import Foundation
import RepSheet

/// The server's work on routines, run under the render gate: validate, preview, render.
///
/// Each runs as `repsheet validate` and `repsheet render` do with a file of the start folder: the
/// same loader (bytes that are not UTF-8 are refused), the routine's `brand:` or its layout's,
/// and the same checks.
struct Workbench: Sendable {
    /// The start folder: `image:` and `layout:` paths resolve only inside it.
    let folder: String
    /// The most pages a preview carries.
    var previewPageLimit = 20
    /// The most bytes of SVG a preview carries; pages past it are left out, with a warning.
    var previewByteLimit = 8 << 20

    /// The checks of `repsheet validate`, as a report.
    func validate(_ request: RoutineRequest, maker: SheetMaker) -> ValidationReport {
        do {
            let routine = try request.load(maker: maker, folder: folder)
            try request.serving(on: maker, folder: folder) {
                try maker.check(routine, options: request.options)
                if let brand = routine.brand { _ = try maker.loadBrand(path: brand, options: request.options) }
            }
            return ValidationReport(
                ok: true, diagnostics: [], warnings: maker.warnings(for: routine).map(\.description))
        } catch {
            return ValidationReport(ok: false, diagnostics: DiagnosticItem.parse("\(error)"), warnings: [])
        }
    }

    /// The first pages as SVG (at most `previewPageLimit`, and `previewByteLimit` bytes), or the
    /// problems; gives up at `deadline` between its steps.
    func preview(_ request: RoutineRequest, maker: SheetMaker, deadline: ContinuousClock.Instant) throws
        -> PreviewReport
    {
        let start = ContinuousClock.now
        var options = request.options
        options.format = .svg
        let document = DocumentTree.json(from: request.text)
        let routine: Routine
        do {
            routine = try request.load(maker: maker, folder: folder)
            try request.serving(on: maker, folder: folder) {
                try maker.check(routine, options: options)
                if let brand = routine.brand { _ = try maker.loadBrand(path: brand, options: options) }
            }
        } catch {
            return PreviewReport(
                ok: false, diagnostics: DiagnosticItem.parse("\(error)"), warnings: [], pages: [],
                milliseconds: Self.milliseconds(since: start), document: document)
        }
        let checked = Self.milliseconds(since: start)
        try Self.stop(at: deadline)
        let sheet = try request.serving(on: maker, folder: folder) {
            try maker.layout(Handout(routines: [routine]), options: options)
        }
        let laidOut = Self.milliseconds(since: start)
        var warnings = maker.warnings(for: routine).map(\.description)
        var pages: [String] = []
        var bytes = 0
        for page in sheet.pages.prefix(previewPageLimit) {
            try Self.stop(at: deadline)
            var one = sheet
            one.pages = [page]
            let svg = try maker.render(one, options: options).first.map { String(decoding: $0, as: UTF8.self) } ?? ""
            if !pages.isEmpty, bytes + svg.utf8.count > previewByteLimit { break }
            bytes += svg.utf8.count
            pages.append(svg)
        }
        if pages.count < sheet.pages.count {
            warnings.append(
                "the preview shows the first \(pages.count) of \(sheet.pages.count) pages; download the PDF for all")
        }
        let texts = sheet.pages.prefix(pages.count).map { $0.texts.joined(separator: " ") }
        var report = PreviewReport(
            ok: true, diagnostics: [], warnings: warnings, pages: pages, texts: texts,
            milliseconds: Self.milliseconds(since: start), document: document)
        report.pageCount = sheet.pages.count
        report.phases = [
            "check": checked, "layout": laidOut - checked, "draw": report.milliseconds - laidOut,
        ]
        return report
    }

    /// The rendered bytes: one PDF, or one page image per page.
    func render(_ request: RoutineRequest, maker: SheetMaker, deadline: ContinuousClock.Instant) throws
        -> [Data]
    {
        let routine = try request.load(maker: maker, folder: folder)
        try Self.stop(at: deadline)
        return try request.serving(on: maker, folder: folder) {
            try maker.make(Handout(routines: [routine]), options: request.options).files
        }
    }

    /// Throws `timedOut` once the deadline has passed.
    static func stop(at deadline: ContinuousClock.Instant) throws {
        if ContinuousClock.now >= deadline { throw RenderRefusal.timedOut }
    }

    /// Milliseconds from `start` to now.
    static func milliseconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }
}
