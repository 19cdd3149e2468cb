import Foundation
import XCTest

@testable import Layout

/// The pain guide on narrow paper: its bands stacked with each one's words beside its range, and
/// the guide free to end the first page under the panel when keeping it with the first step
/// would leave that page sparse.
final class PainGuidePlacementTests: XCTestCase {
    func guide(width: Length) -> [PageItem] {
        let definition = LayoutDefinition()
        let composer = BlockComposer(
            definition: definition, frame: ContentFrame(definition: definition),
            setter: TextSetter(measurer: FixedWidthMeasurer()), labels: SheetLabels())
        return PainGuideBlock(composer: composer).items(x: .zero, top: .zero, width: width).items
    }

    func run(_ text: String, in items: [PageItem]) throws -> TextRun {
        try XCTUnwrap(
            items.lazy.compactMap { item -> TextRun? in
                if case .text(let run) = item, run.text.hasPrefix(text) { return run }
                return nil
            }.first, text)
    }

    func testStackedBandsSetTheirWordsBesideTheirRange() throws {
        let items = guide(width: .mm(110))
        let range = try run("0–3", in: items)
        let words = try run(SheetLabels().painFine.components(separatedBy: " ")[0], in: items)
        XCTAssertEqual(words.origin.y.points, range.origin.y.points, accuracy: 0.01, "on the range's line")
        XCTAssertGreaterThan(words.origin.x, range.origin.x + range.width)
    }

    func testBandsSideBySideKeepTheirWordsUnderTheirRange() throws {
        let items = guide(width: .mm(170))
        let range = try run("0–3", in: items)
        let words = try run(SheetLabels().painFine.components(separatedBy: " ")[0], in: items)
        XCTAssertGreaterThan(words.origin.y, range.origin.y)
    }

    /// Title and panel, the guide, and two steps: kept with the first step, the guide leaves the
    /// first page under 70 % and the sheet takes three pages.
    func plan(softly: Bool) -> [BreakPlanner.Position]? {
        let blocks = [
            Block(height: .pt(50), keepWithNext: true), Block(height: .pt(10)),
            Block(height: .pt(35), keepWithNext: true, keepsWithNextUnlessSparse: softly),
            Block(height: .pt(60), startsStep: true), Block(height: .pt(35), startsStep: true),
        ]
        return BreakPlanner(blocks: blocks, firstPage: .pt(100), laterPages: .pt(100)).plan()
    }

    func testTheGuideMayEndTheFirstPageRatherThanLeaveItSparse() throws {
        XCTAssertEqual(try XCTUnwrap(plan(softly: false)).count, 3)
        XCTAssertEqual(try XCTUnwrap(plan(softly: true)).map(\.block), [0, 3])
    }
}
