import Foundation
import Routine
import XCTest

@testable import Layout

/// Pagination rules in every built-in layout: a section title never ends a page, and a step
/// taller than a page is split without anything leaving the margins.
final class PaginationRulesTests: XCTestCase {
    let library = AllLayoutsTests.library

    func longRoutine(sections: Int, steps: Int, dose: Dose) -> Routine {
        let paragraph = String(repeating: "Move slowly into the stretch and breathe out. ", count: 4)
        return Routine(
            title: "Long routine", client: "Jane Doe", provider: "Clinic",
            sections: (1...sections).map { s in
                Section(
                    title: "Section \(s)",
                    steps: (1...steps).map {
                        Step(name: "Step \(s).\($0)", instructions: .paragraph(paragraph), dose: dose)
                    })
            }, notes: ["Stop if it hurts."])
    }

    func testSectionTitleNeverEndsAPageInAnyLayout() throws {
        let routine = longRoutine(sections: 9, steps: 3, dose: Dose(reps: 5, sets: 2, sides: .each))
        for name in library.names {
            let definition = try library.load(name)
            let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
            for (index, page) in sheet.pages.enumerated() {
                let runs = page.textRuns
                for heading in runs where heading.text.hasPrefix("Section ") {
                    let stepBelow = runs.contains { $0.text.hasPrefix("Step ") && $0.origin.y > heading.origin.y }
                    let stepBeside = runs.contains {
                        $0.text.hasPrefix("Step ") && abs(($0.origin.y - heading.origin.y).points) < 1
                    }
                    XCTAssertTrue(
                        stepBelow || stepBeside,
                        "\(name): \"\(heading.text)\" ends page \(index + 1) with no step after it")
                }
            }
            SheetChecks.assertInsideMargins(sheet, definition, label: name)
            SheetChecks.assertNoTextOverlaps(sheet, label: name)
        }
    }

    func testStepTallerThanAPageIsSplitInsideTheMargins() throws {
        let routine = longRoutine(sections: 1, steps: 2, dose: Dose(reps: 50, sets: 10, sides: .each))
        for name in library.names {
            let definition = try library.load(name)
            let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
            let boxes = sheet.pages.map(\.checkboxes.count).reduce(0, +)
            if definition.engine != .tracker {
                XCTAssertEqual(boxes, 2 * 1000, "\(name): every rep keeps its box")
            }
            SheetChecks.assertInsideMargins(sheet, definition, label: name)
            SheetChecks.assertNoTextOverlaps(sheet, label: name)
            SheetChecks.assertNoCheckboxOverlaps(sheet, label: name)
        }
    }

    func testPageBarelyTallerThanItsMarginsStillFinishesInEveryLayout() throws {
        let routine = longRoutine(sections: 1, steps: 2, dose: Dose(reps: 50, sets: 10, sides: .each))
        for name in library.names {
            var definition = try library.load(name)
            definition.page.size = Size(width: .mm(60), height: .mm(80))
            let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
            XCTAssertFalse(sheet.pages.isEmpty, name)
            XCTAssertLessThan(sheet.pages.count, 5_000, "\(name): a tiny page must not split a step forever")
        }
    }

    func testPageSizeLeavingNoRoomInsideTheMarginsIsNamed() throws {
        var definition = try library.load("classic")
        definition.page.size = Size(width: .mm(60), height: .mm(80))
        let problem = try XCTUnwrap(PaperSize.tooSmall(for: definition, layout: "classic"))
        XCTAssertTrue(problem.contains("leaves only 20 mm x 40 mm"), problem)
        definition.page.size = Size(width: .mm(105), height: .mm(148))
        XCTAssertNil(PaperSize.tooSmall(for: definition, layout: "classic"))
    }
}
