import Foundation
import Routine
import XCTest

@testable import Layout

/// On a card across the page, the picture is a tile beside the words; words that reach below the
/// tile go on under it, across the card, rather than down a narrow column with the tile's width
/// left empty under it.
final class CardTextUnderPictureTests: XCTestCase {
    /// A paragraph of numbered words, so every run can be traced back to it.
    static let words = (1...140).map { "word\($0)" }

    func sheet(paper: String = "a5") throws -> (sheet: Sheet, definition: LayoutDefinition) {
        var definition = try AllLayoutsTests.library.load("cards")
        definition.page.size = try XCTUnwrap(PaperSize.named(paper))
        let step = Step(
            name: "Bridging", instructions: .paragraph(Self.words.joined(separator: " ")),
            dose: Dose(reps: 8, sets: 2))
        let routine = Routine(title: "Lumbar", sections: [Section(title: nil, steps: [step])])
        return (SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine), definition)
    }

    func testWordsBelowTheTileRunAcrossTheCardAndNoneIsLost() throws {
        let (sheet, definition) = try sheet()
        let items = sheet.pages.flatMap(\.items)
        let runs = items.compactMap { item -> TextRun? in
            guard case .text(let run) = item, run.text.hasPrefix("word") else { return nil }
            return run
        }
        XCTAssertEqual(runs.map(\.text).joined(separator: " "), Self.words.joined(separator: " "))
        let tile = try XCTUnwrap(
            items.compactMap { item -> Rect? in
                guard case .box(let box) = item, box.fill == definition.colors.tint,
                    box.cornerRadius == definition.spacing.cardRadius, box.frame.width < .mm(60)
                else { return nil }
                return box.frame
            }.first, "the picture tile")
        let beside = runs.filter { $0.origin.x > tile.maxX }
        let under = runs.filter { $0.origin.x < tile.maxX }
        XCTAssertFalse(beside.isEmpty, "the first lines are beside the tile")
        XCTAssertFalse(under.isEmpty, "the lines below the tile run under it")
        XCTAssertEqual(try XCTUnwrap(under.first).origin.x.points, tile.minX.points, accuracy: 0.01)
        for run in under {
            XCTAssertGreaterThanOrEqual(run.origin.y - run.font.ascent, tile.maxY, "\(run.text) clears the tile")
        }
        // Under the tile a line holds more words than beside it.
        let widest = { (runs: [TextRun]) in runs.map { $0.text.split(separator: " ").count }.max() ?? 0 }
        XCTAssertGreaterThan(widest(under), widest(beside))
        // Beside runs come first, in reading order.
        XCTAssertTrue(try XCTUnwrap(beside.last).origin.y < XCTUnwrap(under.first).origin.y)
    }

    func testTheRestOfATextAfterItsFirstLines() {
        let text = "Lie on your back,\nknees bent. Sprunggelenksverstauchung heilt langsam."
        XCTAssertEqual(
            TextSetter.text(of: text, after: ["Lie on your", "back,"]),
            "knees bent. Sprunggelenksverstauchung heilt langsam.")
        // A hyphen the break added inside a word: the rest goes on inside the word.
        XCTAssertEqual(
            TextSetter.text(of: text, after: ["Lie on your back,", "knees bent. Sprungge-"]),
            "lenksverstauchung heilt langsam.")
        XCTAssertNil(TextSetter.text(of: text, after: ["Lie in your"]), "lines that do not spell the text")
        XCTAssertNil(TextSetter.text(of: "Short text.", after: ["Short text."]), "nothing left")
    }
}
