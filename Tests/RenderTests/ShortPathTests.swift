import Foundation
import XCTest

/// Paths whose last part is one character (`.`, `x`, `x/`) once crashed the tool with SIGILL
/// inside Foundation; they are errors with messages now, or work.
final class ShortPathTests: XCTestCase {
    func testOneCharacterPathsAreErrorsNotCrashes() throws {
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [([String], Int32, String)] = [
            (["validate", "."], 65, ".:1:1: error: this is a folder, not a routine file"),
            (["validate", "x"], 66, "x: error: no such routine file"),
            (["render", "x/"], 66, "x/: error: no such routine file"),
            (["lint", "."], 65, ".:1:1: error: this is a folder, not a routine file"),
            (["calendar", ".", "-o", "a.ics"], 65, ".:1:1: error: this is a folder, not a routine file"),
            (["new", "x/"], 73, "x/: error: this names a folder; give a file name such as x/routine.yaml"),
        ]
        for (arguments, status, message) in cases {
            let result = try Tool.run(Tool.repsheet, arguments, in: folder)
            XCTAssertEqual(result.status, status, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testNewWithADashWritesTheStarterToStandardOutput() throws {
        let result = try Tool.run(Tool.repsheet, ["new", "-"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("title:"), result.stdout)
        let check = try Tool.run(Tool.repsheet, ["validate", "-"], stdin: Data(result.stdout.utf8))
        XCTAssertEqual(check.status, 0, check.stderr)
    }
}
