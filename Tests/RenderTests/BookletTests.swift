import Foundation
import Render
import XCTest

/// Half-letter as a named size and `--booklet`: pages two-up in booklet order for folding.
final class BookletTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func render(_ arguments: [String]) throws {
        let result = try Tool.run(Tool.repsheet, ["render"] + arguments, in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    /// The text of one half of a booklet side.
    func half(_ name: String, side: Int, right: Bool, sheetWidth: Int = 792, sheetHeight: Int = 612) throws -> String {
        let halfWidth = sheetWidth / 2
        return try Tool.run(
            "pdftotext",
            [
                "-f", "\(side)", "-l", "\(side)", "-x", right ? "\(halfWidth)" : "0", "-y", "0", "-W", "\(halfWidth)",
                "-H", "\(sheetHeight)", path(name), "-",
            ]
        ).stdout
    }

    func testBookletOrder() {
        let order = Booklet.order(pages: 6)
        XCTAssertEqual(order.map(\.left), [nil, 2, 6, 4])
        XCTAssertEqual(order.map(\.right), [1, nil, 3, 5])
        XCTAssertEqual(Booklet.order(pages: 4).map { [$0.left, $0.right] }, [[4, 1], [2, 3]])
        XCTAssertEqual(Booklet.order(pages: 1).count, 2)
    }

    func testHalfLetterIsANamedSize() throws {
        try render(["back-stretches", "--page-size", "half-letter", "-o", "half.pdf"])
        let info = try Tool.pdfInfo(directory.appendingPathComponent("half.pdf"))
        XCTAssertTrue(info["Page size"]?.hasPrefix("396 x 612") ?? false, info["Page size"] ?? "")
        let first = try Tool.run("pdftotext", ["-f", "1", "-l", "1", path("half.pdf"), "-"]).stdout
        XCTAssertTrue(first.contains("Maria Lopez"), "the client's name whole on half-letter")
        // Its type, spacing and margins shrink together: back-stretches fits two pages, and every
        // word stays inside the margins (classic's 20 mm sides become 14.8 mm).
        XCTAssertEqual(info["Pages"], "2")
        let words = try Tool.run("pdftotext", ["-bbox", path("half.pdf"), "-"]).stdout
        let pattern = try NSRegularExpression(pattern: #"xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)""#)
        let range = NSRange(words.startIndex..., in: words)
        let spans = pattern.matches(in: words, range: range).compactMap { match -> (Double, Double)? in
            guard let low = Range(match.range(at: 1), in: words), let high = Range(match.range(at: 2), in: words)
            else { return nil }
            return (Double(words[low]) ?? 0, Double(words[high]) ?? 0)
        }
        XCTAssertGreaterThan(spans.count, 100)
        let margin = 14.8 / 25.4 * 72 - 0.5
        for (low, high) in spans {
            XCTAssertGreaterThanOrEqual(low, margin)
            XCTAssertLessThanOrEqual(high, 396 - margin)
        }
        try render(["back-stretches", "--page-size", "A5", "-o", "a5.pdf"])
        let a5 = try Tool.pdfInfo(directory.appendingPathComponent("a5.pdf"))
        XCTAssertTrue(a5["Page size"]?.hasPrefix("419.5") ?? false, a5["Page size"] ?? "")
    }

    func testBookletHasHalfThePagesInFoldingOrder() throws {
        for (name, arguments) in [
            ("one", ["back-stretches"]), ("two", ["back-stretches", "upper-back-pain"]),
        ] {
            try render(arguments + ["--page-size", "half-letter", "-o", "\(name).pdf"])
            try render(arguments + ["--page-size", "half-letter", "--booklet", "-o", "\(name)-booklet.pdf"])
            let pages = Int(try Tool.pdfInfo(directory.appendingPathComponent("\(name).pdf"))["Pages"] ?? "") ?? 0
            let info = try Tool.pdfInfo(directory.appendingPathComponent("\(name)-booklet.pdf"))
            let padded = (pages + 3) / 4 * 4
            XCTAssertEqual(Int(info["Pages"] ?? ""), padded / 2, "\(name): half the pages, padded to a multiple of 4")
            XCTAssertTrue(info["Page size"]?.hasPrefix("792 x 612") ?? false, "\(name): Letter landscape")
            for (index, side) in Booklet.order(pages: pages).enumerated() {
                for (right, page) in [(false, side.left), (true, side.right)] {
                    let text = try half("\(name)-booklet.pdf", side: index + 1, right: right)
                    if let page {
                        XCTAssertTrue(
                            text.contains("Page \(page) of \(pages)"), "\(name) side \(index + 1): page \(page)")
                    } else {
                        XCTAssertTrue(text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "a blank pad")
                    }
                }
            }
        }
    }

    func testBookletOfA5IsOnA4() throws {
        try render(["back-stretches", "--page-size", "a5", "--booklet", "-o", "a5.pdf"])
        let info = try Tool.pdfInfo(directory.appendingPathComponent("a5.pdf"))
        XCTAssertTrue(info["Page size"]?.hasPrefix("841.8") ?? false, info["Page size"] ?? "")
        let png = try Tool.run(Tool.repsheet, ["render", "back-stretches", "--booklet", "-o", "x.png"], in: directory)
        XCTAssertEqual(png.status, 64)
        XCTAssertTrue(png.stderr.contains("--booklet writes a PDF"), png.stderr)
    }

    func testMergedClientBatchAsABooklet() throws {
        try "- name: Jane Doe\n- name: Sam Lee\n".write(
            to: directory.appendingPathComponent("clients.yaml"), atomically: true, encoding: .utf8)
        let arguments = ["back-stretches", "--clients", "clients.yaml", "--page-size", "half-letter"]
        try render(arguments + ["--merge", "merged.pdf"])
        try render(arguments + ["--merge", "booklet.pdf", "--booklet"])
        let merged = Int(try Tool.pdfInfo(directory.appendingPathComponent("merged.pdf"))["Pages"] ?? "") ?? 0
        let booklet = Int(try Tool.pdfInfo(directory.appendingPathComponent("booklet.pdf"))["Pages"] ?? "") ?? 0
        XCTAssertEqual(booklet, (merged + 3) / 4 * 2)
        let first = try half("booklet.pdf", side: 1, right: true)
        XCTAssertTrue(first.contains("Jane Doe"), "page 1 on the right of the first side")
        let refused = try Tool.run(
            Tool.repsheet, ["render", "back-stretches", "--clients", "clients.yaml", "--out-dir", "x", "--booklet"],
            in: directory)
        XCTAssertEqual(refused.status, 64)
        XCTAssertTrue(refused.stderr.contains("--booklet with --clients needs --merge"), refused.stderr)
    }
}
