import Foundation
import Routine
import XCTest

/// Every file in Fixtures/bad gives exactly the diagnostics in its `.expected` file.
///
/// Set `RECORD_ROUTINE_FIXTURES=1` to rewrite the `.expected` files from the current output; a
/// recording run fails on purpose, so it can never pass silently.
final class BadFixtureTests: XCTestCase {
    func testEveryBadFixtureGivesItsExpectedDiagnostics() throws {
        let recording = ProcessInfo.processInfo.environment["RECORD_ROUTINE_FIXTURES"] == "1"
        let files = FixturePaths.routines(in: FixturePaths.bad)
        XCTAssertGreaterThanOrEqual(files.count, 30)
        for file in files {
            let actual = diagnostics(for: file)
            let expectedURL = file.deletingPathExtension().appendingPathExtension("expected")
            if recording {
                try (actual + "\n").write(to: expectedURL, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try? String(contentsOf: expectedURL, encoding: .utf8)
            XCTAssertEqual(
                actual, expected?.trimmingCharacters(in: .newlines),
                "\(file.lastPathComponent): diagnostics differ from \(expectedURL.lastPathComponent)")
            XCTAssertFalse(actual.isEmpty, "\(file.lastPathComponent) should be invalid")
        }
        if recording {
            XCTFail("Recorded \(files.count) .expected files; run again without RECORD_ROUTINE_FIXTURES")
        }
    }

    func testEveryDiagnosticHasFileLineAndColumn() {
        for file in FixturePaths.routines(in: FixturePaths.bad) {
            for line in diagnostics(for: file).split(separator: "\n") {
                let pattern = #"^[^:]+:[0-9]+:[0-9]+: error: .+$"#
                XCTAssertNotNil(line.range(of: pattern, options: .regularExpression), "\(line)")
            }
        }
    }

    /// The diagnostics for a fixture, one per line, with the bare file name as in the `.expected` files.
    private func diagnostics(for file: URL) -> String {
        do {
            let data = try Data(contentsOf: file)
            let routine = try RoutineLoader.load(
                data: data, fileName: file.lastPathComponent,
                baseDirectory: file.deletingLastPathComponent().path, access: FixturePaths.access)
            return "unexpectedly valid: \(routine.title)"
        } catch let error as RoutineError {
            return error.description
        } catch {
            return "unexpected error: \(error)"
        }
    }
}
