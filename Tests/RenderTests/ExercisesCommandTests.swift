import Foundation
import XCTest

/// `repsheet exercises` and routines that use the catalogue.
final class ExercisesCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testListsTheCatalogueAndFilters() throws {
        let all = try Tool.run(Tool.repsheet, ["exercises"])
        XCTAssertEqual(all.status, 0, all.stderr)
        let lines = all.stdout.split(separator: "\n")
        XCTAssertGreaterThanOrEqual(lines.count, 30)
        XCTAssertTrue(all.stdout.contains("knee-to-chest"))
        let neck = try Tool.run(Tool.repsheet, ["exercises", "--region", "neck"])
        XCTAssertEqual(neck.status, 0, neck.stderr)
        XCTAssertEqual(
            neck.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) },
            ["chin-tuck", "levator-scapulae-stretch", "upper-trapezius-stretch"])
        let lying = try Tool.run(Tool.repsheet, ["exercises", "--position", "lying-face-down"])
        XCTAssertEqual(
            lying.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) },
            ["prone-on-elbows", "prone-press-up"])
        let bad = try Tool.run(Tool.repsheet, ["exercises", "--region", "nek"])
        XCTAssertEqual(bad.status, 64)
    }

    func testListingColumnsLineUp() throws {
        let all = try Tool.run(Tool.repsheet, ["exercises"])
        XCTAssertEqual(all.status, 0, all.stderr)
        XCTAssertFalse(all.stdout.contains("\t"), "columns are padded with spaces, not tabs")
        let lines = all.stdout.split(separator: "\n").map(String.init)
        // Each cell starts where a run of two or more spaces ends (names have single spaces).
        let starts = lines.map { line -> [Int] in
            let characters = Array(line)
            var result = [0]
            var index = 0
            while index < characters.count {
                guard characters[index] == " " else {
                    index += 1
                    continue
                }
                var end = index
                while end < characters.count, characters[end] == " " { end += 1 }
                if end - index >= 2 { result.append(end) }
                index = end
            }
            return result
        }
        XCTAssertEqual(starts.first?.count, 5, lines.first ?? "")
        for (line, offsets) in zip(lines, starts) {
            XCTAssertEqual(offsets, starts.first, "column offsets differ on: \(line)")
            XCTAssertFalse(line.hasSuffix(" "), line)
        }
        // The id column is as wide as the longest id plus two spaces.
        let longest = lines.map { $0.prefix { $0 != " " }.count }.max() ?? 0
        XCTAssertEqual(starts.first?[1], longest + 2)
    }

    func testBadPositionPrintsTheCommandsOwnUsage() throws {
        for arguments in [["exercises", "--position", "foo"], ["exercises", "list", "--position", "foo"]] {
            let bad = try Tool.run(Tool.repsheet, arguments)
            XCTAssertEqual(bad.status, 64, bad.stderr)
            XCTAssertTrue(bad.stderr.contains("'foo' is invalid for '--position"), bad.stderr)
            XCTAssertTrue(bad.stderr.contains("Usage: repsheet exercises list"), bad.stderr)
            XCTAssertFalse(bad.stderr.contains("Usage: repsheet <subcommand>"), bad.stderr)
            for position in [
                "lying", "lying-face-down", "side-lying", "hands-and-knees", "kneeling", "sitting", "standing",
            ] {
                XCTAssertTrue(bad.stderr.contains("- \(position)\n"), "\(position) missing from: \(bad.stderr)")
            }
            XCTAssertEqual(bad.stdout, "")
        }
        let region = try Tool.run(Tool.repsheet, ["exercises", "--region", "nek"])
        XCTAssertEqual(region.status, 64)
        XCTAssertTrue(region.stderr.contains("- low-back\n"), region.stderr)
        XCTAssertTrue(region.stderr.contains("Usage: repsheet exercises list"), region.stderr)
        let upper = try Tool.run(Tool.repsheet, ["exercises", "--position", "Sitting"])
        XCTAssertEqual(upper.status, 0, upper.stderr)
        XCTAssertTrue(upper.stdout.contains("chin-tuck"), upper.stdout)
    }

    func testShowDrawsOneExercise() throws {
        let result = try Tool.run(Tool.repsheet, ["exercises", "show", "knee to chest", "-o", "k.png"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertGreaterThan(try Tool.pngSize(directory.appendingPathComponent("k.png")).width, 100)
        let unknown = try Tool.run(Tool.repsheet, ["exercises", "show", "kne-to-chest"], in: directory)
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.stderr.contains("did you mean `knee-to-chest`?"), unknown.stderr)
    }

    func testFiguresAreVectorsInPDF() throws {
        let result = try Tool.run(Tool.repsheet, ["exercises", "sheet", "-o", "all.pdf"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        let images = try Tool.run("pdfimages", ["-list", directory.appendingPathComponent("all.pdf").path])
        XCTAssertEqual(images.status, 0, images.stderr)
        // Only the two header lines: no raster image at all.
        XCTAssertEqual(images.stdout.split(separator: "\n").count, 2, images.stdout)
    }

    func testRoutineStepsTakeCatalogueExercises() throws {
        let routine = directory.appendingPathComponent("r.yaml")
        try """
        title: Catalogue steps
        defaults: { hold: 30s, reps: 3 }
        steps:
          - exercise: knee-to-chest
          - exercise: pelvic tilt
            reps: 5
          - name: My own
            figure: { trunk: -90, rests-on: back, legs: { hip: 50, knee: 110 } }
        """.write(to: routine, atomically: true, encoding: .utf8)
        let result = try Tool.run(Tool.repsheet, ["validate", routine.path])
        XCTAssertEqual(result.status, 0, result.stderr + result.stdout)
        let pdf = try Tool.run(Tool.repsheet, ["render", routine.path, "-o", "r.pdf"], in: directory)
        XCTAssertEqual(pdf.status, 0, pdf.stderr)
        let text = try Tool.run("pdftotext", [directory.appendingPathComponent("r.pdf").path, "-"]).stdout
        XCTAssertTrue(text.contains("Knee to chest"), text)
        XCTAssertTrue(text.contains("Pelvic tilt"), text)
    }

    func testUnknownExerciseAndBadPoseAreReportedAtTheirLines() throws {
        let routine = directory.appendingPathComponent("bad.yaml")
        try """
        title: Bad
        steps:
          - exercise: kne-to-chest
          - name: Odd
            figure:
              legs: { knee: -20 }
        """.write(to: routine, atomically: true, encoding: .utf8)
        let result = try Tool.run(Tool.repsheet, ["render", routine.path, "-o", "x.pdf"], in: directory)
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(
            result.stderr.split(separator: "\n").map(String.init),
            [
                "\(routine.path):3:15: error: unknown exercise \"kne-to-chest\" (did you mean `knee-to-chest`?; `repsheet exercises` lists the catalogue)",
                "\(routine.path):6:21: error: legs knee must be a number of degrees from 0 to 160 (a knee bends only one way), found -20",
            ])
    }
}
