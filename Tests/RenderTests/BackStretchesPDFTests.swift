import Foundation
import RepSheet
import XCTest

/// The back-stretches example rendered to a real PDF and checked with poppler's tools.
final class BackStretchesPDFTests: XCTestCase {
    static let example = Tool.packageRoot.appendingPathComponent("examples/back-stretches.yaml").path
    var directory: URL!
    var pdf: URL!
    var routine: Routine!

    override func setUpWithError() throws {
        directory = try Tool.temporaryDirectory()
        pdf = directory.appendingPathComponent("back.pdf")
        let maker = try SheetMaker()
        routine = try maker.loadRoutine(path: Self.example)
        let data = try maker.render(routine, options: SheetOptions(format: .pdf))
        try XCTUnwrap(data.first).write(to: pdf)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testPageSizeIsUSLetterAndCountIsTwo() throws {
        let info = try Tool.pdfInfo(pdf)
        XCTAssertEqual(info["Page size"], "612 x 792 pts (letter)")
        XCTAssertEqual(info["Pages"], "2")
        XCTAssertEqual(info["Title"], "Back Stretches")
    }

    func testTextHasEveryStepDoseAndIntro() throws {
        let text = Tool.normalized(try Tool.run("pdftotext", [pdf.path, "-"]).stdout)
        for step in routine.allSteps {
            XCTAssertTrue(text.contains(step.name), "missing step \(step.name)")
        }
        XCTAssertTrue(text.contains("Hold 30 s · 3 reps · each side"), text)
        XCTAssertTrue(text.contains("Hold 5 s · 10 reps"), text)
        XCTAssertTrue(text.contains("Hold 30 s · 3 reps"), text)
        XCTAssertTrue(text.contains(Tool.normalized(try XCTUnwrap(routine.intro))), "intro missing")
        XCTAssertTrue(text.contains("Page 1 of 2") && text.contains("Page 2 of 2"))
        XCTAssertTrue(text.contains("Maria Lopez") && text.contains("2026-12-01"))
        XCTAssertTrue(text.contains("Stop any stretch that causes sharp pain"))
    }

    func testOnlyEmbeddedBundledFonts() throws {
        let lines = try Tool.run("pdffonts", [pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        XCTAssertFalse(lines.isEmpty)
        for line in lines {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertTrue(columns[0].contains("AtkinsonHyperlegible"), "unexpected font: \(line)")
            // name type encoding emb sub uni object ID: "emb" is the 5th-from-last column.
            XCTAssertEqual(columns[columns.count - 5], "yes", "font not embedded: \(line)")
            XCTAssertEqual(columns[columns.count - 4], "yes", "font not subset: \(line)")
        }
    }

    func testWordsStayInsideMarginsAndNeverOverlap() throws {
        let html = try Tool.run("pdftotext", ["-bbox", pdf.path, "-"]).stdout
        let (pages, words) = PDFWord.parse(html)
        XCTAssertEqual(pages.count, 2)
        XCTAssertGreaterThan(words.count, 100)
        let edge = 8.5 * 72 / 25.4
        let left = 20 * 72 / 25.4, right = 612 - 20 * 72 / 25.4
        for word in words {
            XCTAssertGreaterThanOrEqual(word.xMin, left - 1, "\(word.text) left of the margin")
            XCTAssertLessThanOrEqual(word.xMax, right + 1, "\(word.text) right of the margin")
            XCTAssertGreaterThanOrEqual(word.yMin, edge, "\(word.text) too near the top")
            XCTAssertLessThanOrEqual(word.yMax, 792 - edge, "\(word.text) too near the bottom")
        }
        for i in words.indices {
            for j in words.indices where j > i && words[i].overlaps(words[j]) {
                XCTFail("\"\(words[i].text)\" overlaps \"\(words[j].text)\" on page \(words[i].page)")
            }
        }
    }

    func testSameInputGivesIdenticalBytes() throws {
        let maker = try SheetMaker()
        let first = try maker.render(routine, options: SheetOptions(format: .pdf))
        let second = try maker.render(routine, options: SheetOptions(format: .pdf))
        XCTAssertEqual(first, second)
        XCTAssertEqual(
            try maker.render(routine, options: SheetOptions(format: .png, dpi: 40)),
            try maker.render(routine, options: SheetOptions(format: .png, dpi: 40)))
        let info = try Tool.pdfInfo(pdf)
        XCTAssertTrue(info["CreationDate"]?.contains("Dec  1 00:00:00 2026") ?? false, "\(info)")
    }

    func testPNGPixelSizeFollowsDPI() throws {
        let maker = try SheetMaker()
        for dpi in [72, 150] {
            let pages = try maker.render(routine, options: SheetOptions(format: .png, dpi: dpi))
            XCTAssertEqual(pages.count, 2)
            let file = directory.appendingPathComponent("p\(dpi).png")
            try pages[0].write(to: file)
            let size = try Tool.pngSize(file)
            XCTAssertEqual(size.width, Int((8.5 * Double(dpi)).rounded()))
            XCTAssertEqual(size.height, 11 * dpi)
        }
    }

    func testSVGPagesAreSVG() throws {
        let pages = try SheetMaker().render(routine, options: SheetOptions(format: .svg))
        XCTAssertEqual(pages.count, 2)
        let text = String(decoding: pages[0], as: UTF8.self)
        XCTAssertTrue(text.contains("<svg") && text.contains("612pt"), String(text.prefix(300)))
    }
}
