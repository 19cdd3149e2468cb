import Foundation
import XCTest

/// The library's public surface stays the one recorded in Tests/PublicAPI/public-symbols.txt: a new
/// `public` declaration fails here until it is narrowed to `package` or recorded on purpose.
final class PublicSurfaceTests: XCTestCase {
    let script = Tool.packageRoot.appendingPathComponent("Tests/PublicAPI/count.sh").path

    func testPublicSymbolsAreTheRecordedOnes() throws {
        let result = try Tool.run(
            "sh", [script, "--check"], in: Tool.packageRoot, environment: ["REPSHEET_BUILD": Tool.buildDirectory])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("public surface as recorded: "), result.stdout)
    }

    /// The check notices one more public symbol than the list has (here: one line left out of it).
    func testCheckNamesASymbolThatIsNotRecorded() throws {
        let recorded = Tool.packageRoot.appendingPathComponent("Tests/PublicAPI/public-symbols.txt")
        let lines = try String(contentsOf: recorded, encoding: .utf8).split(separator: "\n")
        let missing = try XCTUnwrap(lines.first { $0.hasPrefix("RepSheet method SheetMaker.loadRoutine(path:)") })
        let shorter = try Tool.temporaryDirectory().appendingPathComponent("public-symbols.txt")
        defer { try? FileManager.default.removeItem(at: shorter.deletingLastPathComponent()) }
        try lines.filter { $0 != missing }.joined(separator: "\n").write(to: shorter, atomically: true, encoding: .utf8)
        let result = try Tool.run(
            "sh", [script, "--check"], in: Tool.packageRoot,
            environment: ["PUBLIC_SYMBOLS": shorter.path, "REPSHEET_BUILD": Tool.buildDirectory])
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertTrue(result.stdout.contains("public but not recorded: \(missing)"), result.stdout)
    }
}
