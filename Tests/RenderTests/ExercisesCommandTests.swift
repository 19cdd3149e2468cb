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
            ["chin-tuck", "upper-trapezius-stretch"])
        let lying = try Tool.run(Tool.repsheet, ["exercises", "--position", "lying-face-down"])
        XCTAssertTrue(lying.stdout.hasPrefix("prone-press-up "), lying.stdout)
        let bad = try Tool.run(Tool.repsheet, ["exercises", "--region", "nek"])
        XCTAssertEqual(bad.status, 64)
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
