import XCTest

/// `--paper` is `--page-size` by the word a new user tries first.
final class PaperOptionTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testPaperSetsThePageSizeAsPageSizeDoes() throws {
        for option in ["--paper", "--page-size"] {
            let pdf = "sheet\(option).pdf"
            let run = try Tool.run(
                Tool.repsheet, ["render", "back-stretches", option, "a5", "-o", pdf], in: directory)
            XCTAssertEqual(run.status, 0, run.stderr)
            let info = try Tool.run("pdfinfo", [pdf], in: directory).stdout
            XCTAssertTrue(info.contains("Page size:       419.528 x 595.276 pts"), "\(option): \(info)")
        }
        let bad = try Tool.run(
            Tool.repsheet, ["render", "back-stretches", "--paper", "a9", "-o", "x.pdf"], in: directory)
        XCTAssertEqual(bad.status, 64, bad.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("x.pdf").path))
    }
}
