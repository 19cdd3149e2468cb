import XCTest

@testable import Layout
@testable import RepSheet

/// A sweep's rib-fracture sheet: one step and five long notes, too long to share a page with it.
final class LongNotesOneStepTests: XCTestCase {
    /// The sheet laid out in `layout` on `paper`.
    private func sheet(_ layout: String, paper: String) throws -> Sheet {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(
            path: Tool.packageRoot.appendingPathComponent("Tests/RenderTests/Fixtures/rib-fracture-breathing.yaml")
                .path)
        var options = SheetOptions(format: .pdf, layout: layout)
        options.pageSize = paper
        return try maker.layout(routine, options: options)
    }

    /// Large print on Letter: the notes stand under the panel and the step ends the last page
    /// with no room left for a writing line; the write-in "Notes" heading is then left out rather
    /// than printed over nothing.
    func testAWriteInHeadingWithNoRoomForALineIsLeftOut() throws {
        let last = try XCTUnwrap(try sheet("large-print", paper: "letter").pages.last)
        let texts = last.textRuns.map(\.text)
        XCTAssertTrue(texts.contains { $0.contains("lower ribs expand") }, "the step ends the last page: \(texts)")
        let stepEnd = try XCTUnwrap(last.textRuns.last { $0.text.contains("lower ribs expand") }?.frame.maxY)
        let below = last.textRuns.filter { $0.frame.minY > stepEnd && !$0.text.hasPrefix("Page ") }.map(\.text)
        XCTAssertEqual(below, [], "nothing but the footer under the step")
    }

    /// Cards on Letter: the card stays on the first page under the header, and the Notes card
    /// takes the second, rather than the card moving over with the notes and leaving the first
    /// page with the header alone.
    func testTheLastCardStaysUnderTheHeaderWhenMovingItWouldLeaveThePageNearlyEmpty() throws {
        let sheet = try sheet("cards", paper: "letter")
        XCTAssertEqual(sheet.pages.count, 2)
        XCTAssertEqual(sheet.pages[0].checkboxes.count, 5, "the card's boxes on the first page")
        let first = sheet.pages[0].textRuns.map(\.text).joined(separator: " ")
        XCTAssertTrue(first.contains("Deep breathing with a held breath"), first)
        let second = sheet.pages[1].textRuns.map(\.text).joined(separator: " ")
        XCTAssertTrue(second.contains("Rib fractures usually take"), second)
    }
}
