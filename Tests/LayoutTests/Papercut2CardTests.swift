import Foundation
import Routine
import XCTest

@testable import Layout

/// Issue 21, item 6: the hairline under a card's words keeps clear of their descenders, and the
/// tick key stays when a routine has no intro or frequency.
final class Papercut2CardTests: XCTestCase {
    /// A card's hairline and the lowest descender of the words above it, in the card's column.
    struct Gap {
        let step: String
        let hairline: Length
        let lastDescender: Length
        var value: Length { hairline - lastDescender }
    }

    /// The gap of every card on every page of `sheet`.
    static func gaps(in sheet: Sheet, hairline color: Color) -> [Gap] {
        var gaps: [Gap] = []
        for page in sheet.pages {
            let cards: [Rect] = page.items.compactMap {
                if case .box(let box) = $0, box.stroke == color, box.fill == nil, box.frame.height > .mm(30) {
                    return box.frame
                }
                return nil
            }
            for card in cards {
                let rules: [Rule] = page.items.compactMap {
                    if case .rule(let rule) = $0, rule.color == color, rule.from.y == rule.to.y,
                        rule.from.x > card.minX, rule.to.x < card.maxX, rule.from.y > card.minY,
                        rule.from.y < card.maxY
                    {
                        return rule
                    }
                    return nil
                }
                guard let rule = rules.max(by: { $0.from.y < $1.from.y }) else { continue }
                let words = page.textRuns.filter {
                    $0.frame.minX >= card.minX && $0.frame.maxX <= card.maxX && $0.origin.y > card.minY
                        && $0.origin.y < rule.from.y
                }
                guard let last = words.max(by: { $0.frame.maxY < $1.frame.maxY }) else { continue }
                let name = words.first { $0.font.weight == .bold }?.text ?? last.text
                gaps.append(
                    Gap(step: name, hairline: rule.from.y - rule.lineWidth / 2, lastDescender: last.frame.maxY))
            }
        }
        return gaps
    }

    /// A routine whose cards are filled by their words: long instructions, a note, a long name.
    static func fullRoutine(words: Int) -> Routine {
        let sentence = "Breathe out slowly and keep your shoulders down while you hold the stretch."
        let text = Array(repeating: sentence, count: words).joined(separator: " ")
        let steps = (1...6).map { index in
            Step(
                name: "Step number \(index) with a name that wraps over two lines of the card",
                instructions: .paragraph(String(text.prefix(60 + index * 45))),
                dose: Dose(hold: TimeSpan(seconds: 30), reps: index, sides: index.isMultiple(of: 2) ? .each : .none),
                notes: index > 3 ? "Keep it gentle." : nil)
        }
        return Routine(title: "Full cards", sections: [Section(title: "Lying down", steps: steps)])
    }

    func testTheHairlineSitsAtLeastTwoMillimetresBelowTheLastDescenders() throws {
        var routines = try AllLayoutsTests.examples.map { try RoutineLoader.load(path: $0) }
        routines += [1, 3, 6].map { Self.fullRoutine(words: $0) }
        var measured = 0
        for routine in routines {
            for size in ["letter", "a4", "a5"] {
                var definition = try AllLayoutsTests.library.load("cards")
                definition.page.size = try XCTUnwrap(PaperSize.named(size))
                let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
                for gap in Self.gaps(in: sheet, hairline: definition.colors.hairline) {
                    measured += 1
                    XCTAssertGreaterThanOrEqual(
                        gap.value.points, Length.mm(2).points - 0.01,
                        "\(routine.title), \(size), \(gap.step): \(gap.value.points / Length.mm(1).points) mm")
                }
            }
        }
        XCTAssertGreaterThan(measured, 100, "cards measured")
    }

    func testARoutineWithoutIntroOrFrequencyStillHasTheTickKey() throws {
        let definition = try AllLayoutsTests.library.load("cards")
        let labels = SheetLabels()
        for (intro, frequency) in [(nil, nil), ("Intro.", nil), (nil, "Daily"), ("Intro.", "Daily")]
            as [(String?, String?)]
        {
            let routine = Routine(
                title: "T", intro: intro, frequency: frequency,
                sections: [Section(title: nil, steps: [Step(name: "One", dose: Dose(reps: 3))])])
            let page = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine).pages[0]
            let words = page.textRuns.map(\.text).joined(separator: " ")
            if intro == nil && frequency == nil {
                XCTAssertTrue(words.contains(labels.key.split(separator: " ").prefix(3).joined(separator: " ")), words)
                XCTAssertTrue(page.items.contains { if case .checkmark = $0 { true } else { false } }, "a ticked box")
            }
            XCTAssertTrue(words.contains("One"))
        }
    }
}
