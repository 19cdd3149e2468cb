import Foundation
import XCTest

/// Issue 21, items 1–3: client notes add to the routine's, example client lists by name, and file
/// names where a second client cannot be taken for a second page.
final class Papercut2ClientTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    let safetyNote = "Stop any stretch that causes sharp pain"

    func text(of pdf: String) throws -> String {
        let result = try Tool.run("pdftotext", [directory.appendingPathComponent(pdf).path, "-"])
        XCTAssertEqual(result.status, 0, "\(pdf) is not a valid PDF")
        return Tool.normalized(result.stdout)
    }

    func testAClientsNotesComeAfterTheRoutinesSafetyNote() throws {
        try "name,notes\nJane Doe,Go gently on the knee to chest.\nAl Smith,\n".write(
            to: directory.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        let result = try Tool.run(
            Tool.repsheet, ["render", "back-stretches", "--clients", "c.csv", "--out-dir", "out"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        let jane = try text(of: "out/jane-doe.pdf")
        let safety = try XCTUnwrap(jane.range(of: safetyNote), jane)
        let own = try XCTUnwrap(jane.range(of: "Go gently on the knee to chest."), jane)
        XCTAssertLessThan(safety.lowerBound, own.lowerBound, "the client's note follows the routine's")
        let al = try text(of: "out/al-smith.pdf")
        XCTAssertTrue(al.contains(safetyNote), al)
        XCTAssertFalse(al.contains("Go gently"), al)
    }

    func testOnlyKeepRoutineNotesNoRemovesTheRoutinesNotes() throws {
        let yaml = """
            - name: Kept
              notes: [Your own note.]
            - name: Dropped
              notes: Only this note.
              keep-routine-notes: no
            - name: Wrong
              keep-routine-notes: maybe

            """
        try yaml.write(to: directory.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let result = try Tool.run(
            Tool.repsheet, ["render", "back-stretches", "--clients", "c.yaml", "--out-dir", "out"], in: directory)
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(
            result.stderr.contains(
                "c.yaml:7:23: error: keep-routine-notes must be `yes` or `no`, found \"maybe\""),
            result.stderr)
        let kept = try text(of: "out/kept.pdf")
        XCTAssertTrue(kept.contains(safetyNote) && kept.contains("Your own note."), kept)
        let dropped = try text(of: "out/dropped.pdf")
        XCTAssertFalse(dropped.contains(safetyNote), dropped)
        XCTAssertTrue(dropped.contains("Only this note."), dropped)
    }

    func testExampleClientListsAreNamedLikeExampleRoutines() throws {
        for (name, count) in [("example:clients", 5), ("example:clients.csv", 5), ("example:clients.yaml", 5)] {
            let result = try Tool.run(
                Tool.repsheet, ["render", "back-stretches", "--clients", name, "--out-dir", "out-\(count)-\(name)"],
                in: directory)
            XCTAssertEqual(result.status, 0, "\(name): \(result.stderr)")
            let written = try FileManager.default.contentsOfDirectory(
                atPath: directory.appendingPathComponent("out-\(count)-\(name)").path)
            XCTAssertEqual(written.filter { $0.hasSuffix(".pdf") }.count, count, name)
        }
        // `example:clients` is the YAML list: José's entry there drops the routine's note for his own.
        let jose = try text(of: "out-5-example:clients/jose-nunez.pdf")
        XCTAssertTrue(jose.contains("Start with the warm-up every time."), jose)
        let missing = try Tool.run(
            Tool.repsheet, ["render", "back-stretches", "--clients", "example:nope", "--out-dir", "x"], in: directory)
        XCTAssertEqual(missing.status, 66)
        XCTAssertTrue(missing.stderr.contains("`example:clients.csv` and `example:clients.yaml`"), missing.stderr)
    }

    func testExamplesListsRoutinesThenClientListsThenTheirFolder() throws {
        let result = try Tool.run(Tool.repsheet, ["examples"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let parts = result.stdout.components(separatedBy: "\n\n")
        XCTAssertEqual(parts.count, 3, result.stdout)
        XCTAssertTrue(
            parts[0].split(separator: "\n").contains { $0.hasPrefix("back-stretches\tBack Stretches") }, result.stdout)
        XCTAssertFalse(parts[0].contains("clients"), "a client list is not an example routine")
        XCTAssertEqual(
            parts[1], "Client lists (--clients example:NAME):\nexample:clients.csv\nexample:clients.yaml")
        let folder = Tool.packageRoot.appendingPathComponent("examples").path
        XCTAssertEqual(parts[2], "The examples are in \(folder)\n")
    }

    func testRepeatedNamesAndPagesCannotBeMixedUp() throws {
        try "name\nJane Doe\nJane Doe\nJane Doe P2\n".write(
            to: directory.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        let result = try Tool.run(
            Tool.repsheet,
            ["render", "back-stretches", "--clients", "c.csv", "--out-dir", "out", "--format", "png", "--dpi", "30"],
            in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        let written = try FileManager.default.contentsOfDirectory(
            atPath: directory.appendingPathComponent("out").path
        ).sorted()
        XCTAssertEqual(
            written,
            [
                "jane-doe-2-p1.png", "jane-doe-2-p2.png", "jane-doe-p1.png", "jane-doe-p2.png", "jane-doe-p2-p1.png",
                "jane-doe-p2-p2.png",
            ].sorted())
        let pdf = try Tool.run(
            Tool.repsheet, ["render", "back-stretches", "--clients", "c.csv", "--out-dir", "pdf"], in: directory)
        XCTAssertEqual(pdf.status, 0, pdf.stderr)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("pdf").path).sorted(),
            ["jane-doe-2.pdf", "jane-doe-p2.pdf", "jane-doe.pdf"])
    }
}
