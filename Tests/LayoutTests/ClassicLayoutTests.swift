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
        // A first section of 3 to 8 steps below an intro of 10 to 90 words moves the second section's
        // heading down the page, line by line, past the point where it would end a page if it were
        // not kept with its first step.
        var headingsMoved = 0
        for count in 3...8 {
            for introWords in stride(from: 10, through: 90, by: 10) {
                let first = (1...count).map { Step(name: "First \($0)", dose: Dose(reps: 10)) }
                let second = (1...3).map { Step(name: "Second \($0)", dose: Dose(reps: 10)) }
                var r = routine([])
                r.intro = String(repeating: "Intro ", count: introWords)
                r.sections = [Section(title: "Section A", steps: first), Section(title: "Section B", steps: second)]
                let sheet = layout(r)
                var headings = 0
                for (index, page) in sheet.pages.enumerated() {
                    let steps = page.textRuns.filter { $0.font.size == definition.type.step }
                    for heading in page.textRuns
                    where heading.font.size == definition.type.section && heading.text.hasPrefix("Section") {
                        headings += 1
                        // Its first step's name is on the same page, below it.
                        let below = steps.filter { $0.origin.y > heading.origin.y }.min { $0.origin.y < $1.origin.y }
                        let expected = heading.text.hasSuffix("A") ? "First 1" : "Second 1"
                        XCTAssertEqual(
                            below?.text, expected, "\(count) steps: \"\(heading.text)\" ends page \(index + 1)")
                        if heading.text == "Section B", index > 0,
                            !steps.contains(where: { $0.origin.y < heading.origin.y })
                        {
                            headingsMoved += 1
                        }
                    }
                }
                XCTAssertEqual(headings, 2, "\(count) steps: each heading once")
            }
        }
        // The sweep did reach the page end: in some cases the page breaks right before the heading.
        XCTAssertGreaterThanOrEqual(headingsMoved, 3)
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

    func testA4AndLandscapePagesFit() throws {
        let steps = (1...8).map { Step(name: "Step \($0)", dose: Dose(reps: 5, sets: 2, sides: .each)) }
        let a4 = try XCTUnwrap(PaperSize.named("a4"))
        let letter = try XCTUnwrap(PaperSize.named("letter"))
        let sizes: [(name: String, paper: Size, orientation: PageSetup.Orientation, size: Size)] = [
            ("a4", a4, .portrait, a4),
            ("a4 landscape", a4, .landscape, Size(width: .mm(297), height: .mm(210))),
            ("letter landscape", letter, .landscape, Size(width: .inches(11), height: .inches(8.5))),
        ]
        var pageCounts: [String: Int] = [:]
        for (name, paper, orientation, size) in sizes {
            var sized = definition
            sized.page.size = paper
            sized.page.orientation = orientation
            let sheet = SheetLayout(definition: sized, measurer: FixedWidthMeasurer()).layout(routine(steps))
            pageCounts[name] = sheet.pages.count
            for page in sheet.pages {
                XCTAssertEqual(page.size.width.points, size.width.points, accuracy: 0.01, name)
                XCTAssertEqual(page.size.height.points, size.height.points, accuracy: 0.01, name)
            }
            XCTAssertEqual(sheet.pages.map(\.checkboxes.count).reduce(0, +), 8 * 20, name)
            for number in 1...8 {
                XCTAssertEqual(sheet.pages.flatMap(\.textRuns).filter { $0.text == "Step \(number)" }.count, 1, name)
            }
            SheetChecks.assertInsideMargins(sheet, sized)
            SheetChecks.assertNoTextOverlaps(sheet)
            // The section rule spans this page's width, margin to margin.
            let rules = sheet.pages.flatMap(\.items).compactMap { item -> Rule? in
                if case .rule(let rule) = item { rule } else { nil }
            }
            let right = try XCTUnwrap(rules.map(\.to.x.points).max())
            XCTAssertEqual(right, (size.width - sized.margins.right).points, accuracy: 0.01, name)
        }
        // A landscape page is shorter: the same steps need more pages.
        XCTAssertGreaterThan(try XCTUnwrap(pageCounts["a4 landscape"]), try XCTUnwrap(pageCounts["a4"]))
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
