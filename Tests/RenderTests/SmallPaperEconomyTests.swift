import Foundation
import RepSheet
import XCTest

/// Page economy where the header is tall for its page or the page small for its cards, rendered
/// to real PDFs and measured by their ink: a first card that fits under the pain guide once the
/// gaps close up, cards lowered on a postcard-sized page, large print's header on A5, and content
/// kept clear of the footer's rule on smaller paper.
final class SmallPaperEconomyTests: XCTestCase {
    /// The sheet of the routine at `path` in `layout` on `size`, and each page's ink fill.
    func rendered(_ path: String, layout: String, size: String) throws -> (sheet: Sheet, fills: [Double]) {
        try XCTSkipIf(
            !FileManager.default.fileExists(atPath: "/usr/bin/pdftoppm"), "poppler-utils is not installed")
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: path)
        var options = SheetOptions(format: .pdf, layout: layout)
        options.pageSize = size
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appendingPathComponent("sheet.pdf")
        try XCTUnwrap(try maker.render(routine, options: options).first).write(to: pdf)
        return (try maker.layout(routine, options: options), try PageInk.fills(ofPDF: pdf))
    }

    static func fixture(_ name: String) -> String {
        Tool.packageRoot.appendingPathComponent("Tests/RenderTests/Fixtures/\(name).yaml").path
    }

    /// Pages but the last less than 70 % full.
    static func sparse(_ fills: [Double]) -> Int { fills.dropLast().filter { $0 < 0.70 }.count }

    /// Title, caution, panel and pain guide left page 1 at 0.46 (the full-width first card was
    /// 1 mm too tall for what was left); with the gaps above it closed up it fits there.
    func testTheFirstCardFitsUnderThePainGuideOnceTheGapsCloseUp() throws {
        let (sheet, fills) = try rendered(Self.fixture("rotator-cuff-protocol"), layout: "cards", size: "letter")
        XCTAssertEqual(fills.count, 4, "\(fills)")
        XCTAssertEqual(Self.sparse(fills), 0, "\(fills)")
        let first = try XCTUnwrap(sheet.pages.first)
        XCTAssertTrue(first.texts.contains { $0.hasPrefix("Pain guide") }, "the guide on page 1")
        XCTAssertTrue(first.texts.contains("Pendulum (Codman) circles"), "the first card on page 1")
    }

    /// Thirty short poses on 100 × 160 mm: at the layout's picture band every card was taller than
    /// half a page, 31 pages and 29 of them under 70 %; with lower cards most pages hold two.
    func testCardsOnAPostcardSizedPageHoldTwoAPage() throws {
        let path = CorpusTests.corpus("yoga-flow-de")
        let (sheet, fills) = try rendered(path, layout: "cards", size: "100mm x 160mm")
        XCTAssertLessThanOrEqual(fills.count, 20, "\(fills)")
        XCTAssertLessThanOrEqual(Self.sparse(fills), 4, "\(fills)")
        let twoCards = sheet.pages.filter { page in
            page.texts.filter { $0 == "Halten 30 s" }.count >= 2
        }
        XCTAssertGreaterThanOrEqual(twoCards.count, 10, "pages holding two cards")
        // The title column would have been 42 mm wide: Name and Date go under the title instead,
        // which keeps to three lines.
        let title = sheet.pages[0].textRuns.filter { $0.font.size.points > 15 }
        XCTAssertLessThanOrEqual(Set(title.map(\.origin.y)).count, 3, title.map(\.text).description)
    }

    /// Large print on A5: the title, caution and panel were too tall for a page together, so the
    /// title stood alone on page 1 (0.37). The panel's tick key now goes on in an outline of its
    /// own on page 2, and page 1 holds the title, the caution and the rest of the panel.
    func testLargePrintOnA5EndsTheFirstPageBeforeThePanelsKey() throws {
        let path = CorpusTests.corpus("shoulder-post-op")
        let (sheet, fills) = try rendered(path, layout: "large-print", size: "a5")
        XCTAssertEqual(Self.sparse(fills), 0, "\(fills)")
        XCTAssertLessThanOrEqual(fills.count, 11)
        let first = sheet.pages[0].texts.joined(separator: " ")
        XCTAssertTrue(first.contains("Caution"), first)
        XCTAssertTrue(first.contains("How often: Three times a day"), first)
        XCTAssertFalse(first.contains("Tick a box"), first)
        XCTAssertTrue(sheet.pages[1].texts.joined(separator: " ").contains("Tick a box"))
    }

    /// A caution under the title, then a panel too tall to share the page: the caution goes under
    /// the panel, heading the steps (mid-back stretches, large print on half-letter: page 1 at
    /// 0.31, the title alone, before).
    func testLargePrintPutsTheCautionUnderThePanelWhenTheyDoNotFitTogether() throws {
        let path = Tool.packageRoot.appendingPathComponent("examples/mid-back-stretches.yaml").path
        let (sheet, fills) = try rendered(path, layout: "large-print", size: "half-letter")
        XCTAssertEqual(Self.sparse(fills), 0, "\(fills)")
        let first = sheet.pages[0].texts.joined(separator: " ")
        XCTAssertTrue(first.contains("How often"), first)
        XCTAssertFalse(first.contains("Caution"), first)
        XCTAssertTrue(sheet.pages[1].texts.contains("Caution"))
    }

    /// On half-letter and A5 every item above the footer ends at least 2 mm above its rule, in
    /// every layout, on sheets whose pages run to the foot (cards used to draw over the rule).
    func testContentStaysClearOfTheFooterRuleOnSmallerPaper() throws {
        let maker = try SheetMaker()
        for name in ["spinal-stenosis", "knee-rehab-log"] {
            let path =
                name == "spinal-stenosis"
                ? Tool.packageRoot.appendingPathComponent("examples/\(name).yaml").path : CorpusTests.corpus(name)
            let routine = try maker.loadRoutine(path: path)
            for layout in ["classic", "cards", "tracker", "compact", "large-print"] {
                for size in ["half-letter", "a5"] {
                    var options = SheetOptions(format: .pdf, layout: layout)
                    options.pageSize = size
                    let sheet = try maker.layout(routine, options: options)
                    for (index, page) in sheet.pages.enumerated() {
                        let place = "\(name) \(layout) \(size) page \(index + 1)"
                        let footer = try XCTUnwrap(footerTop(page), place)
                        // The footer's rule (where a layout draws one) stands 1.8 mm above its words.
                        let rule = footer - Length.mm(1.8).points
                        let content = page.items.map(\.frame).filter { $0.minY.points < rule - 1 }
                        let lowest = content.map(\.maxY.points).max() ?? 0
                        XCTAssertLessThanOrEqual(
                            lowest, rule - Length.mm(2).points + 0.01,
                            "\(place): content down to \(lowest) pt, the footer's rule at \(rule) pt")
                    }
                }
            }
        }
    }

    /// The top of the footer's words: the page number, "Page N of M".
    func footerTop(_ page: Page) -> Double? {
        page.textRuns.filter { $0.text.hasPrefix("Page ") && $0.text.contains(" of ") }.map(\.frame.minY.points).max()
    }
}
