import Foundation
import RepSheet
import XCTest

/// The tracker picks the row heights that take the fewest pages and fill them: tighter rows to
/// save a page, looser rows or the notes under the header to fill a page it takes anyway.
final class TrackerPagesTests: XCTestCase {
    private func trackerSheet(_ name: String, size: String) throws -> (Sheet, Routine) {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: CorpusTests.corpus(name))
        var options = SheetOptions(format: .pdf, layout: "tracker")
        options.pageSize = size
        return (try maker.layout(routine, options: options), routine)
    }

    /// Five short steps, two of them each side, and a one-line note: on half-letter the log as
    /// written takes a page and a few millimetres, so its rows and boxes tighten onto one page
    /// (boxes no smaller than the least a tracker box may be); on Letter it fits as written.
    func testAFewMillimetresTooTallTightensItsRowsOntoOnePage() throws {
        let (half, routine) = try trackerSheet("five-short-steps", size: "5.5in x 8.5in")
        XCTAssertEqual(half.pages.count, 1)
        let boxes = half.pages.flatMap(\.checkboxes)
        let days = routine.track?.days ?? 7
        let rows = routine.allSteps.map { $0.dose.sides == .none ? 1 : 2 }.reduce(0, +)
        XCTAssertEqual(boxes.count, rows * days)
        let smallest = try XCTUnwrap(boxes.map(\.frame.width).min())
        XCTAssertGreaterThanOrEqual(smallest.points, 4 / 25.4 * 72 - 0.01, "boxes no smaller than 4 mm")
        let (letter, _) = try trackerSheet("five-short-steps", size: "letter")
        XCTAssertEqual(letter.pages.count, 1)
    }

    /// A staged routine with a 14-day log appended to its classic sheet, whose weeks are each a
    /// little too tall for a page: one week a page would leave a page of one row, the pain row
    /// and Notes behind every week (more pages, several of them under a quarter full). The weeks run
    /// on instead, each under its own week's day headings, and no page but the last is sparse.
    func testWeeksALittleTooTallForAPageRunOn() throws {
        try XCTSkipIf(
            !FileManager.default.fileExists(atPath: "/usr/bin/pdftoppm"), "poppler-utils is not installed")
        let path = Tool.packageRoot.appendingPathComponent("Tests/RenderTests/Fixtures/knee-rehab-log.yaml").path
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("log.pdf")
        let render = try Tool.run(Tool.repsheet, ["render", path, "-o", file.path])
        XCTAssertEqual(render.status, 0, render.stderr)
        let fills = try PageInk.fills(ofPDF: file)
        XCTAssertEqual(fills.count, 14, "\(fills)")
        XCTAssertEqual(fills.dropLast().filter { $0 < 0.70 }.count, 0, "sparse pages: \(fills)")
        // Every week of the log is there, under its headings, in order.
        let text = try Tool.run("pdftotext", ["-layout", file.path, "-"]).stdout
        var searchFrom = text.startIndex
        for week in 1...7 {
            let found = try XCTUnwrap(text.range(of: "Week \(week)", range: searchFrom..<text.endIndex), "week \(week)")
            searchFrom = found.upperBound
        }
    }

    /// A five-week plan with a 14-day `track:`: the tracker prints every week of the plan, and its
    /// heading says so ("Log for 35 days"), not the 14 days the routine asked for.
    func testAPlansLogIsHeadedWithTheDaysItPrints() throws {
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let routine = folder.appendingPathComponent("plan.yaml")
        try """
        title: Bridges
        date: 2026-02-28
        weeks: [1, 2, 3, 3, 3]
        track: {days: 14}
        steps:
          - name: Bridge
            reps: 5
            progress:
              - name: Small bridge
              - name: Full bridge
                reps: 10
        """.write(to: routine, atomically: true, encoding: .utf8)
        let file = folder.appendingPathComponent("log.pdf")
        let render = try Tool.run(Tool.repsheet, ["render", routine.path, "--layout", "tracker", "-o", file.path])
        XCTAssertEqual(render.status, 0, render.stderr)
        let text = try Tool.run("pdftotext", ["-layout", file.path, "-"]).stdout
        XCTAssertTrue(text.contains("Log for 35 days"), text)
        XCTAssertFalse(text.contains("Log for 14 days"), text)
        XCTAssertTrue(text.contains("Week 5"), text)
        XCTAssertTrue(text.contains("Apr 3"), "the fifth week's last day: \(text)")
    }

    /// A shoulder programme with progressions on half-letter: its first week is a little too tall
    /// for a page and its second leaves a page half full; the weeks run on rather than leave it.
    func testAWeekLeavingAPageHalfFullRunsOnIntoTheNext() throws {
        try XCTSkipIf(
            !FileManager.default.fileExists(atPath: "/usr/bin/pdftoppm"), "poppler-utils is not installed")
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("log.pdf")
        let render = try Tool.run(
            Tool.repsheet,
            [
                "render", CorpusTests.corpus("shoulder-post-op"), "--layout", "tracker", "--page-size", "half-letter",
                "-o", file.path,
            ])
        XCTAssertEqual(render.status, 0, render.stderr)
        let fills = try PageInk.fills(ofPDF: file)
        XCTAssertEqual(fills.dropLast().filter { $0 < 0.70 }.count, 0, "sparse pages: \(fills)")
    }

    /// Two steps under five long notes (a sweep's pelvic-floor handout): on every paper the log
    /// stays whole on one page, never a row on each: the notes stand under the header, on a page
    /// of their own when the log cannot follow them whole.
    func testATwoStepLogUnderLongNotesIsNeverCutInTwo() throws {
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let note = String(
            repeating: "Training improves the muscles, but it takes at least three months to work. ", count: 4)
        let notes = (1...5).map { "  - NOTE-\($0) \(note)" }.joined(separator: "\n")
        let yaml = """
            title: Pelvic floor
            steps:
              - name: Long squeeze
                hold: 10s
                reps: 10
              - name: Quick squeeze
                reps: 10
                sets: 3
            notes:
            \(notes)
            """
        let file = folder.appendingPathComponent("pelvic.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: file.path)
        for size in ["letter", "a4", "a5", "5.5in x 8.5in"] {
            var options = SheetOptions(format: .pdf, layout: "tracker")
            options.pageSize = size
            let sheet = try maker.layout(routine, options: options)
            let logged = sheet.pages.indices.filter { !sheet.pages[$0].checkboxes.isEmpty }
            XCTAssertEqual(logged.count, 1, "\(size): the log on one page, not \(logged)")
            let texts = sheet.pages.map { page in Tool.normalized(page.textRuns.map(\.text).joined(separator: " ")) }
            for index in 1...5 {
                XCTAssertEqual(texts.filter { $0.contains("NOTE-\(index) ") }.count, 1, "\(size): note \(index) once")
            }
        }
    }

    /// Three steps and four paragraphs of notes on half-letter: the notes cannot follow the last
    /// step without leaving the page before half empty, so they stand under the header. Every
    /// page holds step rows, each row whole (seven boxes to a row, both sides of a step together).
    func testLongNotesMoveUnderTheHeaderRatherThanLeaveAPageHalfEmpty() throws {
        let (sheet, routine) = try trackerSheet("long-notes", size: "5.5in x 8.5in")
        XCTAssertEqual(sheet.pages.count, 2)
        let texts = sheet.pages.map { page in page.textRuns.map(\.text).joined(separator: " ") }
        let firstNote = try XCTUnwrap(routine.notes.first?.split(separator: " ").prefix(3).joined(separator: " "))
        XCTAssertTrue(texts[0].contains(firstNote), "the notes open the first page: \(texts[0])")
        let lastStep = try XCTUnwrap(routine.allSteps.last?.name)
        XCTAssertTrue(texts[1].contains(lastStep))
        for (index, page) in sheet.pages.enumerated() {
            XCTAssertFalse(page.checkboxes.isEmpty, "page \(index + 1) holds no step rows")
            let rows = Dictionary(grouping: page.checkboxes) { ($0.frame.minY.points * 10).rounded() }
            XCTAssertTrue(rows.values.allSatisfy { $0.count == 7 }, "page \(index + 1): whole rows")
        }
        for step in routine.allSteps where step.dose.sides != .none {
            let pages = texts.indices.filter { texts[$0].contains(step.name) }
            XCTAssertEqual(pages.count, 1, "\(step.name) on one page")
        }
    }
}

