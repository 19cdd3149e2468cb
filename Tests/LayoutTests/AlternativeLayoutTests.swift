import Foundation
import Routine
import XCTest

@testable import Layout

/// Alternatives and cautions in every layout's display list: where they go, what they say, and
/// that an alternative adds no boxes of its own.
final class AlternativeLayoutTests: XCTestCase {
    static let library = AllLayoutsTests.library

    /// Three steps: one with an alternative, one with a caution, one plain; and a routine caution.
    static func routine(language: String = "en") throws -> Routine {
        try RoutineLoader.load(
            text: """
                title: Alternatives
                language: \(language)
                caution: Only after a proper diagnosis.
                defaults: {reps: 3}
                steps:
                  - name: Child's pose
                    hold: 30s
                    alternative:
                      name: Seated rolldown
                      reason: Can't kneel?
                      hold: 10s
                      reps: 5
                      instructions: Sit and roll forward slowly.
                  - name: Press-up
                    caution: Stop if pain spreads down your leg.
                  - name: Bridge
                """, fileName: "alternatives.yaml", baseDirectory: nil)
    }

    private func sheet(_ layout: String, _ routine: Routine, labels: SheetLabels = SheetLabels()) throws -> Sheet {
        SheetLayout(definition: try Self.library.load(layout), measurer: FixedWidthMeasurer(), labels: labels)
            .layout(routine)
    }

    private func runs(_ sheet: Sheet) -> [(page: Int, run: TextRun)] {
        sheet.pages.enumerated().flatMap { index, page in page.textRuns.map { (index, $0) } }
    }

    func testEveryLayoutPrintsTheAlternativeUnderItsStep() throws {
        let routine = try Self.routine()
        for name in Self.library.names {
            let sheet = try sheet(name, routine)
            let text = SheetChecks.allText(sheet)
            XCTAssertTrue(text.contains("Instead: Seated rolldown"), "\(name): \(text)")
            XCTAssertTrue(text.contains("Can't kneel?"), name)
            let all = runs(sheet)
            let step = try XCTUnwrap(all.first { $0.run.text.hasPrefix("Child") }, name)
            let instead = try XCTUnwrap(all.first { $0.run.text.contains("Instead") }, name)
            let next = try XCTUnwrap(all.first { $0.run.text.contains("Press-up") }, name)
            // Under the step, before the next one.
            XCTAssertTrue(
                (instead.page, instead.run.origin.y) > (step.page, step.run.origin.y), "\(name): not under its step")
            if name == "cards" {
                // Cards stand side by side: in the step's own card, whatever the card beside it holds.
                XCTAssertLessThan(
                    abs((instead.run.origin.x - step.run.origin.x).points), Length.mm(40).points,
                    "\(name): not in its card")
                XCTAssertEqual(instead.page, step.page, name)
            } else {
                XCTAssertTrue(
                    (instead.page, instead.run.origin.y) < (next.page, next.run.origin.y),
                    "\(name): after the next step")
            }
            SheetChecks.assertNoTextOverlaps(sheet, label: name)
            SheetChecks.assertInsideMargins(sheet, try Self.library.load(name), label: name)
        }
    }

    func testAnAlternativeSharesItsStepsBoxes() throws {
        var plain = try Self.routine()
        plain.sections[0].steps[0].alternative = nil
        for name in Self.library.names {
            let with = try sheet(name, try Self.routine()).pages.flatMap(\.checkboxes).count
            let without = try sheet(name, plain).pages.flatMap(\.checkboxes).count
            XCTAssertEqual(with, without, "\(name): the alternative added boxes")
            XCTAssertGreaterThan(with, 0, name)
        }
    }

    func testACautionIsAFramedBlockWithTheWordAndASign() throws {
        let routine = try Self.routine()
        for name in Self.library.names {
            let sheet = try sheet(name, routine)
            let page = try XCTUnwrap(sheet.pages.first)
            let frames = page.items.compactMap { item -> Box? in
                if case .box(let box) = item, box.lineWidth == CautionBlock.frameWidth { return box }
                return nil
            }
            XCTAssertEqual(frames.count >= 1, true, "\(name): no caution frame")
            let word = try XCTUnwrap(page.textRuns.first { $0.text == "Caution" }, "\(name): no word")
            let frame = try XCTUnwrap(frames.first { $0.frame.contains(word.frame) }, "\(name): word outside a frame")
            XCTAssertEqual(frame.stroke, try Self.library.load(name).colors.ink, name)
            let signs = page.items.compactMap { item -> Shape? in
                if case .shape(let shape) = item, shape.segments.count == 4, frame.frame.contains(shape.frame) {
                    return shape
                }
                return nil
            }
            XCTAssertEqual(signs.count, 1, "\(name): one warning sign in the frame")
            // At the top of the sheet: above the first step.
            let first = try XCTUnwrap(page.textRuns.first { $0.text.hasPrefix("Child") })
            XCTAssertLessThan(frame.frame.maxY, first.frame.minY, "\(name): the routine caution is not at the top")
            // The step's caution too, somewhere on the sheet.
            XCTAssertTrue(SheetChecks.allText(sheet).contains("Stop if pain spreads down your leg."), name)
            XCTAssertEqual(
                sheet.pages.flatMap(\.textRuns).filter { $0.text == "Caution" }.count, 2, "\(name): two cautions")
        }
    }

    func testCautionAndInsteadInEveryLanguage() throws {
        var words: Set<String> = []
        for tag in SheetLabels.languages {
            let labels = try XCTUnwrap(SheetLabels(language: tag))
            XCTAssertFalse(labels.caution.isEmpty, tag)
            XCTAssertFalse(labels.instead.isEmpty, tag)
            if tag != "en" { XCTAssertNotEqual(labels.caution, "Caution", tag) }
            words.insert(labels.instead)
        }
        XCTAssertEqual(SheetLabels.languages.count, 10)
        XCTAssertGreaterThanOrEqual(words.count, 9)
        XCTAssertTrue(SheetLabels.names.contains("caution") && SheetLabels.names.contains("instead"))
        let changed = SheetLabels().applying(["caution": "Warning", "instead": "Or"]).labels
        XCTAssertEqual(changed.caution, "Warning")
        XCTAssertEqual(changed.instead, "Or")
    }

    func testSpanishAndArabicSheetsSayCautionInTheirLanguage() throws {
        for (tag, word, instead) in [("es", "Precaución", "En su lugar"), ("ar", "تنبيه", "بدلًا من ذلك")] {
            let labels = try XCTUnwrap(SheetLabels(language: tag))
            for name in Self.library.names {
                let sheet = try sheet(name, try Self.routine(language: tag), labels: labels)
                let text = SheetChecks.allText(sheet)
                XCTAssertTrue(text.contains(word), "\(tag) \(name)")
                XCTAssertTrue(text.contains("\(instead): Seated rolldown"), "\(tag) \(name)")
                XCTAssertFalse(text.contains("Caution"), "\(tag) \(name)")
            }
        }
    }
}
