import Foundation
import Routine
import XCTest

@testable import Layout

final class ClassicLayoutTests: XCTestCase {
    let definition = LayoutDefinition()

    func layout(_ routine: Routine) -> Sheet {
        SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
    }

    func routine(_ steps: [Step], sections: Int = 1) -> Routine {
        Routine(
            title: "Test", subtitle: "Sub", client: "Jane Doe", provider: "Clinic", intro: "Intro text.",
            frequency: "Daily", sections: (0..<sections).map { Section(title: "Section \($0 + 1)", steps: steps) },
            notes: ["Stop if it hurts."])
    }

    func testCheckboxCountFollowsRepsSetsAndSides() {
        let cases: [(Dose, Int)] = [
            (Dose(reps: 3), 3), (Dose(reps: 10), 10), (Dose(reps: 3, sides: .each), 6),
            (Dose(reps: 3, sets: 2, sides: .each), 12), (Dose(reps: 1, sets: 1, sides: .left), 1),
            (Dose(reps: 50, sets: 10, sides: .each), 1000), (Dose(reps: 7, sets: 3, sides: .right), 21),
        ]
        for (dose, expected) in cases {
            let sheet = layout(routine([Step(name: "One", dose: dose)]))
            let count = sheet.pages.map(\.checkboxes.count).reduce(0, +)
            XCTAssertEqual(count, expected, "\(dose)")
            XCTAssertEqual(dose.checkboxCount, expected)
            SheetChecks.assertInsideMargins(sheet, definition)
            SheetChecks.assertNoTextOverlaps(sheet)
            SheetChecks.assertNoCheckboxOverlaps(sheet)
        }
    }

    func testEachSideStepHasLeftAndRightRowsAligned() throws {
        let sheet = layout(routine([Step(name: "Knee to chest", dose: Dose(reps: 3, sides: .each))]))
        let page = try XCTUnwrap(sheet.pages.first)
        let labels = page.textRuns.filter { $0.text == "Left" || $0.text == "Right" }.map(\.text)
        XCTAssertEqual(labels, ["Left", "Right"])
        let boxes = page.checkboxes
        XCTAssertEqual(boxes.count, 6)
        // Both rows start at the same x; the Right row is below the Left row.
        XCTAssertEqual(boxes[0].frame.minX, boxes[3].frame.minX)
        XCTAssertGreaterThan(boxes[3].frame.minY, boxes[0].frame.maxY)
        // Boxes are at least 4 mm.
        XCTAssertGreaterThanOrEqual(boxes[0].frame.width.millimetres, 4)
    }

    func testSetsStartNewRows() throws {
        let sheet = layout(routine([Step(name: "Bridge", dose: Dose(reps: 3, sets: 2))]))
        let boxes = try XCTUnwrap(sheet.pages.first).checkboxes
        XCTAssertEqual(boxes.count, 6)
        XCTAssertEqual(Set(boxes.map(\.frame.minY)).count, 2, "two sets make two rows")
        XCTAssertEqual(boxes[0].frame.minX, boxes[3].frame.minX)
    }

    func testDoseLineText() {
        let line = DoseLineProbe.text(Dose(hold: TimeSpan(seconds: 30), reps: 3, sides: .each))
        XCTAssertEqual(line, "Hold 30 s · 3 reps · each side")
        XCTAssertEqual(
            DoseLine(labels: SheetLabels()).text(
                Dose(hold: TimeSpan(seconds: 90), reps: 1, sets: 2, rest: TimeSpan(seconds: 60))),
            "Hold 1 min 30 s · 1 rep · 2 sets · rest 1 min")
        // A dose too long for one line wraps between parts, never inside one.
        let wrapped = DoseLineProbe.text(
            Dose(hold: TimeSpan(seconds: 90), reps: 1, sets: 2, sides: .each, rest: TimeSpan(seconds: 60)))
        XCTAssertTrue(wrapped.hasPrefix("Hold 1 min 30 s · 1 rep"), wrapped)
    }

