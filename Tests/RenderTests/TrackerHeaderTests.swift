import Foundation
import RepSheet
import XCTest

/// The tracker's header row: day headings and, on a dated log, the date under each day.
final class TrackerHeaderTests: XCTestCase {
    /// The dates under the day headings ("Dec 7") sit above the header's rule however tight the
    /// rows are set: no text of a tracker page is struck through by a rule.
    func testNoRuleStrikesThroughTheDaysDates() throws {
        let maker = try SheetMaker()
        let path = Tool.packageRoot.appendingPathComponent("Tests/RenderTests/Fixtures/shoulder-postop.yaml").path
        let routine = try maker.loadRoutine(path: path)
        for size in ["letter", "a4", "5.5in x 8.5in"] {
            var options = SheetOptions(format: .pdf, layout: "tracker")
            options.pageSize = size
            let sheet = try maker.layout(routine, options: options)
            XCTAssertTrue(sheet.pages.flatMap(\.textRuns).contains { $0.text == "Dec 7" }, size)
            for (number, page) in sheet.pages.enumerated() {
                let rules = page.items.compactMap { item -> Rule? in
                    guard case .rule(let rule) = item, rule.from.y == rule.to.y else { return nil }
                    return rule
                }
                for run in page.textRuns {
                    let frame = run.frame
                    let struck = rules.first { rule in
                        min(rule.from.x, rule.to.x) < frame.maxX && max(rule.from.x, rule.to.x) > frame.minX
                            && rule.from.y > frame.minY + run.font.size * 0.2
                            && rule.from.y < frame.maxY - run.font.size * 0.3
                    }
                    XCTAssertNil(struck, "\(size) page \(number + 1): \"\(run.text)\" is struck through")
                }
            }
        }
    }
}
