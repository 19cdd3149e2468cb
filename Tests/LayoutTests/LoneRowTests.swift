import Foundation
import Routine
import XCTest

@testable import Layout

/// A log's week runs onto another page in pieces a reader can follow: no piece of a week holds
/// one step row alone (its first under the day headings at a page's foot, or its last over Notes
/// on the next page) unless that keeps a page from being sparse or the log from taking another.
final class LoneRowTests: XCTestCase {
    let frame = ContentFrame(definition: LayoutDefinition())

    /// A block `share` of the first page's content tall, with a rule along its bottom.
    func block(_ share: Double, step: Bool = true) -> Block {
        let height = frame.content.height * share
        let rule = Rule(
            from: Point(x: frame.content.minX, y: height), to: Point(x: frame.content.maxX, y: height),
            color: .black, lineWidth: .pt(0.5))
        return Block(items: [.rule(rule)], height: height, startsStep: step)
    }

    /// A table of `rows` rows, each `share` of a later page's content tall with a rule near its
    /// foot, cut between its rows, its first and last cuts leaving a row alone.
    func table(rows: Int, share: Double) -> Block {
        let row = (frame.content.maxY - frame.continuationTop) * share
        let rules = (1...rows).map { index in
            PageItem.rule(
                Rule(
                    from: Point(x: frame.content.minX, y: row * Double(index) - .pt(2)),
                    to: Point(x: frame.content.maxX, y: row * Double(index) - .pt(2)), color: .black,
                    lineWidth: .pt(0.5)))
        }
        var table = Block(items: rules, height: row * Double(rows), startsStep: true)
        let cuts = (1..<rows).map { row * Double($0) }
        table.cutPoints = cuts
        table.loneRowCuts = [cuts[0], cuts[cuts.count - 1]]
        return table
    }

    /// Lays out a block `above` of the first page and a table of `rows` rows of `share`, and
    /// checks two pages, the rows left alone, and the rules (the block's, then one a row) on the
    /// first page.
    func assertTwoPages(
        above: Double, rows: Int, share: Double, loneRows: Int, firstPageRules: Int?, _ message: String = "",
        line: UInt = #line
    ) {
        let layout = Paginator(frame: frame).layOut([block(above), table(rows: rows, share: share)])
        XCTAssertEqual(layout.pages.count, 2, line: line)
        XCTAssertEqual(layout.loneRows, loneRows, line: line)
        if let firstPageRules {
            XCTAssertEqual(ruleCount(layout.pages[0]), firstPageRules, message, line: line)
        }
    }

    func testARowIsNotLeftAloneUnderItsHeadingsWhenThePagesHoldTheTableWithoutIt() {
        // 0.72 and a row of 0.19 would fill the first page to about 0.9; without the row it is a
        // little under-filled, not sparse, and the five rows (0.95) fit the second page whole.
        assertTwoPages(
            above: 0.72, rows: 5, share: 0.19, loneRows: 0, firstPageRules: 1, "the table starts on the second page")
    }

    func testARowIsLeftAloneRatherThanLeaveAPageSparse() {
        // Without the row, the first page (0.66) would be sparse.
        assertTwoPages(
            above: 0.66, rows: 5, share: 0.19, loneRows: 1, firstPageRules: 2, "the first row goes on the first page")
    }

    func testARowIsLeftAloneRatherThanTakeAnotherPage() {
        // Five rows of 0.22 (1.1) cannot share a page whole: cut after the first or the fourth
        // row, or take a third page.
        assertTwoPages(above: 0.66, rows: 5, share: 0.22, loneRows: 1, firstPageRules: nil)
    }

    func testACutBetweenOtherRowsIsFree() {
        // The first page holds two rows under the block: no row is alone.
        assertTwoPages(above: 0.5, rows: 6, share: 0.2, loneRows: 0, firstPageRules: 3)
    }

    func ruleCount(_ page: Page) -> Int { page.items.filter { if case .rule = $0 { true } else { false } }.count }

    // MARK: - The tracker

    /// A falls-prevention log: nine steps in three sections, 28 days.
    var fallsLog: Routine {
        let names = [
            ["Marching", "Ankle circles"], ["Sit to stand", "Heel raises", "Toe raises", "Side leg lift"],
            ["Tandem stand", "One-leg stand", "Heel-toe walk"],
        ]
        let sections = names.enumerated().map { index, steps in
            Section(
                title: "Part \(index + 1)",
                steps: steps.map { Step(name: $0, dose: Dose(reps: 10, sides: $0.hasSuffix("lift") ? .each : .none)) })
        }
        var routine = Routine(
            title: "Staying steady at home", client: "Arthur Bell", sections: sections, track: Track(days: 28))
        routine.caution = "Always have a sturdy chair in front of you."
        return routine
    }

    /// Each page's pieces of weeks, as the number of step rows under each set of day headings (the
    /// first week's open with the tick key, the others with "Week N").
    func rowsPerPiece(_ sheet: Sheet, steps: Set<String>) -> [[Int]] {
        sheet.pages.map { page in
            let runs = page.textRuns.sorted { $0.origin.y < $1.origin.y }
            var pieces: [Int] = []
            for run in runs {
                if run.text.hasPrefix("Tick a box") || run.text.hasPrefix("Week ") {
                    pieces.append(0)
                } else if steps.contains(run.text), !pieces.isEmpty {
                    pieces[pieces.count - 1] += 1
                }
            }
            return pieces
        }
    }

    func testNoWeekOfTheFallsLogLeavesAStepRowAloneOnAPage() throws {
        let library = AllLayoutsTests.library
        let steps = Set(fallsLog.sections.flatMap(\.steps).map(\.name))
        var split = 0
        for name in ["tracker"] {
            for size in ["a5", "a4", "letter", "5.5in x 8.5in"] {
                var definition = try library.load(name)
                definition.page.size = try XCTUnwrap(PaperSize.named(size) ?? PaperSize.parse(size))
                let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(fallsLog)
                let pieces = rowsPerPiece(sheet, steps: steps)
                XCTAssertEqual(pieces.flatMap { $0 }.reduce(0, +), 4 * 9, "\(name) \(size): every row once")
                XCTAssertFalse(pieces.flatMap { $0 }.contains(1), "\(name) \(size): \(pieces)")
                split += pieces.flatMap { $0 }.count - 4
            }
        }
        XCTAssertGreaterThan(split, 0, "some week runs onto another page, so the rule is tried")
    }
}
