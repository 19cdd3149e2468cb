import Layout
import RepSheet
import XCTest

/// A handout's sheets stand in their language's direction, as the same sheet on its own does.
final class HandoutDirectionTests: XCTestCase {
    func testAnArabicSheetWithItsLogIsMirroredOnceLikeTheSheetAlone() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(
            path: Tool.packageRoot.appendingPathComponent("examples/back-stretches-ar.yaml").path)
        let alone = try maker.layout(routine)
        let handout = try maker.layout(Handout(routines: [routine], trackDays: 7))
        XCTAssertGreaterThan(handout.pages.count, alone.pages.count, "the log follows the sheet")
        func title(_ sheet: Sheet) throws -> TextRun {
            try XCTUnwrap(sheet.pages.first?.textRuns.first { $0.text == routine.title })
        }
        let width = try XCTUnwrap(alone.pages.first).size.width
        XCTAssertGreaterThan(try title(alone).frame.minX.points, width.points / 2, "a right-to-left title stands right")
        XCTAssertEqual(try title(handout).frame.minX.points, try title(alone).frame.minX.points, accuracy: 0.01)
        XCTAssertEqual(try title(handout).frame.minY.points, try title(alone).frame.minY.points, accuracy: 0.01)
    }
}
