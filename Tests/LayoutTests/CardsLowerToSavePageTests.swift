import Foundation
import Routine
import XCTest

@testable import Layout

/// Short cards at the layout's height leave a fifth of every page empty (two rows a page on A4):
/// the cards are planned lower when that saves a page, with no page left sparse.
final class CardsLowerToSavePageTests: XCTestCase {
    func routine(steps: Int) -> Routine {
        let steps = (1...steps).map {
            Step(name: "Step \($0)", instructions: .paragraph("Lift the arm slowly."), dose: Dose(reps: 5))
        }
        return Routine(title: "Morning mobility", sections: [Section(title: nil, steps: steps)])
    }

    /// Every card's frame with its page index: the hairline-framed boxes with the cards' radius.
    func cards(_ sheet: Sheet, _ definition: LayoutDefinition) -> [(page: Int, frame: Rect)] {
        sheet.pages.enumerated().flatMap { index, page in
            page.items.compactMap { item -> (page: Int, frame: Rect)? in
                guard case .box(let box) = item, box.stroke == definition.colors.hairline, box.fill == nil,
                    box.cornerRadius == definition.spacing.cardRadius
                else { return nil }
                return (index, box.frame)
            }
        }
    }

    func testShortCardsTakeThreeRowsAPageWhenThatSavesAPage() throws {
        var definition = try AllLayoutsTests.library.load("cards")
        definition.page.size = try XCTUnwrap(PaperSize.named("a4"))
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine(steps: 20))
        let pieces = cards(sheet, definition)
        let pages = Set(pieces.map(\.page))
        let rowsOnPage = pages.map { page in Set(pieces.filter { $0.page == page }.map(\.frame.minY)).count }
        XCTAssertEqual(rowsOnPage.max(), 3, "rows a page: \(rowsOnPage)")
        XCTAssertLessThan(sheet.pages.count, 5, "two rows a page would take five pages")
        let designed = definition.spacing.cardHeight
        XCTAssertTrue(pieces.contains { $0.frame.height < designed }, "cards lower than the layout's height")
        for index in sheet.pages.indices.dropLast() {
            let cards = pieces.filter { $0.page == index }
            let bottom = try XCTUnwrap(cards.map(\.frame.maxY).max())
            XCTAssertGreaterThan(bottom, definition.pageSize.height * 0.7, "page \(index + 1) is sparse")
        }
    }

    func testCardsThatFillTheirPagesKeepTheLayoutsHeight() throws {
        var definition = try AllLayoutsTests.library.load("cards")
        definition.page.size = try XCTUnwrap(PaperSize.named("a4"))
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine(steps: 2))
        let pieces = cards(sheet, definition)
        XCTAssertEqual(sheet.pages.count, 1)
        XCTAssertTrue(pieces.allSatisfy { $0.frame.height >= definition.spacing.cardHeight - .mm(0.01) })
    }
}
