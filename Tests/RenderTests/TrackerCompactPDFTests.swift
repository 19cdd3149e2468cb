import Foundation
import Render
import RepSheet
import XCTest

@testable import Layout

/// The tracker and compact sheets rendered to real PDFs and PNGs: checked with `pdftotext -bbox`,
/// `pdfinfo` page counts, the PDF's link annotations and `zbarimg`.
final class TrackerCompactPDFTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDown() { try? FileManager.default.removeItem(at: directory) }

    static let examples = Tool.packageRoot.appendingPathComponent("examples")

    /// The back-stretches example with `title` and `track` changed, written beside the examples' pictures.
    func backStretches(title: String? = nil, days: Int? = nil, dated: Bool = true, file: String = "back-stretches")
        throws -> String
    {
        var text = try String(
            contentsOf: Self.examples.appendingPathComponent("\(file).yaml"), encoding: .utf8)
        if let title { text = text.replacingOccurrences(of: "title: Back Stretches", with: "title: \(title)") }
        if !dated { text = text.replacingOccurrences(of: "date: 2026-12-01", with: "") }
        if let days { text += "\ntrack: {days: \(days)}\n" }
        text = text.replacingOccurrences(of: "image: pictures/", with: "image: \(Self.examples.path)/pictures/")
        let path = directory.appendingPathComponent("\(file)-\(days ?? 7).yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The PDF of `path` in `layout` on `size` paper, and its words.
    func render(_ path: String, layout: String, size: String = "letter") throws -> (
        pdf: Data, pages: [(width: Double, height: Double)], words: [PDFWord]
    ) {
        let maker = try SheetMaker()
        var options = SheetOptions(format: .pdf, layout: layout)
        options.pageSize = size
        let pdf = try XCTUnwrap(try maker.render(try maker.loadRoutine(path: path), options: options).first)
        let file = directory.appendingPathComponent("\(layout)-\(size).pdf")
        try pdf.write(to: file)
        let info = try Tool.run("pdfinfo", [file.path]).stdout
        let (pages, words) = PDFWord.parse(try Tool.run("pdftotext", ["-bbox", file.path, "-"]).stdout)
        XCTAssertTrue(info.contains("Pages:") && info.contains(" \(pages.count)\n"), "pdfinfo agrees: \(info)")
        return (pdf, pages, words)
    }

    /// Lines of words: words of a page sharing a baseline, left to right.
    func lines(_ words: [PDFWord]) -> [[PDFWord]] {
        let grouped = Dictionary(grouping: words) { "\($0.page):\(Int(($0.yMax * 2).rounded()))" }
        return grouped.values.map { $0.sorted { $0.xMin < $1.xMin } }
    }

    func testTrackerTitleIsOneLineAcrossThePage() throws {
        let title = "Back Arthritis - Bridging Progression for Lower Back and Hips"
        for size in ["letter", "a4"] {
            let sheet = try render(try backStretches(title: title), layout: "tracker", size: size)
            let words = sheet.words.filter { $0.page == 1 && $0.yMin < 60 }
            let titleWords = title.split(separator: " ").map(String.init)
            let found = titleWords.compactMap { word in words.first { $0.text == word } }
            XCTAssertEqual(found.count, titleWords.count, "\(size): \(words.map(\.text))")
            XCTAssertEqual(Set(found.map { Int($0.yMin.rounded()) }).count, 1, "\(size): the title is one line")
            // Wider than the column it was squeezed into (the page less 150 mm of fields and a gap).
            let right = try XCTUnwrap(found.map(\.xMax).max())
            let left = try XCTUnwrap(found.map(\.xMin).min())
            XCTAssertGreaterThan(right - left, sheet.pages[0].width - 28 / 25.4 * 72 - (160 / 25.4 * 72), size)
            XCTAssertEqual(sheet.pages.count, 1, size)
        }
    }

    func testFourteenDaysAreHeadedSoAndTakeTwoPages() throws {
        let sheet = try render(try backStretches(days: 14), layout: "tracker")
        let text = Tool.normalized(sheet.words.map(\.text).joined(separator: " "))
        XCTAssertTrue(text.contains("Log for 14 days"), text)
        XCTAssertTrue(text.contains("Start date"), text)
        XCTAssertFalse(text.contains("Weekly log") || text.contains("Week of"), text)
        XCTAssertTrue(text.contains("Dec 14"))
        XCTAssertEqual(sheet.pages.count, 2)
        for page in 1...2 {
            XCTAssertTrue(sheet.words.contains { $0.page == page && $0.text == "Pelvic" }, "page \(page) holds steps")
        }
    }

    func testThirtyOneDaysGoOnInWeeksAndNoPageHoldsOnlyNotes() throws {
        for dated in [true, false] {
            for size in ["letter", "a4"] {
                let sheet = try render(try backStretches(days: 31, dated: dated), layout: "tracker", size: size)
                let label = "\(dated ? "dated" : "undated") \(size)"
                XCTAssertEqual(sheet.pages.count, 4, label)
                for page in 1...sheet.pages.count {
                    let words = sheet.words.filter { $0.page == page }
                    XCTAssertTrue(words.contains { $0.text == "Pelvic" }, "\(label) page \(page) starts with a step")
                    XCTAssertTrue(words.contains { $0.text == "Notes" }, "\(label) page \(page) ends its week")
                }
                let text = Tool.normalized(sheet.words.map(\.text).joined(separator: " "))
                XCTAssertTrue(text.contains("Log for 31 days"), label)
                XCTAssertTrue(text.contains(dated ? "Dec 31" : "31"), label)
            }
        }
    }

    func testCompactBackStretchesKeepsEveryInstructionOnOnePage() throws {
        let maker = try SheetMaker()
        for example in ["back-stretches", "back-stretches-es", "back-stretches-ar", "back-stretches-pictures"] {
            let path = Self.examples.appendingPathComponent("\(example).yaml").path
            let routine = try maker.loadRoutine(path: path)
            for size in ["letter", "a4"] {
                let sheet = try render(path, layout: "compact", size: size)
                let label = "\(example) \(size)"
                XCTAssertEqual(sheet.pages.count, 1, label)
                guard !example.hasSuffix("-ar") else { continue }  // pdftotext reorders Arabic letters.
                let text = Tool.normalized(sheet.words.map(\.text).joined(separator: " "))
                for step in routine.allSteps {
                    guard let instructions = step.instructions, case .paragraph(let words) = instructions else {
                        continue
                    }
                    XCTAssertTrue(text.contains(Tool.normalized(words)), "\(label): \(step.name)'s instructions")
                }
                for line in lines(sheet.words) {
                    let last = try XCTUnwrap(line.last)
                    XCTAssertFalse(last.text.hasSuffix("·"), "\(label): a line ends with “·”: \(line.map(\.text))")
                }
            }
        }
    }

    func testVideoCodesDecodeAndNamesAreLinks() throws {
        let maker = try SheetMaker()
        let path = Self.examples.appendingPathComponent("back-stretches-pictures.yaml").path
        let routine = try maker.loadRoutine(path: path)
        let videos = Set(routine.allSteps.compactMap(\.video))
        XCTAssertEqual(videos.count, 4)
        for layout in ["tracker", "compact"] {
            for size in ["letter", "a4"] {
                var options = SheetOptions(format: .png, dpi: 150, layout: layout)
                options.pageSize = size
                var decoded: Set<String> = []
                for (index, png) in try maker.render(routine, options: options).enumerated() {
                    let file = directory.appendingPathComponent("\(layout)-\(size)-\(index + 1).png")
                    try png.write(to: file)
                    let result = try Tool.run("zbarimg", ["--quiet", "--raw", file.path])
                    decoded.formUnion(result.stdout.split(separator: "\n").map(String.init))
                }
                XCTAssertEqual(decoded, videos, "\(layout) \(size)")
                if size == "letter" {
                    // The Notes row trims to one line rather than leave the strip a page of its own.
                    XCTAssertEqual(try render(path, layout: layout, size: size).pages.count, 1, layout)
                }
                let pdf = try PDFSource.text(try render(path, layout: layout, size: size).pdf)
                for url in videos {
                    // The code, the name beside it, and the step's name in its row.
                    let links = pdf.components(separatedBy: "/URI (\(url))").count - 1
                    XCTAssertGreaterThanOrEqual(links, 3, "\(layout) \(size): links to \(url)")
                }
            }
        }
    }

    func testTheCompactFitterReservesCodesOfTheEncodersSize() throws {
        // The fitter measures the strip with blank codes of the size libqrencode will choose.
        let encoder = QREncoder()
        for length in [10, 14, 15, 42, 43, 62, 63, 106, 107, 213, 214, 500] {
            let url = "https://example.org/" + String(repeating: "a", count: max(0, length - 20))
            guard let real = encoder.qrCode(for: url) else { throw XCTSkip("libqrencode is not installed") }
            XCTAssertEqual(EstimatedQRCodes().qrCode(for: url)?.size, real.size, "\(url.utf8.count) bytes")
        }
    }
}
