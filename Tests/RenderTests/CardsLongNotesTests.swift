import XCTest

@testable import Layout
@testable import RepSheet

/// Cards with notes too long to share a page with the last card.
final class CardsLongNotesTests: XCTestCase {
    /// A sweep's rib-fracture sheet in cards on Letter: one card and five long notes. The card
    /// stays on the first page under the header, and the Notes card takes the second, rather than
    /// the card moving over with the notes and leaving the first page with the header alone.
    func testTheLastCardStaysUnderTheHeaderWhenMovingItWouldLeaveThePageNearlyEmpty() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(
            path: Tool.packageRoot.appendingPathComponent("Tests/RenderTests/Fixtures/rib-fracture-breathing.yaml")
                .path)
        var options = SheetOptions(format: .pdf, layout: "cards")
        options.pageSize = "letter"
        let sheet = try maker.layout(routine, options: options)
        XCTAssertEqual(sheet.pages.count, 2)
        XCTAssertEqual(sheet.pages[0].checkboxes.count, 5, "the card's boxes on the first page")
        let first = sheet.pages[0].textRuns.map(\.text).joined(separator: " ")
        XCTAssertTrue(first.contains("Deep breathing with a held breath"), first)
        let second = sheet.pages[1].textRuns.map(\.text).joined(separator: " ")
        XCTAssertTrue(second.contains("Rib fractures usually take"), second)
    }
}
