import Foundation
import TestSupport
import XCTest

/// Every instruction of the built-in catalogue and of the examples reads at grade 6 or below:
/// `repsheet lint --max-grade 6` passes a routine of every catalogue exercise and every example.
final class CatalogueLintTests: XCTestCase {
    static let packageRoot = LintCommandTests.packageRoot

    var binary: String { BuiltTool.repsheet }

    /// The names of the catalogue's exercises, from `Exercises/*.yaml`.
    func exerciseNames() throws -> [String] {
        let folder = Self.packageRoot.appendingPathComponent("Exercises")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
            .map { String($0.dropLast(5)) }.sorted()
    }

    func testEveryCatalogueExerciseReadsAtGradeSixOrBelow() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary), "repsheet is not built")
        let names = try exerciseNames()
        XCTAssertGreaterThanOrEqual(names.count, 37)
        let routine = "title: Every exercise\nsteps:\n" + names.map { "  - exercise: \($0)\n" }.joined()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repsheet-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("catalogue.yaml").path
        try routine.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Self.run(binary, ["lint", path, "--max-grade", "6"])
        XCTAssertEqual(result.status, 0, result.output)
        // One grade line per exercise, each graded (not skipped), none above 6.
        let grades = result.output.split(separator: "\n").filter { $0.contains(": reading grade ") }
        XCTAssertEqual(grades.count, names.count, result.output)
        XCTAssertFalse(result.output.contains("error:"), result.output)
    }

    func testEveryExampleReadsAtGradeSixOrBelow() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary), "repsheet is not built")
        let folder = Self.packageRoot.appendingPathComponent("examples")
        // clients.yaml is a client list, not a routine.
        let examples = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") && $0 != "clients.yaml" }.sorted()
        XCTAssertGreaterThanOrEqual(examples.count, 10)
        for example in examples {
            let result = try Self.run(
                binary, ["lint", folder.appendingPathComponent(example).path, "--max-grade", "6"])
            XCTAssertEqual(result.status, 0, "\(example): \(result.output)")
            XCTAssertFalse(result.output.contains("error:"), result.output)
        }
    }

    /// Runs `executable` and returns its status and its output and errors together.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try BuiltTool.run(executable, arguments)
    }
}