/// Notes too long to share the last page with a step move under the panel in the step layouts,
/// so the last page still begins a step and no page is left sparse.
final class NotesFirstTests: XCTestCase {
    func testLongNotesInLargePrintOnHalfLetterComeBeforeTheSteps() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: CorpusTests.corpus("long-notes"))
        var options = SheetOptions(format: .pdf, layout: "large-print")
        options.pageSize = "5.5in x 8.5in"
        let sheet = try maker.layout(routine, options: options)
        let texts = sheet.pages.map { page in page.textRuns.map(\.text).joined(separator: " ") }
        let firstNote = try XCTUnwrap(routine.notes.first?.split(separator: " ").prefix(3).joined(separator: " "))
        let firstStep = try XCTUnwrap(routine.allSteps.first?.name)
        let notesPage = try XCTUnwrap(texts.firstIndex { $0.contains(firstNote) })
        let stepPage = try XCTUnwrap(texts.firstIndex { $0.contains(firstStep) })
        XCTAssertLessThanOrEqual(notesPage, stepPage, "the notes come before the first step")
        let lastStep = try XCTUnwrap(routine.allSteps.last?.name)
        XCTAssertTrue(try XCTUnwrap(texts.last).contains(lastStep), "the last page begins the last step")
        XCTAssertFalse(try XCTUnwrap(texts.last).contains(firstNote))
        // On Letter the notes fit after the steps, where they belong.
        options.pageSize = "letter"
        let letter = try maker.layout(routine, options: options).pages.map {
            $0.textRuns.map(\.text).joined(separator: " ")
        }
        let letterNotes = try XCTUnwrap(letter.lastIndex { $0.contains(firstNote) })
        let letterStep = try XCTUnwrap(letter.lastIndex { $0.contains(lastStep) })
        XCTAssertGreaterThanOrEqual(letterNotes, letterStep)
    }

}
