import Foundation
import PlainLanguage
import Routine
import TestSupport
import XCTest

/// `repsheet lint` findings point at the right place; `--max-grade` fails a hard paragraph.
final class LintCommandTests: XCTestCase {
    static let packageRoot = BuiltTool.packageRoot

    /// A routine whose second step (line 10) is a grade-12 paragraph and whose first step uses
    /// "flexion" (line 8, column 36) and a sentence of 23 words (line 9).
    static let routine = """
        title: Plain words test
        date: 2026-12-01
        frequency: Twice a day
        intro: Do these every day. Stop if it hurts.
        steps:
          - name: Knee bends
            reps: 10
            instructions: Bend the knee in flexion and hold.
              Then slowly straighten your knee all the way out in front of you and lower your foot back down to the floor again.
          - name: Recovery
            reps: 5
            instructions: >-
              \(LintPassages.gradeTwelve)
        notes:
          - Call us if pain gets worse.
        """

    func writeRoutine() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repsheet-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("plain.yaml").path
        try LintCommandTests.routine.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testFindingsCarryTheirLineAndColumn() throws {
        let path = try writeRoutine()
        let routine = try RoutineLoader.load(path: path)
        let findings = Linter(maxGrade: 8).lint(routine, source: try String(contentsOfFile: path, encoding: .utf8))
        let plain = try XCTUnwrap(findings.first { $0.kind == .plainWord })
        XCTAssertEqual(plain.location, SourceLocation(file: path, line: 8, column: 36))
        XCTAssertEqual(plain.suggestion, "say \"bending\"")
        let long = try XCTUnwrap(findings.first { $0.kind == .longSentence })
        XCTAssertEqual(long.location.line, 9)
        XCTAssertTrue(long.message.contains("sentence of 23 words"), long.message)
        let tooHigh = findings.filter { $0.kind == .gradeTooHigh }
        XCTAssertEqual(tooHigh.map(\.passage), ["step \"Recovery\""])
        XCTAssertEqual(tooHigh.first?.location.line, 10)
        XCTAssertEqual(tooHigh.first?.level?.grade ?? 0, 12.26, accuracy: 0.5)
        let intro = try XCTUnwrap(findings.first { $0.passage == "intro" })
        XCTAssertEqual(intro.location.line, 4)
        XCTAssertEqual(intro.kind, .grade)
        XCTAssertLessThan(intro.level?.grade ?? 99, 3)
        XCTAssertTrue(findings.contains { $0.passage == "notes" && $0.location.line == 15 })
    }

    func testMaxGradeExitsSixtyFiveWithTheLine() throws {
        let path = try writeRoutine()
        let binary = BuiltTool.repsheet
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary), "repsheet is not built")
        let strict = try run(binary, ["lint", path, "--max-grade", "8"])
        XCTAssertEqual(strict.status, 65)
        XCTAssertTrue(strict.output.contains("\(path):10:5: error: step \"Recovery\": reading grade"), strict.output)
        XCTAssertTrue(strict.output.contains("\(path):8:36: warning: step \"Knee bends\": \"flexion\""), strict.output)
        let lenient = try run(binary, ["lint", path, "--max-grade", "20"])
        XCTAssertEqual(lenient.status, 0, lenient.output)
        let validate = try run(binary, ["validate", path])
        XCTAssertEqual(validate.status, 0)
        XCTAssertTrue(validate.output.contains("\(path): note: reads at grade"), validate.output)
    }

    /// The docs promise every use of a word the plain list replaces, each at its own place.
    func testEveryUseOfAPlainWordIsReportedAtItsPlace() throws {
        let text = "title: T\nintro: >\n  Utilize the strap. You should\n  utilize it daily.\nsteps:\n  - name: A\n"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repsheet-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("twice.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let findings = Linter().lint(try RoutineLoader.load(path: path), source: text)
        XCTAssertEqual(
            findings.filter { $0.kind == .plainWord }.map(\.location),
            [SourceLocation(file: path, line: 3, column: 3), SourceLocation(file: path, line: 4, column: 3)])
        let binary = BuiltTool.repsheet
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary), "repsheet is not built")
        let zero = try run(binary, ["lint", path, "--max-words", "0"])
        XCTAssertEqual(zero.status, 64, zero.output)
        XCTAssertTrue(zero.output.contains("--max-words must be a whole number from 1 to 200, found 0"), zero.output)
    }

    func testLanguagesWithoutAFormulaAreNotRated() throws {
        let text = """
            title: اختبار
            language: ar
            steps:
              - name: تمرين
                instructions: استلق على ظهرك. اثن ركبتيك.
            """
        let routine = try RoutineLoader.load(text: text, fileName: "ar.yaml", baseDirectory: nil)
        let findings = Linter(maxGrade: 1).lint(routine, source: text)
        XCTAssertEqual(findings.map(\.kind), [.notRated])
        XCTAssertTrue(findings[0].description.contains("not rated"))
    }

    func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try BuiltTool.run(executable, arguments)
    }
}
