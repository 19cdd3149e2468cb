import Foundation
import Routine
import XCTest

@testable import Layout

/// A Notes block of hundreds of notes runs over many pages: every note once, in order, on pages
/// that stay inside their margins (the time it takes is measured by `make bench`).
final class LongNotesTests: XCTestCase {
    func routine(notes count: Int) -> Routine {
        Routine(
            title: "Notes", sections: [Section(title: nil, steps: [Step(name: "Bridge")])],
            notes: (1...count).map { "Note number \($0) is here." })
    }

    func testEveryNoteOnceInOrderOverManyPages() throws {
        let definition = LayoutDefinition()
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine(notes: 600))
        XCTAssertGreaterThan(sheet.pages.count, 5)
        let notes = sheet.pages.flatMap(\.textRuns).map(\.text).filter { $0.hasPrefix("Note number") }
        XCTAssertEqual(notes, (1...600).map { "Note number \($0) is here." })
        SheetChecks.assertInsideMargins(sheet, definition)
        SheetChecks.assertNoTextOverlaps(sheet)
        // Each page after the first goes on under its running header, and the last is ruled to its foot.
        let last = try XCTUnwrap(sheet.pages.last)
        let lowestRule = last.items.compactMap { if case .rule(let rule) = $0 { rule.from.y } else { nil } }.max()
        XCTAssertGreaterThan(
            try XCTUnwrap(lowestRule),
            definition.pageSize.height - definition.margins.bottom - definition.spacing.writingPitch
                - .pt(1))
    }

    /// Three steps after notes two-thirds of a page tall: at the end, they would leave a page
    /// sparse; under the panel, running on between notes under "Notes (continued)", they do not.
    func testNotesTooLongForTheLastPageGoUnderThePanelAndRunOnBetweenNotes() throws {
        var definition = LayoutDefinition()
        definition.notesLines = 0
        let paragraph = String(repeating: "Keep the back straight and bend the knees when lifting. ", count: 6)
        let routine = Routine(
            title: "Back care", sections: [Section(title: nil, steps: (1...3).map { Step(name: "Step \($0)") })],
            notes: (1...4).map { "Note \($0). " + paragraph })
        let composer = BlockComposer(
            definition: definition, frame: ContentFrame(definition: definition),
            setter: TextSetter(measurer: FixedWidthMeasurer()), labels: SheetLabels())
        let notes = composer.notesBlock(routine.notes)
        XCTAssertEqual(notes.cutPoints?.isEmpty, false, "the notes may run on")
        XCTAssertTrue(
            notes.continuationHeader.contains {
                if case .text(let run) = $0 { run.text == "Notes (continued)" } else { false }
            })
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
        func position(_ prefix: String) throws -> [Double] {
            let page = try XCTUnwrap(sheet.pages.firstIndex { $0.textRuns.contains { $0.text.hasPrefix(prefix) } })
            let run = try XCTUnwrap(sheet.pages[page].textRuns.first { $0.text.hasPrefix(prefix) })
            return [Double(page), run.origin.y.points]
        }
        XCTAssertGreaterThan(sheet.pages.count, 1)
        XCTAssertTrue(try position("Note 1.").lexicographicallyPrecedes(try position("Step 1")), "notes before steps")
        let last = try XCTUnwrap(sheet.pages.last)
        XCTAssertTrue(last.textRuns.contains { $0.text.hasPrefix("Step ") }, "the last page begins a step")
        SheetChecks.assertInsideMargins(sheet, definition)
        SheetChecks.assertNoTextOverlaps(sheet)
    }

    /// The built-in layout `name` on the paper size `paper`.
    func layout(_ name: String, on paper: String) throws -> LayoutDefinition {
        var definition = try AllLayoutsTests.library.load(name)
        definition.page.size = try XCTUnwrap(PaperSize.named(paper))
        return definition
    }

    /// "Step 1" … "Step `steps`", then `notes` notes "Note N. " and `sentence` said `times` times.
    func routine(steps: Int, notes: Int, each sentence: String, times: Int) -> Routine {
        let paragraph = String(repeating: sentence, count: times)
        return Routine(
            title: "Pelvic floor", sections: [Section(title: nil, steps: (1...steps).map { Step(name: "Step \($0)") })],
            notes: (1...notes).map { "Note \($0). " + paragraph })
    }

    /// Two steps after notes three pages long: under the panel they would push the first step
    /// to the fourth page, so they stay at the end, after the exercises (notes a page long may
    /// go first: `NotesFirstTests`).
    func testNotesThatWouldPushTheFirstStepOffItsPageStayAtTheEnd() throws {
        let definition = try layout("large-print", on: "a5")
        let routine = routine(
            steps: 2, notes: 5, each: "Keep the back straight and bend the knees when lifting. ", times: 8)
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
        XCTAssertGreaterThan(sheet.pages.count, 2)
        XCTAssertTrue(sheet.pages[0].textRuns.contains { $0.text == "Step 1" }, "the first page begins a step")
        let firstNote = try XCTUnwrap(sheet.pages.firstIndex { $0.textRuns.contains { $0.text.hasPrefix("Note 1.") } })
        let lastStep = try XCTUnwrap(sheet.pages.lastIndex { $0.textRuns.contains { $0.text == "Step 2" } })
        XCTAssertGreaterThanOrEqual(firstNote, lastStep, "the notes come after the steps")
        SheetChecks.assertInsideMargins(sheet, definition)
        SheetChecks.assertNoTextOverlaps(sheet)
    }

    /// A tracker whose notes run onto another page: the day headings go on over step rows only,
    /// never over the notes alone.
    func testATrackersNotesGoOnWithoutTheDayHeadings() throws {
        let definition = try layout("tracker", on: "half-letter")
        var routine = routine(
            steps: 2, notes: 4, each: "Squeeze and lift the pelvic floor, then let go slowly. ", times: 10)
        routine.track = Track(days: 7)
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
        XCTAssertGreaterThan(sheet.pages.count, 1, "the notes run onto a second page")
        // The heading row's key, which goes on with the day numbers over continued rows.
        let key = "Tick a box when you have finished all"
        XCTAssertTrue(sheet.pages[0].textRuns.contains { $0.text == key }, "the first page's headings")
        for (index, page) in sheet.pages.enumerated().dropFirst()
        where !page.textRuns.contains(where: { $0.text.hasPrefix("Step ") }) {
            XCTAssertTrue(
                !page.textRuns.contains { $0.text == key },
                "page \(index + 1) repeats the day headings over no rows")
        }
    }
}
