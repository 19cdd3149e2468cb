import Foundation
import Routine
import XCTest

@testable import Layout

/// A set of boxes in several rows may be cut between its rows, with the set's name over the
/// rows it continues, but only to keep a page from being left sparse.
final class RowCutTests: XCTestCase {
    func testASetInSeveralRowsOffersCutsBetweenThemUnderItsName() throws {
        var definition = LayoutDefinition()
        definition.checkbox.perRow = 5
        let grid = CheckboxGrid(
            definition: definition, setter: TextSetter(measurer: FixedWidthMeasurer()), labels: SheetLabels()
        ).layout(for: Dose(reps: 15, sets: 2), x: .zero, width: .mm(120))
        XCTAssertEqual(grid.rowCuts.count, 4, "two rows between the three of each set")
        let second = try XCTUnwrap(grid.rowCuts.last)
        let heading = try XCTUnwrap(grid.cutHeadings.last { $0.applies(to: second) })
        let words = heading.items.compactMap { item -> String? in
            if case .text(let run) = item { return run.text }
            return nil
        }
        XCTAssertEqual(words, [SheetLabels().set(2)])
        XCTAssertFalse(grid.cuts.contains { heading.applies(to: $0) }, "a cut between sets starts a set: no heading")
    }

    /// A step of three sets after a step half a page tall, then Notes: with cuts only between sets,
    /// the second set stands alone on a page left half empty.
    func sheet(rowCuts: Bool) -> [Block] {
        let set = 0.45
        let rows = [0.15, 0.3, 0.6, 0.75, 1.05, 1.2].map { Length.pt($0 * 100) }
        return [
            Block(height: .pt(50), startsStep: true),
            Block(
                height: .pt(3 * set * 100), cutPoints: [.pt(set * 100), .pt(2 * set * 100)] + (rowCuts ? rows : []),
                rowCuts: rowCuts ? rows : [], startsStep: true),
            Block(height: .pt(30)),
        ]
    }

    func testRowsOfASetGoOnOnANewPageRatherThanLeaveOneSparse() throws {
        let without = try XCTUnwrap(
            BreakPlanner(blocks: sheet(rowCuts: false), firstPage: .pt(100), laterPages: .pt(100)).plannedPages())
        XCTAssertEqual(without.flaws, 1, "cut only between sets, a page is left under 70 %")
        let with = try XCTUnwrap(
            BreakPlanner(blocks: sheet(rowCuts: true), firstPage: .pt(100), laterPages: .pt(100)).plannedPages())
        XCTAssertEqual(with.flaws, 0, "\(with.starts)")
        XCTAssertEqual(with.starts.count, 3)
    }

    func testRowsOfASetStayTogetherWhenNoPageIsLeftSparse() throws {
        // The same step alone: cut between sets, every page well filled.
        let blocks = Array(sheet(rowCuts: true).dropFirst())
        let plan = try XCTUnwrap(BreakPlanner(blocks: blocks, firstPage: .pt(100), laterPages: .pt(100)).plannedPages())
        XCTAssertEqual(plan.starts.map(\.cut.points), [0, 90])
    }

    /// A card's set of boxes in a tower of rows may go on between its rows; a set of a few rows
    /// stays whole.
    func testACardCutsATowerOfRowsButNotASetOfAFew() throws {
        let definition = try AllLayoutsTests.library.load("cards")
        let composer = BlockComposer(
            definition: definition, frame: ContentFrame(definition: definition),
            setter: TextSetter(measurer: FixedWidthMeasurer()), labels: SheetLabels())
        let builder = CardBuilder(composer: composer)
        func face(_ dose: Dose) -> CardFace {
            builder.face(
                CardStep(step: Step(name: "Wall sit", dose: dose), number: 1, section: nil), x: composer.left,
                width: composer.width)
        }
        XCTAssertGreaterThan(face(Dose(reps: 50, sets: 3)).ticksCuts.count, 2, "rows as well as sets")
        XCTAssertEqual(face(Dose(reps: 10, sets: 3)).ticksCuts.count, 2, "between the sets only")
    }
}
