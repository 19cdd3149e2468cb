import Foundation
import RepSheet
import XCTest

/// Every example × every built-in layout × letter and A4 rendered to a real PDF and checked with
/// `pdftotext -bbox`: words inside the margins, no overlaps, every step name, the promised page count.
final class AllLayoutsPDFTests: XCTestCase {
    static var examples: [String] {
        // Every example routine (client lists excluded), as `repsheet examples` lists them.
        let resources = Resources(root: Tool.packageRoot.path)
        return resources.exampleNames.compactMap { resources.example(named: $0) }
    }

    func testEveryExampleInEveryLayoutAndSize() throws {
        let maker = try SheetMaker()
        let library = LayoutLibrary(directory: maker.resources.layoutsDirectory)
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for path in Self.examples {
            let routine = try maker.loadRoutine(path: path)
            let example = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            for name in library.names {
                for size in ["letter", "a4"] {
                    var definition = try library.load(name)
                    definition.page.size = try XCTUnwrap(PaperSize.named(size))
                    var options = SheetOptions(format: .pdf, layout: name)
                    options.pageSize = size
                    let pdf = directory.appendingPathComponent("\(example)-\(name)-\(size).pdf")
                    try XCTUnwrap(try maker.render(routine, options: options).first).write(to: pdf)
                    let label = "\(example) \(name) \(size)"
                    let html = try Tool.run("pdftotext", ["-bbox", pdf.path, "-"]).stdout
                    let (pages, words) = PDFWord.parse(html)
                    // pdftotext splits joined Arabic letters into single glyphs whose boxes span the whole
                    // font ascent, so they always seem to overlap; right-to-left sheets are checked exactly
                    // on the display list (LayoutTests) and their mirroring in LanguageTests.
                    if !SheetLabels.isRightToLeft(routine.language) {
                        check(words, pages: pages, definition: definition, label: label)
                    }
                    let text = Tool.normalized(words.map(\.text).joined(separator: " "))
                    // (pdftotext also reorders Arabic lam-alef ligatures, so names are compared on LTR sheets.)
                    for step in routine.allSteps where !SheetLabels.isRightToLeft(routine.language) {
                        XCTAssertTrue(
                            text.contains(Tool.normalized(step.name)), "\(label): step \(step.name) missing")
                    }
                    if definition.page.orientation == .landscape {
                        XCTAssertTrue(pages.allSatisfy { $0.width > $0.height }, "\(label): not landscape")
                    }
                    if example == "back-stretches" {
                        let promised = ["classic": 2, "cards": 2, "tracker": 1, "compact": 1, "large-print": 3]
                        if let count = promised[name],
                            size == "letter" || name == "compact" || name == "tracker"
                        {
                            XCTAssertEqual(pages.count, count, "\(label): page count")
                        }
                    }
                }
            }
        }
    }

    /// Words inside the margins (header and footer lines at least 8.5 mm from the edge); no two overlap.
    private func check(
        _ words: [PDFWord], pages: [(width: Double, height: Double)], definition: LayoutDefinition,
        label: String
    ) {
        let m = definition.margins
        let edge = 8.5 * 72 / 25.4
        let headerBottom = definition.spacing.headerRule.points + 1
        for word in words {
            guard word.page >= 1, word.page <= pages.count else { continue }
            let page = pages[word.page - 1]
            let footerTop = page.height - definition.spacing.footerRule.points - 1
            let place = "\(label) page \(word.page): \"\(word.text)\""
            XCTAssertGreaterThanOrEqual(word.xMin, edge, place)
            XCTAssertLessThanOrEqual(word.xMax, page.width - edge, place)
            XCTAssertGreaterThanOrEqual(word.yMin, edge, place)
            XCTAssertLessThanOrEqual(word.yMax, page.height - edge, place)
            let isFooter = word.yMin >= footerTop
            let isHeader = word.page > 1 && word.yMax <= headerBottom
            guard !isFooter && !isHeader else { continue }
            XCTAssertGreaterThanOrEqual(word.xMin, m.left.points - 1, "\(place) left of the margin")
            XCTAssertLessThanOrEqual(
                word.xMax, page.width - m.right.points + 1, "\(place) right of the margin")
            XCTAssertGreaterThanOrEqual(word.yMin, m.top.points - 1, "\(place) above the margin")
            XCTAssertLessThanOrEqual(
                word.yMax, page.height - m.bottom.points + 1, "\(place) below the margin")
        }
        for i in words.indices {
            for j in words.indices where j > i && words[i].overlaps(words[j]) {
                XCTFail(
                    "\(label): \"\(words[i].text)\" overlaps \"\(words[j].text)\" on page \(words[i].page)")
            }
        }
    }
}
