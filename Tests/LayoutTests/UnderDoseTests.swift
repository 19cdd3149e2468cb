import Foundation
import Routine
import XCTest

@testable import Layout

/// Large print puts a step's boxes under its dose line, so the step may break between lines of
/// its words: the number, name and first row of boxes stay together, at least two lines of words
/// go on each side of a break, and the rest goes on under "N. Name (continued)".
final class UnderDoseTests: XCTestCase {
    let halfLetter = Size(width: .inches(5.5), height: .inches(8.5))

    func routine(steps: Int, sentences: Int) -> Routine {
        let words = String(repeating: "Move slowly into the stretch and breathe out as you go. ", count: sentences)
        return Routine(
            title: "Long words", client: "Jane Doe", provider: "Clinic",
            sections: [
                Section(
                    title: "Stretches",
                    steps: (1...steps).map {
                        Step(name: "Stretch \($0)", instructions: .paragraph(words), dose: Dose(reps: 6, sets: 1))
                    })
            ], notes: ["Stop if it hurts."])
    }

    func testBoxesStandUnderTheDoseAboveTheWords() throws {
        let definition = try AllLayoutsTests.library.load("large-print")
        XCTAssertEqual(definition.checkbox.placement, .underDose)
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(
            routine(steps: 1, sentences: 2))
        let page = try XCTUnwrap(sheet.pages.first)
        let firstBox = try XCTUnwrap(page.checkboxes.map(\.frame.minY).min())
        let firstWords = try XCTUnwrap(page.textRuns.first { $0.text.hasPrefix("Move") })
        let dose = try XCTUnwrap(page.textRuns.first { $0.text.contains("6") && $0.origin.y < firstBox })
        XCTAssertLessThan(dose.origin.y, firstBox)
        XCTAssertLessThan(firstBox, firstWords.origin.y)
    }

    func testAStepBreaksBetweenLinesOfItsWordsKeepingTwoOnEachSide() throws {
        let definition = try AllLayoutsTests.library.load("large-print").resized(to: halfLetter)
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(
            routine(steps: 4, sentences: 5))
        var continued = 0
        for (index, page) in sheet.pages.enumerated() where index > 0 {
            guard let header = page.textRuns.first(where: { $0.text.hasSuffix("(continued)") }) else { continue }
            continued += 1
            let name = header.text.replacingOccurrences(of: " (continued)", with: "")
            let before = sheet.pages[index - 1]
            // The page before holds the step's name and its boxes, and none or two lines or more of its words.
            let nameRun = try XCTUnwrap(before.textRuns.first { $0.text == name }, "page \(index): \(name)")
            let wordsBefore = before.textRuns.filter {
                $0.font.size == definition.type.body && $0.origin.y > nameRun.origin.y
            }
            XCTAssertTrue(before.checkboxes.contains { $0.frame.minY > nameRun.origin.y }, "page \(index)")
            XCTAssertNotEqual(Set(wordsBefore.map(\.origin.y)).count, 1, "page \(index): one line left behind")
            let wordsAfter = page.textRuns.filter {
                $0.font.size == definition.type.body && $0.origin.y > header.origin.y
            }
            let linesAfter = Set(wordsAfter.map(\.origin.y))
            XCTAssertGreaterThanOrEqual(linesAfter.count, 2, "page \(index + 1): one line carried over")
        }
        XCTAssertGreaterThan(continued, 0, "no step was broken between its words")
        SheetChecks.assertInsideMargins(sheet, definition, label: "large print, half-letter")
        SheetChecks.assertNoTextOverlaps(sheet, label: "large print, half-letter")
    }

    func testLineCutsKeepTwoLinesOnEachSide() {
        let lines = (0..<5).map { line in
            PageItem.text(
                TextRun(
                    text: "line \(line)", font: FontSpec(family: "Sans", size: .pt(10)), color: .black,
                    origin: Point(x: .zero, y: .pt(Double(line) * 12 + 10)), width: .pt(40)))
        }
        let cuts = StepBuilder.lineCuts(lines)
        let tops = lines.map(\.frame.minY)
        XCTAssertEqual(cuts, [tops[0], tops[2], tops[3]])
        XCTAssertEqual(StepBuilder.lineCuts(Array(lines.prefix(3))), [tops[0]])
        XCTAssertEqual(StepBuilder.lineCuts([]), [])
    }
}
