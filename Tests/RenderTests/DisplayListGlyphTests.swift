import Foundation
import RepSheet
import XCTest

/// The glyph check walks the laid-out sheet: each run carries the routine text it was set from, so
/// every character no font has is reported at once, at its FILE:LINE:COLUMN and with its field.
final class DisplayListGlyphTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    static let missing =
        "which none of RepSheet's fonts can print (it would come out as an empty box); "
        + "remove it, or pass --allow-missing-glyphs to print it anyway"

    func write(_ name: String, _ text: String) throws -> URL {
        let file = directory.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func testTheTitleAndAStepsInstructionsAreReportedTogetherAtTheirColumns() throws {
        let file = try write(
            "two.yaml",
            "title: \"Plan \u{E001}\"\nsteps:\n  - name: Ok\n  - name: Two\n    instructions: \"Lift \u{E002} slowly\"\n"
        )
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: file.path)
        let expected = [
            "\(file.path):1:14: error: the title has the character U+E001, \(Self.missing)",
            "\(file.path):5:25: error: the instructions of step 2 has the character U+E002, \(Self.missing)",
        ]
        for layout in ["classic", "cards", "compact", "large-print"] {
            XCTAssertThrowsError(try maker.check(routine, options: SheetOptions(layout: layout))) { error in
                XCTAssertEqual("\(error)".split(separator: "\n").map(String.init), expected, layout)
            }
        }
        // Drawing runs the same walk, on the same sheet.
        XCTAssertThrowsError(try maker.render(routine)) { error in
            XCTAssertEqual("\(error)".split(separator: "\n").map(String.init), expected)
        }
    }

    /// The routine's own fields with the same character are each reported at their own key's
    /// line, in the file's order, not all where the character first appears.
    func testTheRoutinesFieldsAreReportedAtTheirOwnLines() throws {
        let text =
            "title: Plain title\nclient: \"\u{E001} client\"\nprovider: \"Provider \u{E001}\"\n"
            + "steps:\n  - name: Step\nnotes: \"\u{E001}\"\n"
        for (name, content) in [("fields.yaml", text), ("fields.json", Self.json)] {
            let file = try write(name, content)
            let maker = try SheetMaker()
            let routine = try maker.loadRoutine(path: file.path)
            XCTAssertThrowsError(try maker.check(routine)) { error in
                let lines = "\(error)".split(separator: "\n").map(String.init)
                let places = lines.compactMap { $0.split(separator: " ").first.map(String.init) }
                let expected =
                    name.hasSuffix(".json")
                    ? ["\(file.path):3:14:", "\(file.path):4:25:", "\(file.path):6:14:"]
                    : ["\(file.path):2:10:", "\(file.path):3:21:", "\(file.path):6:9:"]
                XCTAssertEqual(places, expected, lines.joined(separator: "\n"))
                XCTAssertTrue(lines[0].contains("the client's name has"), lines[0])
                XCTAssertTrue(lines[1].contains("the provider has"), lines[1])
                XCTAssertTrue(lines[2].contains("note 1 has"), lines[2])
            }
        }
    }

    static let json = """
        {
          "title": "Plain title",
          "client": "\u{E001} client",
          "provider": "Provider \u{E001}",
          "steps": [{"name": "Step"}],
          "notes": ["\u{E001}"]
        }

        """

    func testAStagesWordsAndALabelAreReportedWithTheirOwnNames() throws {
        let file = try write(
            "stage.yaml",
            """
            title: Plan
            labels: {hold: "Keep \u{E003}"}
            steps:
              - name: Bridge
                hold: 3s
                progress:
                  - name: Low
                  - name: "High \u{E004}"

            """)
        let maker = try SheetMaker()
        // Week 1: the first stage, with the second in the "Next" line.
        let routine = try maker.loadRoutine(path: file.path).forWeek(1)
        XCTAssertThrowsError(try maker.check(routine)) { error in
            XCTAssertEqual(
                "\(error)".split(separator: "\n").map(String.init),
                [
                    "\(file.path):2:22: error: the label `hold` has the character U+E003, \(Self.missing)",
                    "\(file.path):8:21: error: stage 2 of step 1 has the character U+E004, \(Self.missing)",
                ])
        }
    }

    func testABrokenPictureAndAMissingCharacterComeInOneError() throws {
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0]).write(
            to: directory.appendingPathComponent("broken.png"))
        let file = try write(
            "both.yaml", "title: T\nsteps:\n  - name: \"A \u{E005}\"\n    image: broken.png\n")
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: file.path)
        XCTAssertThrowsError(try maker.check(routine)) { error in
            let lines = "\(error)".split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.count, 2, "\(error)")
            XCTAssertTrue(lines.first?.hasPrefix("\(file.path):4:12: error: the picture ") ?? false, "\(error)")
            XCTAssertEqual(
                lines.last, "\(file.path):3:14: error: the name of step 1 has the character U+E005, \(Self.missing)")
        }
    }

    /// In a batch, a client's own words are not in the routine file: they are reported at the
    /// client's entry, the routine's at their line, through the same walk.
    func testABatchReportsTheRoutinesCharacterAtItsLine() async throws {
        let file = try write("r.yaml", "title: T\nsteps:\n  - name: \"A \u{E006}\"\n")
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: file.path)
        let report = try await ClientBatch(
            routine: routine, clients: [Client(name: "Jane Doe")],
            output: .files(directory: directory.appendingPathComponent("out").path)
        ).run()
        XCTAssertEqual(
            report.failures.map(\.description),
            ["\(file.path):3:14: error: the name of step 1 has the character U+E006, \(Self.missing)"])
    }
}