    func testLongRoutinePaginatesWithFooterAndHeaderOnEveryPage() {
        let steps = (1...12).map {
            Step(
                name: "Step \($0)", instructions: .paragraph(String(repeating: "Move slowly and breathe. ", count: 6)),
                dose: Dose(reps: 10, sets: 2, sides: .each))
        }
        let sheet = layout(routine(steps, sections: 2))
        XCTAssertGreaterThan(sheet.pages.count, 3)
        for (index, page) in sheet.pages.enumerated() {
            XCTAssertTrue(page.textRuns.contains { $0.text == "Page \(index + 1) of \(sheet.pages.count)" })
            if index > 0 { XCTAssertTrue(page.textRuns.contains { $0.text == "continued" }) }
        }
        XCTAssertEqual(sheet.pages.map(\.checkboxes.count).reduce(0, +), 24 * 40)
        SheetChecks.assertInsideMargins(sheet, definition)
        SheetChecks.assertNoTextOverlaps(sheet)
    }

    func testSectionHeadingNeverEndsAPage() {
        let steps = (1...5).map {
            Step(
                name: "Step \($0)", instructions: .paragraph(String(repeating: "Text ", count: 30)),
                dose: Dose(reps: 10))
        }
        let sheet = layout(routine(steps, sections: 6))
        for page in sheet.pages {
            let runs = page.textRuns.filter { $0.font.size == definition.type.section && $0.text.hasPrefix("Section") }
            guard let last = runs.max(by: { $0.origin.y < $1.origin.y }) else { continue }
            let badgesBelow = page.items.contains { item in
                if case .box(let box) = item, box.fill == definition.colors.accent, box.frame.minY > last.origin.y {
                    return true
                }
                return false
            }
            XCTAssertTrue(badgesBelow, "heading \"\(last.text)\" ends a page")
        }
    }

    func testLongWordBreaksInsideItsColumn() {
        let word = String(repeating: "Supercalifragilistic", count: 10)
        let sheet = layout(routine([Step(name: word, instructions: .paragraph(word))]))
        SheetChecks.assertInsideMargins(sheet, definition)
        SheetChecks.assertNoTextOverlaps(sheet)
        let boxes = sheet.pages[0].checkboxes.map(\.frame)
        XCTAssertFalse(boxes.isEmpty)
        for run in sheet.pages[0].textRuns where run.text.hasPrefix("Supercal") {
            XCTAssertFalse(boxes.contains { $0.overlaps(run.frame) }, "text runs into the checkboxes")
            XCTAssertLessThanOrEqual(run.frame.maxX, definition.pageSize.width - definition.margins.right)
        }
    }

    func testNumberedInstructions() {
        let sheet = layout(
            routine([Step(name: "Bridge", instructions: .numbered(["Lie down.", "Lift your hips.", "Lower slowly."]))]))
        let texts = sheet.pages[0].textRuns.map(\.text)
        XCTAssertTrue(texts.contains("1.") && texts.contains("2.") && texts.contains("3."))
        XCTAssertTrue(texts.contains("Lift your hips."))
    }

    func testFieldsAreFilledOrEmpty() {
        var r = routine([Step(name: "One")])
        let filled = layout(r).pages[0].textRuns.map(\.text)
        XCTAssertTrue(filled.contains("Jane Doe"))
        r.client = nil
        let empty = layout(r).pages[0].textRuns.map(\.text)
        XCTAssertFalse(empty.contains("Jane Doe"))
        XCTAssertTrue(empty.contains("Name") && empty.contains("Date"))
    }

    func testA4AndLandscapePagesFit() {
        var a4 = definition
        a4.page.size = PaperSize.named("a4") ?? a4.page.size
        let steps = (1...8).map { Step(name: "Step \($0)", dose: Dose(reps: 5, sets: 2, sides: .each)) }
        let sheet = SheetLayout(definition: a4, measurer: FixedWidthMeasurer()).layout(routine(steps))
        XCTAssertEqual(sheet.pages[0].size.width.millimetres, 210, accuracy: 0.01)
        SheetChecks.assertInsideMargins(sheet, a4)
        SheetChecks.assertNoTextOverlaps(sheet)
    }
}

/// Reaches the dose-line wording through a one-step layout, as users see it.
enum DoseLineProbe {
    static func text(_ dose: Dose) -> String {
        let definition = LayoutDefinition()
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(
            Routine(title: "T", sections: [Section(title: nil, steps: [Step(name: "S", dose: dose)])]))
        let doseRuns = sheet.pages[0].textRuns.filter {
            $0.font.size == definition.type.dose && $0.font.weight == .bold && $0.text != "S"
        }
        let sorted = doseRuns.sorted { ($0.origin.y, $0.origin.x) < ($1.origin.y, $1.origin.x) }
        return sorted.map { $0.text == "·" ? "·" : $0.text }.joined(separator: " ")
    }
}
