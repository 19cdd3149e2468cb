import Foundation
import RepSheet
import XCTest

/// Page images left by an earlier, longer rendering are named, not printed as this sheet's.
final class LeftoverPagesTests: XCTestCase {
    func testPagesOfAnEarlierRenderingAreNamedAndKept() throws {
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for number in [3, 4] {
            try Data("old".utf8).write(to: folder.appendingPathComponent("sheet-\(number).png"))
        }
        let out = folder.appendingPathComponent("sheet.png").path
        let result = try Tool.run(Tool.repsheet, ["render", "back-stretches", "--dpi", "20", "-o", out])
        XCTAssertEqual(result.status, 0, result.stderr)
        let stem = folder.appendingPathComponent("sheet").path
        XCTAssertEqual(result.stdout, "\(stem)-1.png\n\(stem)-2.png\n")
        XCTAssertEqual(
            result.stderr,
            "warning: \(stem)-3.png to \(stem)-4.png are pages of an earlier rendering; this sheet has 2 pages\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(stem)-4.png"))

        let svg = try Tool.run(Tool.repsheet, ["render", "back-stretches", "-o", stem, "--format", "svg"])
        XCTAssertEqual(svg.status, 0, svg.stderr)
        XCTAssertEqual(svg.stderr, "", "the PNG pages are no SVG rendering's leftovers")
    }

    func testPagesNamedWithACapitalExtensionAreFoundToo() throws {
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("old".utf8).write(to: folder.appendingPathComponent("Sheet-3.PNG"))
        let stem = folder.appendingPathComponent("Sheet").path
        let result = try Tool.run(Tool.repsheet, ["render", "back-stretches", "--dpi", "20", "-o", stem + ".PNG"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "\(stem)-1.PNG\n\(stem)-2.PNG\n")
        XCTAssertEqual(
            result.stderr, "warning: \(stem)-3.PNG is a page of an earlier rendering; this sheet has 2 pages\n")
    }

    func testTheWarningCountsPages() {
        XCTAssertNil(SheetMaker.leftoverPagesWarning([], pages: 2))
        XCTAssertEqual(
            SheetMaker.leftoverPagesWarning(["x-2.png"], pages: 1),
            "warning: x-2.png is a page of an earlier rendering; this sheet has 1 page")
    }
}
