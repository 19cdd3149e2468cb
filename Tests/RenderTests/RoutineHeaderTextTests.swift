import Routine
import XCTest

@testable import RepSheet

/// A batch's client routine written by setting the routine file's header lines.
final class RoutineHeaderTextTests: XCTestCase {
    func testAnExistingKeyIsReplacedAndAMissingOneAddedFirst() throws {
        let text = "title: Back\nclient: Maria Lopez\nsteps:\n  - name: Bridge\n"
        let result = try XCTUnwrap(
            RoutineHeaderText.setting([("client", "Ana Ruiz"), ("date", "2026-12-01")], in: text))
        XCTAssertEqual(result, "date: 2026-12-01\ntitle: Back\nclient: Ana Ruiz\nsteps:\n  - name: Bridge\n")
    }

    func testAValueThatWouldReadDifferentlyIsQuoted() {
        XCTAssertEqual(RoutineHeaderText.quoted("Marcus O'Neill"), "Marcus O'Neill")
        XCTAssertEqual(RoutineHeaderText.quoted("yes"), "\"yes\"")
        XCTAssertEqual(RoutineHeaderText.quoted("A: B #1"), "\"A: B #1\"")
        XCTAssertEqual(RoutineHeaderText.quoted("12"), "\"12\"")
    }

    func testTextThatCannotBeEditedByLinesIsLeftToTheYAMLWriter() {
        XCTAssertNil(RoutineHeaderText.setting([("client", "A")], in: "{\"title\": \"Back\"}"))
        XCTAssertNil(RoutineHeaderText.setting([("client", "A")], in: "---\ntitle: Back\n"))
        XCTAssertNil(RoutineHeaderText.setting([("client", "A")], in: "client: >\n  Maria\ntitle: Back\n"))
        XCTAssertNil(RoutineHeaderText.setting([("client", "A")], in: "client: Maria\n  Lopez\ntitle: Back\n"))
    }

    /// A single sheet carries its file as it is when the command line changed nothing, whether
    /// the header's values are written plainly or quoted; a changed client is written in.
    func testASingleSheetsSourceIsRewrittenOnlyWhenItsHeaderChanged() throws {
        let plain = "title: Back\nclient: Maria Lopez\ndate: 2026-12-01\nsteps:\n  - name: Bridge\n"
        let quoted = "title: Back\nclient: \"Maria Lopez\"\ndate: 2026-12-01\nsteps:\n  - name: Bridge\n"
        for text in [plain, quoted] {
            var routine = try RoutineLoader.load(text: text, fileName: "back.yaml", baseDirectory: nil)
            XCTAssertNil(RoutineSource.rewritten(text, for: routine))
            routine.client = "Ana Ruiz"
            let rewritten = try XCTUnwrap(RoutineSource.rewritten(text, for: routine))
            XCTAssertTrue(rewritten.contains("client: Ana Ruiz"), rewritten)
            XCTAssertFalse(rewritten.contains("Maria"), rewritten)
        }
    }
}
