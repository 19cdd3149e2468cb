import Foundation
import XCTest

/// fontconfig's scan of the bundled fonts is kept in the user's cache folder between runs.
final class FontCacheTests: XCTestCase {
    func testTheFirstRunWritesAFontCacheAndLaterRunsGiveTheSameSheet() throws {
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = directory.appendingPathComponent("cache")
        let example = Tool.packageRoot.appendingPathComponent("examples/back-stretches.yaml").path
        let first = directory.appendingPathComponent("first.pdf").path
        let second = directory.appendingPathComponent("second.pdf").path
        let environment = ["XDG_CACHE_HOME": cache.path]

        XCTAssertEqual(
            try Tool.run(Tool.repsheet, ["render", example, "-o", first], environment: environment).status, 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("repsheet").path)
        XCTAssertTrue(written.contains { $0.hasSuffix(".cache-8") || $0.contains(".cache-") }, "\(written)")

        XCTAssertEqual(
            try Tool.run(Tool.repsheet, ["render", example, "-o", second], environment: environment).status, 0)
        XCTAssertEqual(
            try Data(contentsOf: URL(fileURLWithPath: first)), try Data(contentsOf: URL(fileURLWithPath: second)))
    }

    func testAnUnwritableCacheFolderStillRenders() throws {
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let blocker = directory.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let output = directory.appendingPathComponent("sheet.pdf").path
        let result = try Tool.run(
            Tool.repsheet, ["render", "back-stretches", "-o", output], environment: ["XDG_CACHE_HOME": blocker.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(FileManager.default.fileExists(atPath: output))
    }
}
