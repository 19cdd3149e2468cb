import Foundation
import Layout
import Routine
import XCTest

/// The display list of each example, with the fake measurer, compared with a golden text file.
/// Run with REPSHEET_RECORD=1 to re-record; a recording run fails so it is never mistaken for a pass.
final class GoldenDumpTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func testBackStretchesDisplayList() throws {
        try assertGolden(example: "back-stretches")
    }

    func assertGolden(example: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let path = Self.root.appendingPathComponent("examples/\(example).yaml").path
        let routine = try RoutineLoader.load(path: path)
        let definition = try LayoutLibrary(directory: Self.root.appendingPathComponent("Layouts").path).load("classic")
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
        let dump = sheet.dump()
        let golden = Self.root.appendingPathComponent("Tests/LayoutTests/Golden/\(example).classic.txt")
        if ProcessInfo.processInfo.environment["REPSHEET_RECORD"] != nil {
            try dump.write(to: golden, atomically: true, encoding: .utf8)
            XCTFail("recorded \(golden.lastPathComponent); run again without REPSHEET_RECORD", file: file, line: line)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if dump != expected {
            let actual = golden.deletingPathExtension().appendingPathExtension("actual.txt")
            try? dump.write(to: actual, atomically: true, encoding: .utf8)
            XCTFail("display list differs from \(golden.lastPathComponent); see \(actual.path)", file: file, line: line)
        }
        SheetChecks.assertInsideMargins(sheet, definition)
        SheetChecks.assertNoTextOverlaps(sheet)
        XCTAssertEqual(
            sheet.pages.map(\.checkboxes.count).reduce(0, +), routine.allSteps.map(\.dose.checkboxCount).reduce(0, +))
    }
}
