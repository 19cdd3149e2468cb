import Foundation
import XCTest

/// A test case that renders sheets with the command-line tool into a folder of its own.
class SheetCommandTestCase: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try Tool.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func example(_ name: String) -> String {
        Tool.packageRoot.appendingPathComponent("examples/\(name).yaml").path
    }

    /// Renders `routine` with the CLI and returns the PDF's URL.
    func render(_ routine: String, _ extra: [String] = [], name: String = "sheet.pdf") throws -> URL {
        let out = directory.appendingPathComponent(name)
        let result = try Tool.run(Tool.repsheet, ["render", routine, "-o", out.path] + extra)
        XCTAssertEqual(result.status, 0, result.stderr)
        return out
    }
}
