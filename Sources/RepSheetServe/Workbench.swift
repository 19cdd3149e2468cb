import Foundation
import RepSheet

/// The server's work on routines, run under the render gate: validate, preview, render.
struct Workbench: Sendable {
    /// The start folder: `image:` and `layout:` paths resolve only inside it.
    let folder: String

    /// The checks of `repsheet validate`, as a report.
    func validate(_ request: RoutineRequest, maker: SheetMaker) -> ValidationReport {
        do {
            let routine = try request.load(maker: maker, folder: folder)
            try maker.check(routine, options: request.options)
            return ValidationReport(
                ok: true, diagnostics: [], warnings: maker.warnings(for: routine).map(\.description))
        } catch {
            return ValidationReport(ok: false, diagnostics: DiagnosticItem.parse(error.description), warnings: [])
        }
    }

    /// Every page as SVG, or the problems; gives up at `deadline` between its steps.
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
            try maker.check(routine, options: options)
        } catch {
            return PreviewReport(
                ok: false, diagnostics: DiagnosticItem.parse(error.description), warnings: [], pages: [],
                milliseconds: Self.milliseconds(since: start), document: document)
        }
        let checked = Self.milliseconds(since: start)
        try Self.stop(at: deadline)
        let sheet = try maker.layout(routine, options: options)
        let laidOut = Self.milliseconds(since: start)
        try Self.stop(at: deadline)
        let pages = try maker.render(sheet, options: options).map { String(decoding: $0, as: UTF8.self) }
        let texts = sheet.pages.map { $0.texts.joined(separator: " ") }
        var report = PreviewReport(
            ok: true, diagnostics: [], warnings: maker.warnings(for: routine).map(\.description), pages: pages,
            texts: texts,
            milliseconds: Self.milliseconds(since: start), document: document)
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
        return try maker.render(routine, options: request.renderOptions)
    }

    /// Throws `timedOut` once the deadline has passed.
    static func stop(at deadline: ContinuousClock.Instant) throws {
        if ContinuousClock.now >= deadline { throw RenderGate.Refusal.timedOut }
    }

    /// Milliseconds from `start` to now.
    static func milliseconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }
}
