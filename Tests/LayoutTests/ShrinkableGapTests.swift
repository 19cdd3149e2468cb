import Foundation
import XCTest

@testable import Layout

/// Gaps between blocks give up a bounded share of themselves when that keeps a page from being
/// left sparse: a title, caution and panel a little taller than a page stay together.
final class ShrinkableGapTests: XCTestCase {
    let frame = ContentFrame(definition: LayoutDefinition())

    /// A block `share` of the first page's content tall, with a rule along its bottom.
    func block(_ share: Double, gap: Double = 0, keep: Bool = false, step: Bool = false) -> Block {
        let height = frame.content.height * share
        let rule = Rule(
            from: Point(x: frame.content.minX, y: height), to: Point(x: frame.content.maxX, y: height),
            color: .black, lineWidth: .pt(0.5))
        return Block(
            items: [.rule(rule)], height: height, gapBefore: frame.content.height * gap, keepWithNext: keep,
            startsStep: step)
    }

    /// Title, caution and panel kept together, 4 % taller than a page with their gaps at full
    /// size, then two steps.
    var sheet: [Block] {
        [
            block(0.5, keep: true), block(0.15, gap: 0.1, keep: true), block(0.19, gap: 0.1),
            block(0.45, step: true), block(0.45, step: true),
        ]
    }

    func testAChainALittleTallerThanAPageClosesItsGapsUpRatherThanStrandItsTitle() {
        let pages = Paginator(frame: frame).paginate(sheet)
        XCTAssertEqual(pages.count, 2)
        let firstPageRules = pages[0].items.filter { if case .rule = $0 { true } else { false } }
        XCTAssertEqual(firstPageRules.count, 3, "title, caution and panel share the first page")
        let lowest = pages[0].items.map(\.frame.maxY).max() ?? .zero
        XCTAssertLessThanOrEqual(lowest.points, frame.content.maxY.points + 0.3, "nothing below the margin")
    }

    func testTheGapsShrinkNoFurtherThanTheirBound() {
        let firstPage = frame.content.height
        let laterPages = frame.content.maxY - frame.continuationTop
        // Gaps give up at most 40 %: 8 % of a page, less than the 10 % this chain is too tall.
        let tooTall = [block(0.5, keep: true), block(0.2, gap: 0.1, keep: true), block(0.2, gap: 0.1)]
        let planner = BreakPlanner(
            blocks: tooTall + [block(0.4, step: true)], firstPage: firstPage, laterPages: laterPages,
            gapShrink: Paginator.gapShrink)
        let plan = planner.plannedPages()
        XCTAssertNotNil(plan)
        XCTAssertNotEqual(plan?.starts.last?.block, 3, "the chain cannot share one page: \(String(describing: plan))")
    }

    func testASheetWithoutFlawsKeepsItsGapsAtFullSize() {
        // Shrunk, the second step would fit the first page; but two well-filled pages lose nothing.
        let blocks = [block(0.75, step: true), block(0.17, gap: 0.1, step: true)]
        let pages = Paginator(frame: frame).paginate(blocks)
        XCTAssertEqual(pages.count, 2, "no page is left sparse, so no gap is closed up to save one")
    }
}
