import XCTest

@testable import Layout
@testable import RepSheet

/// The write-in Notes area under the last step: lines to write on, or nothing at all.
final class WriteInNotesTests: XCTestCase {
    /// A sweep's rib-fracture sheet in large print on Letter: its long notes stand under the panel
    /// and the one step ends the last page with no room left for a writing line; the "Notes"
    /// heading is then left out rather than printed over nothing.
    func testAWriteInHeadingWithNoRoomForALineIsLeftOut() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(
            path: Tool.packageRoot.appendingPathComponent("Tests/RenderTests/Fixtures/rib-fracture-breathing.yaml").path
        )
        var options = SheetOptions(format: .pdf, layout: "large-print")
        options.pageSize = "letter"
        let sheet = try maker.layout(routine, options: options)
        let last = try XCTUnwrap(sheet.pages.last)
        let texts = last.textRuns.map(\.text)
        XCTAssertTrue(texts.contains { $0.contains("lower ribs expand") }, "the step ends the last page: \(texts)")
        let stepEnd = try XCTUnwrap(last.textRuns.last { $0.text.contains("lower ribs expand") }?.frame.maxY)
        let below = last.textRuns.filter { $0.frame.minY > stepEnd && !$0.text.hasPrefix("Page ") }.map(\.text)
        XCTAssertEqual(below, [], "nothing but the footer under the step")
        // Where there is room, the area is there with its lines.
        options.pageSize = "a4"
        let roomy = try maker.layout(routine, options: options)
        let notes = roomy.pages.flatMap(\.textRuns).filter { $0.text == "Notes" }
        XCTAssertFalse(notes.isEmpty)
    }
}
