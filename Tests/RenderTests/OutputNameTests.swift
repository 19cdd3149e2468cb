import Foundation
import XCTest

/// The file written is the one named: its extension as written, a folder's file inside it.
final class OutputNameTests: XCTestCase {
    func testTheExtensionKeepsItsSpelling() throws {
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Tool.run(Tool.repsheet, ["render", "back-stretches", "-o", "Sheet.PDF"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "Sheet.PDF\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["Sheet.PDF"])
    }

    func testAnExerciseDrawnIntoAFolderStaysInIt() throws {
        let parent = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (arguments, name) in [
            (["-o", "."], "bridge.pdf"), (["-o", ".", "--format", "png", "--dpi", "30"], "bridge.png"),
        ] {
            let result = try Tool.run(Tool.repsheet, ["exercises", "show", "bridge"] + arguments, in: folder)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stdout.hasSuffix("\(name)\n"), result.stdout)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["out"])
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["bridge.pdf", "bridge.png"])
    }
}
