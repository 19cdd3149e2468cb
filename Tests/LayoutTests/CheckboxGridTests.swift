import Foundation
import Routine
import XCTest

@testable import Layout

/// One row per set and side, as many boxes a row as the width allows, balanced rows, labelled sets.
final class CheckboxGridTests: XCTestCase {
    /// The classic layout's grid: at most 12 boxes a row.
    let definition: LayoutDefinition = {
        var definition = LayoutDefinition()
        definition.checkbox.perRow = 12
        return definition
    }()

    func grid() -> CheckboxGrid {
        CheckboxGrid(definition: definition, setter: TextSetter(measurer: FixedWidthMeasurer()), labels: SheetLabels())
    }

    func testASetTooLongForOneRowSplitsIntoBalancedRows() {
        XCTAssertEqual(CheckboxGrid.balancedRows(12, capacity: 10), [6, 6])
        XCTAssertEqual(CheckboxGrid.balancedRows(8, capacity: 5), [4, 4])
        XCTAssertEqual(CheckboxGrid.balancedRows(6, capacity: 5), [3, 3])
        XCTAssertEqual(CheckboxGrid.balancedRows(7, capacity: 5), [4, 3])
        XCTAssertEqual(CheckboxGrid.balancedRows(20, capacity: 12), [10, 10])
        XCTAssertEqual(CheckboxGrid.balancedRows(8, capacity: 8), [8])
        XCTAssertEqual(CheckboxGrid.balancedRows(1, capacity: 1), [1])
    }

    func testTheWidthSetsHowManyBoxesARowHolds() {
        var wide = definition
        wide.checkbox.perRow = 20
        let grid = CheckboxGrid(
            definition: wide, setter: TextSetter(measurer: FixedWidthMeasurer()), labels: SheetLabels())
        let narrow = grid.layout(for: Dose(reps: 10), x: .zero, width: .mm(57))
        let full = grid.layout(for: Dose(reps: 10), x: .zero, width: .mm(160))
        XCTAssertEqual(narrow.rows, 2)
        XCTAssertEqual(narrow.longestRow, 5)
        XCTAssertEqual(full.rows, 1)
    }

    func testSetsAreLabelledAndBothSidesStandSideBySideWhenTheyFit() throws {
        let layout = grid().layout(for: Dose(reps: 8, sets: 3, sides: .each), x: .zero, width: .mm(160))
        XCTAssertEqual(layout.rows, 3, "one row per set, Left and Right beside each other")
        let texts = layout.items.compactMap { if case .text(let run) = $0 { run.text } else { nil } }
        XCTAssertEqual(texts, ["Left", "Right", "Set\u{00A0}1", "Set\u{00A0}2", "Set\u{00A0}3"])
        XCTAssertEqual(layout.items.filter { if case .checkbox = $0 { true } else { false } }.count, 48)
        XCTAssertEqual(layout.cuts.count, 2, "a page may break between sets")
        XCTAssertEqual(layout.cutHeadings.count, 1, "Left and Right are repeated over continued rows")
    }

    func testSidesThatDoNotFitSideBySideGoOneUnderTheOtherUnderTheirNames() throws {
        let layout = grid().layout(for: Dose(reps: 20, sets: 2, sides: .each), x: .zero, width: .mm(160))
        let texts = layout.items.compactMap { if case .text(let run) = $0 { run.text } else { nil } }
        XCTAssertEqual(texts, ["Left", "Set\u{00A0}1", "Set\u{00A0}2", "Right", "Set\u{00A0}1", "Set\u{00A0}2"])
        XCTAssertEqual(layout.cutHeadings.count, 2, "each side's name repeats over its continued sets")
    }

    func testALongStepGoesOnUnderItsNumberNameAndSide() throws {
        let routine = Routine(
            title: "Endurance",
            sections: [
                Section(
                    title: nil,
                    steps: [
                        Step(name: "Split squat", dose: Dose(reps: 20, sets: 5, sides: .each)),
                        Step(name: "Lunge", dose: Dose(reps: 20, sets: 5, sides: .each)),
                    ])
            ])
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
        XCTAssertGreaterThan(sheet.pages.count, 1)
        SheetChecks.assertInsideMargins(sheet, definition)
        SheetChecks.assertNoTextOverlaps(sheet)
        SheetChecks.assertNoCheckboxOverlaps(sheet)
        XCTAssertEqual(sheet.pages.map(\.checkboxes.count).reduce(0, +), 400)
        for page in sheet.pages.dropFirst() {
            let texts = page.textRuns.map(\.text)
            guard let continued = texts.firstIndex(where: { $0.hasSuffix("(continued)") }) else { continue }
            let badge = texts.contains("1") || texts.contains("2")
            XCTAssertTrue(badge, "the continued step shows its number")
            // The first box row on the page is under a side's name or a set label.
            XCTAssertTrue(
                texts[continued...].contains { $0 == "Left" || $0 == "Right" || $0.hasPrefix("Set") }, "\(texts)")
        }
        // No page starts with a hairline under the running header.
        for page in sheet.pages.dropFirst() {
            let topRule = page.items.contains {
                if case .rule(let rule) = $0 {
                    return rule.from.y == rule.to.y && rule.color == definition.colors.hairline
                        && abs((rule.from.y - ContentFrameTop.of(definition)).points) < 1
                }
                return false
            }
            XCTAssertFalse(topRule)
        }
    }
}

/// Where content starts on a page after the first.
enum ContentFrameTop {
    static func of(_ definition: LayoutDefinition) -> Length {
        max(definition.margins.top, definition.spacing.headerRule + definition.spacing.headerToContent)
    }
}

/// On paper too small for a block and the one it is kept with, the page breaks are still chosen
/// together (the pair parts only there) rather than left to the greedy fallback.
final class KeptTogetherTests: XCTestCase {
    func block(_ height: Double, keep: Bool = false) -> Block {
        Block(height: .pt(height), keepWithNext: keep)
    }

    func testAPairTooTallForOnePagePartsAndTheRestIsStillPlanned() throws {
        let planner = BreakPlanner(
            blocks: [block(60, keep: true), block(60), block(30)], firstPage: .pt(100), laterPages: .pt(100))
        let plan = try XCTUnwrap(planner.plan(), "no plan: the greedy paginator would have taken over")
        XCTAssertEqual(plan.map(\.block), [0, 1])
    }

    func testAHeadingIsNeverPartedFromItsStepWhenTheyFitTogether() throws {
        let planner = BreakPlanner(
            blocks: [block(30), block(20), block(10, keep: true), block(50), block(40)], firstPage: .pt(100),
            laterPages: .pt(100))
        let plan = try XCTUnwrap(planner.plan())
        XCTAssertFalse(plan.contains { $0.block == 3 && $0.cut == .zero }, "a page starts after the heading: \(plan)")
    }
}
