import Foundation
import Routine
import XCTest

/// Reading files: paths, encodings, the source path and diagnostics' form.
final class LoaderTests: XCTestCase {
    func testMissingFileIsFileNotFound() {
        XCTAssertThrowsError(try RoutineLoader.load(path: "/nonexistent/routine.yaml")) { error in
            XCTAssertEqual(error as? RoutineError, .fileNotFound(path: "/nonexistent/routine.yaml"))
            XCTAssertEqual((error as? RoutineError)?.exitCode, 66)
        }
    }

    func testFolderIsInvalid() {
        XCTAssertThrowsError(try RoutineLoader.load(path: FixturePaths.good.path)) { error in
            XCTAssertEqual(
                (error as? RoutineError)?.description,
                "\(FixturePaths.good.path):1:1: error: this is a folder, not a routine file")
        }
    }

    func testSourceIsThePathAsGivenAndImagesAreAbsolute() throws {
        let path = FixturePaths.good.appendingPathComponent("sections.yaml").path
        let routine = try RoutineLoader.load(path: path, access: FixturePaths.access)
        XCTAssertEqual(routine.source, path)
        let image = try XCTUnwrap(routine.allSteps[1].image)
        XCTAssertTrue(image.hasPrefix("/"))
        XCTAssertFalse(image.contains(".."))
        XCTAssertTrue(FileManager.default.fileExists(atPath: image))
    }

    func testTextInMemoryResolvesImagesAgainstTheBaseDirectory() throws {
        let text = "title: T\nsteps:\n  - {name: A, image: dot.png}\n"
        let routine = try RoutineLoader.load(
            text: text, fileName: "mem.yaml", baseDirectory: FixturePaths.images.path)
        XCTAssertEqual(
            routine.allSteps[0].image, FixturePaths.images.appendingPathComponent("dot.png").path)
        XCTAssertNil(routine.source)
    }

    func testByteOrderMarkIsSkippedAndColumnsCountCharacters() {
        let text =
            "\u{FEFF}title: Étirements du dos\nsteps:\n  - {name: Genou à la poitrine, reps: trois}\n"
        XCTAssertThrowsError(
            try RoutineLoader.load(data: Data(text.utf8), fileName: "fr.yaml", baseDirectory: nil)
        ) { error in
            XCTAssertEqual(
                (error as? RoutineError)?.description,
                "fr.yaml:3:39: error: reps must be a whole number from 1 to 50, found \"trois\"")
        }
    }

    func testJSONFilesMustBeJSON() throws {
        let json = #"{"title": "T", "steps": [{"name": "A", "reps": 2}]}"#
        XCTAssertEqual(
            try RoutineLoader.load(text: json, fileName: "r.json", baseDirectory: nil).allSteps[0].dose
                .reps, 2)
        // The same text is also fine as YAML.
        XCTAssertEqual(
            try RoutineLoader.load(text: json, fileName: "r.yaml", baseDirectory: nil).title, "T")
        let yaml = "title: T\nsteps:\n  - name: A\n"
        XCTAssertThrowsError(try RoutineLoader.load(text: yaml, fileName: "r.json", baseDirectory: nil))
    }

    func testJSONEscapesIncludingSurrogatePairsKeepColumns() throws {
        let json =
            #"{"title": "Stretch \ud83d\udcaa \u00e9\/", "steps": [{"name": "\ud83d\ude00", "reps": "3"}]}"#
        XCTAssertThrowsError(try RoutineLoader.load(text: json, fileName: "e.json", baseDirectory: nil)) { error in
            XCTAssertEqual(
                (error as? RoutineError)?.description,
                "e.json:1:87: error: reps must be a whole number from 1 to 50, found \"3\" (remove the quotes)"
            )
        }
        let valid = json.replacingOccurrences(of: #""3""#, with: "3")
        let routine = try RoutineLoader.load(text: valid, fileName: "e.json", baseDirectory: nil)
        XCTAssertEqual(routine.title, "Stretch 💪 é/")
        XCTAssertEqual(routine.allSteps[0].name, "😀")
    }

    func testDiagnosticsComeInFileOrder() {
        let text = "steps:\n  - {name: A, reps: 0}\ndate: 2026-02-30\ntitle: [x]\n"
        XCTAssertThrowsError(try RoutineLoader.load(text: text, fileName: "o.yaml", baseDirectory: nil)) { error in
            let lines =
                (error as? RoutineError)?.description.split(separator: "\n").map { $0.prefix(10) } ?? []
            XCTAssertEqual(lines, ["o.yaml:2:2", "o.yaml:3:7", "o.yaml:4:8"])
        }
    }

    func testDiagnosticDescriptionForm() {
        let diagnostic = Diagnostic(
            .error, "unknown key `hodl` in a step",
            at: SourceLocation(file: "back.yaml", line: 4, column: 5),
            hints: ["did you mean `hold`?"])
        XCTAssertEqual(
            diagnostic.description,
            "back.yaml:4:5: error: unknown key `hodl` in a step (did you mean `hold`?)")
    }
}
