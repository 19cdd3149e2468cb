import Foundation
import Routine
import XCTest

@testable import Layout

/// Write-in blanks: numbered empty steps with lines and boxes, the header's fields empty or filled.
final class BlankSheetTests: XCTestCase {
    let definition = LayoutDefinition()

    func blank(_ routine: Routine, steps: Int) -> Sheet {
        SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layoutBlank(routine, steps: steps)
    }

    func testEightBlankStepsFitOneLetterPageWithoutOverlaps() throws {
        let sheet = blank(Routine(title: "", sections: []), steps: 8)
        XCTAssertEqual(sheet.pages.count, 1)
        let page = try XCTUnwrap(sheet.pages.first)
        XCTAssertEqual(page.size, Size(width: .inches(8.5), height: .inches(11)))
        let numbers = page.textRuns.map(\.text).filter { Int($0) != nil }
        XCTAssertEqual(numbers, (1...8).map(String.init), "eight numbered steps in order")
        XCTAssertEqual(page.checkboxes.count, 8 * BlankSheet.boxes, "a row of boxes per step")
        XCTAssertFalse(page.textRuns.contains { $0.text.contains("rep") }, "nothing printed to fill in")
        SheetChecks.assertInsideMargins(sheet, definition)
        SheetChecks.assertNoTextOverlaps(sheet)
        SheetChecks.assertNoCheckboxOverlaps(sheet)
        // No rule runs through a box, and the steps' lines do not cross each other.
        let rules = page.items.compactMap { if case .rule(let rule) = $0 { rule.frame } else { nil } }
        for box in page.checkboxes {
            XCTAssertFalse(rules.contains { $0.overlaps(box.frame, tolerance: .pt(0.5)) }, "\(box.frame)")
        }
    }

    func testBlankKeepsTheRoutinesHeaderAndEmptyFieldsStayEmpty() throws {
        let routine = Routine(
            title: "Back Stretches", provider: "Riverside",
            sections: [
                Section(title: nil, steps: [Step(name: "Knee to chest")])
            ])
        let sheet = blank(routine, steps: 3)
        let texts = sheet.pages.flatMap(\.textRuns).map(\.text)
        XCTAssertTrue(texts.contains("Back Stretches"))
        XCTAssertFalse(texts.contains("Knee to chest"), "the routine's own steps are not printed")
        XCTAssertEqual(texts.filter { Int($0) != nil }, ["1", "2", "3"])
        XCTAssertFalse(texts.contains { $0.contains("Jane") })
    }

    func testManyBlankStepsGoOnToMorePages() {
        let sheet = blank(Routine(title: "", sections: []), steps: 20)
        XCTAssertGreaterThan(sheet.pages.count, 1)
        XCTAssertEqual(sheet.pages.map(\.checkboxes.count).reduce(0, +), 20 * BlankSheet.boxes)
        SheetChecks.assertInsideMargins(sheet, definition)
        SheetChecks.assertNoCheckboxOverlaps(sheet)
    }
}
