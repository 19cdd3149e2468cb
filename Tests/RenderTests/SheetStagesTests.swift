import Foundation
import RepSheet
import XCTest

/// The stages joined by `SheetMaker`: every check's problems at once, at their lines; warnings
/// handed back as values, never printed by the library; the batch path shares the single-sheet path.
final class SheetStagesTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testEveryMissingGlyphIsReportedAtOnceWithItsLineAndColumn() throws {
        let file = directory.appendingPathComponent("glyphs.yaml")
        try
            "title: \"Private \u{E001}\"\nsteps:\n  - name: Ok\n  - name: \"Star \u{E123}\"\n    notes: \"x \u{E124}\"\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: file.path)
        XCTAssertThrowsError(try maker.check(routine)) { error in
            guard let error = error as? RepSheetError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.exitCode, 65)
            let lines = error.description.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.count, 3, error.description)
            XCTAssertTrue(lines[0].hasPrefix("\(file.path):1:17: error: the title has the character U+E001"), lines[0])
            XCTAssertTrue(
                lines[1].hasPrefix("\(file.path):4:17: error: the name of step 2 has the character U+E123"), lines[1])
            XCTAssertTrue(lines[2].hasPrefix("\(file.path):5:15: error: "), lines[2])
            XCTAssertTrue(lines[2].contains("U+E124"), lines[2])
            XCTAssertEqual(error.diagnostics.map(\.location?.line), [1, 4, 5])
        }
        // render runs the same checks.
        XCTAssertThrowsError(try maker.render(routine)) { error in
            XCTAssertEqual((error as? RepSheetError)?.diagnostics.count, 3)
        }
    }

    func testWarningsComeBackAsValuesAndTheCommandPrintsThem() throws {
        let file = directory.appendingPathComponent("xx.yaml")
        try "title: Words\nlanguage: xx\nsteps:\n  - name: One\n".write(to: file, atomically: true, encoding: .utf8)
        let maker = try SheetMaker()
        let made = try maker.make(try maker.loadRoutine(path: file.path))
        XCTAssertEqual(made.files.count, 1)
        XCTAssertEqual(made.warnings.count, 1)
        XCTAssertEqual(made.warnings.first?.severity, .warning)
        XCTAssertEqual(made.warnings.first?.file, file.path)
        let result = try Tool.run(
            Tool.repsheet, ["render", file.path, "-o", directory.appendingPathComponent("xx.pdf").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(
            result.stderr.components(separatedBy: "warning: no words for language \"xx\"").count - 1, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("\(file.path): warning: "), result.stderr)
    }

    func testABatchSaysEachWarningOnceAndBadLayoutsWithoutRepeatingTheirPrefix() throws {
        let routine = directory.appendingPathComponent("r.yaml")
        try "title: Words\nlanguage: xx\nsteps:\n  - name: One\n".write(to: routine, atomically: true, encoding: .utf8)
        let clients = directory.appendingPathComponent("c.yaml")
        try "- name: Ann\n- name: Bob\n- name: Cy\n  layout: nope\n".write(
            to: clients, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("out")
        let result = try Tool.run(
            Tool.repsheet, ["render", routine.path, "--clients", clients.path, "--out-dir", out.path])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertEqual(
            result.stderr.components(separatedBy: "warning: no words for language").count - 1, 1, result.stderr)
        XCTAssertTrue(
            result.stderr.contains(
                "\(clients.path):3:3: error: the layout of this client cannot be used: no layout named \"nope\""),
            result.stderr)
        XCTAssertFalse(result.stderr.contains("used: error:"), result.stderr)
    }
}
