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

    /// 15 boxes in groups of 5 (large print's), in rows of 8 and 7: the row of 8 has a gap after
    /// its fifth box, and so does the row of 7 under it, so every box stands under the one above.
    func testTheRowsOfASetShareTheirGroupGapsSoTheirBoxesStandInColumns() throws {
        var eight = definition
        eight.checkbox.perRow = 8
        eight.checkbox.group = 5
        let grid = CheckboxGrid(
            definition: eight, setter: TextSetter(measurer: FixedWidthMeasurer()), labels: SheetLabels())
        let layout = grid.layout(for: Dose(reps: 15), x: .zero, width: .mm(160))
        let boxes = layout.items.compactMap { if case .checkbox(let box) = $0 { box.frame } else { nil } }
        let rows = Dictionary(grouping: boxes) { $0.minY.points.rounded() }.values.map {
            $0.map(\.minX.points).sorted()
        }.sorted { $0.count > $1.count }
        XCTAssertEqual(rows.map(\.count), [8, 7])
        let first = try XCTUnwrap(rows.first), second = try XCTUnwrap(rows.last)
        for (column, x) in second.enumerated() { XCTAssertEqual(x, first[column], accuracy: 0.01, "box \(column + 1)") }
        XCTAssertGreaterThan(second[5] - second[4], second[1] - second[0] + 0.5, "the gap after the fifth box")
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

    /// In a column too narrow for a row beside the label column, but wide enough for it alone,
    /// the boxes keep one row: unlabelled boxes move left as far as they need, and side names go
    /// above their boxes.
    func testANarrowColumnKeepsOneRowRatherThanAColumnForLabels() throws {
        let style = definition.checkbox
        let width = style.rowWidth(8) + style.labelGap
        XCTAssertLessThan(width, style.labelWidth + style.labelGap + style.rowWidth(8), "too narrow for labels")
        let plain = grid().layout(for: Dose(reps: 8), x: .zero, width: width)
        XCTAssertEqual(plain.rows, 1)
        let boxes = plain.items.compactMap { if case .checkbox(let box) = $0 { box.frame } else { nil } }
        XCTAssertEqual(boxes.count, 8)
        XCTAssertLessThanOrEqual(try XCTUnwrap(boxes.map(\.maxX).max()), width + .pt(0.01))
        let left = try XCTUnwrap(boxes.map(\.minX).min())
        XCTAssertEqual(left.points, style.labelGap.points, accuracy: 0.01, "moved left only as far as needed")

        let sided = grid().layout(for: Dose(reps: 8, sides: .each), x: .zero, width: width)
        XCTAssertEqual(sided.rows, 2, "a row for each side")
        let texts = sided.items.compactMap { if case .text(let run) = $0 { run.text } else { nil } }
        XCTAssertEqual(texts, ["Left", "Right"])
        XCTAssertEqual(sided.cutHeadings.count, 2, "each side's name over its boxes")
        // With room for the label column, the names stay beside their rows.
        let wide = grid().layout(for: Dose(reps: 8, sides: .each), x: .zero, width: .mm(160))
        XCTAssertEqual(wide.cutHeadings.count, 0)
    }

    /// Sides stand side by side with a label column only as wide as "Set 1" when the style's
    /// wider label column would push them one under the other.
    func testSetNamesNarrowerThanTheLabelColumnLetSidesStandSideBySide() throws {
        var definition = self.definition
        definition.checkbox.labelWidth = .mm(20)
        let grid = CheckboxGrid(
            definition: definition, setter: TextSetter(measurer: FixedWidthMeasurer()), labels: SheetLabels())
        let style = definition.checkbox
        let font = definition.font(definition.type.label, .bold)
        let widest = FixedWidthMeasurer().width(of: "Set\u{00A0}1", font: font)
        XCTAssertLessThan(widest, style.labelWidth - .mm(1), "the test needs set names narrower than the column")
        let between = max(style.groupGap, style.size)
        let width = widest + style.labelGap + style.rowWidth(6) * 2 + between
        let layout = grid.layout(for: Dose(reps: 6, sets: 3, sides: .each), x: .zero, width: width)
        XCTAssertEqual(layout.rows, 3, "one row per set, Left and Right beside each other")
        let narrower = grid.layout(
            for: Dose(reps: 6, sets: 3, sides: .each), x: .zero, width: width - .mm(1))
        XCTAssertEqual(narrower.rows, 6, "one under the other when even that does not fit")
    }

    /// A cut between sets passes under every label, even one whose line reaches below its boxes
    /// (large boxes' labels do not, small boxes' may), so the page-break plan can take it.
    func testCutsBetweenSetsPassUnderTheLabels() throws {
        var small = definition
        small.checkbox.size = .mm(4)
        small.type.label = .pt(16)
        let grid = CheckboxGrid(
            definition: small, setter: TextSetter(measurer: FixedWidthMeasurer()), labels: SheetLabels())
        let layout = grid.layout(for: Dose(reps: 6, sets: 3, sides: .each), x: .zero, width: .mm(60))
        XCTAssertFalse(layout.cuts.isEmpty)
        for cut in layout.cuts {
            let crossing = layout.items.filter { $0.frame.minY < cut - .pt(0.01) && $0.frame.maxY > cut + .pt(0.01) }
            XCTAssertTrue(crossing.isEmpty, "cut at \(cut) crosses \(crossing)")
        }
    }

    func testSidesThatDoNotFitSideBySideGoOneUnderTheOtherUnderTheirNames() throws {
        let layout = grid().layout(for: Dose(reps: 20, sets: 2, sides: .each), x: .zero, width: .mm(160))
        let texts = layout.items.compactMap { if case .text(let run) = $0 { run.text } else { nil } }
        XCTAssertEqual(texts, ["Left", "Set\u{00A0}1", "Set\u{00A0}2", "Right", "Set\u{00A0}1", "Set\u{00A0}2"])
        let headings = layout.cutHeadings.map {
            $0.items.compactMap { if case .text(let run) = $0 { run.text } else { nil } }
        }
        XCTAssertEqual(
            headings.filter { $0 == ["Left"] || $0 == ["Right"] }.count, 2,
            "each side's name repeats over its continued sets")
        XCTAssertTrue(
            headings.contains(["Right · Set\u{00A0}2"]), "and a set's name over its continued rows: \(headings)")
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
