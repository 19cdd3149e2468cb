import Foundation
import Layout
import Routine
import TestSupport
import XCTest

/// The display list of the back-stretches examples in every built-in layout, on Letter, with the fake
/// measurer, compared with golden text files under Tests/LayoutTests/Golden (`EXAMPLE.LAYOUT.txt`).
/// These dumps do not depend on fonts or Pango, so they hold on every machine; the whole pipeline
/// (Pango, catalogue, QR codes, figures) is dumped by `GoldenPipelineTests` in RenderTests.
/// Run with REPSHEET_RECORD=1 to re-record; a recording run fails so it is never mistaken for a pass.
final class GoldenDumpTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folder = root.appendingPathComponent("Tests/LayoutTests/Golden")
    /// The routines the engines are pinned with: plain, two translations (one right-to-left) and pictures.
    static let examples = ["back-stretches", "back-stretches-es", "back-stretches-ar", "back-stretches-pictures"]

    func testEveryLayoutEngineMatchesItsGoldenDisplayList() throws {
        let library = LayoutLibrary(directory: Self.root.appendingPathComponent("Layouts").path)
        XCTAssertEqual(
            Set(library.names), ["classic", "cards", "tracker", "compact", "large-print"],
            "a new built-in layout needs golden dumps here")
        for example in Self.examples {
            for name in library.names {
                let (sheet, definition, routine) = try finishedSheet(example: example, layout: name)
                let golden = Self.folder.appendingPathComponent("\(example).\(name).txt")
                if let problem = try GoldenFile.mismatch(Self.portable(sheet.dump()), golden: golden) {
                    XCTFail(problem)
                }
                if definition.engine != .tracker {
                    // The tracker draws a grid of days instead of one box a set.
                    XCTAssertEqual(
                        sheet.pages.map(\.checkboxes.count).reduce(0, +),
                        routine.allSteps.map(\.dose.checkboxCount).reduce(0, +), "\(example) \(name): checkboxes")
                }
                if definition.engine == .classic {
                    SheetChecks.assertInsideMargins(sheet, definition)
                    SheetChecks.assertNoTextOverlaps(sheet)
                }
            }
        }
        if GoldenFile.isRecording {
            XCTFail("recorded the golden dumps; run again without REPSHEET_RECORD")
        }
    }

    /// A changed item is reported with its page and line, before and after.
    func testAMovedItemIsReportedWithItsLine() {
        let expected = "page 1 612x792\n  box 1,2 3x4 r0\n  text 5,6 w7 \"Pelvic tilts\"\n"
        let actual = "page 1 612x792\n  box 1,2 3x4 r0\n  text 5,7 w7 \"Pelvic tilts\"\n"
        let report = GoldenFile.firstDifferences(expected: expected, actual: actual)
        XCTAssertTrue(report.contains("line 3"), report)
        XCTAssertTrue(report.contains("-   text 5,6 w7 \"Pelvic tilts\""), report)
        XCTAssertTrue(report.contains("+   text 5,7 w7 \"Pelvic tilts\""), report)
        XCTAssertEqual(GoldenFile.firstDifferences(expected: expected, actual: expected), "")
    }

    /// The sheet as `SheetLayout` finishes it, measured with the fake measurer: the language's own
    /// words and mirrored for right-to-left, with nothing added here.
    func finishedSheet(example: String, layout: String) throws -> (Sheet, LayoutDefinition, Routine) {
        let path = Self.root.appendingPathComponent("examples/\(example).yaml").path
        let routine = try RoutineLoader.load(path: path)
        var definition = try LayoutLibrary(directory: Self.root.appendingPathComponent("Layouts").path).load(layout)
        definition.page.size = try XCTUnwrap(PaperSize.named("letter"))
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
        return (sheet, definition, routine)
    }

    /// The dump with the checkout's own folder left out of picture paths.
    static func portable(_ dump: String) -> String {
        dump.replacingOccurrences(of: root.path + "/", with: "")
    }
}
