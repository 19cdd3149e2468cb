import Foundation
import XCTest

/// `defaults` are written for the exercises counted in reps: a timed or distance step takes none
/// of their hold, reps, sets, sides and rest, from the routine or from a client ("Pendulum 1 min · 2 sets
/// · rest 45 s" was printed from `defaults: {sets: 2, rest: 45s}`).
final class TimedStepDefaultsTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    static let routine = """
        title: Shoulder warm-up
        defaults: {reps: 12, sets: 2, rest: 45s, sides: each}
        steps:
          - name: Pendulum
            duration: 1 min
            reps: 2
          - name: Walk
            distance: 400 m
          - name: Wall slide
          - name: Side plank
            duration: 20 s
            sides: each
        """

    func sheet(_ arguments: [String], file: String) throws -> String {
        let run = try Tool.run(Tool.repsheet, ["render", "r.yaml"] + arguments, in: directory)
        XCTAssertEqual(run.status, 0, run.stderr)
        return Tool.normalized(try Tool.run("pdftotext", ["-layout", file, "-"], in: directory).stdout)
    }

    func testTimedStepsTakeNoSetsOrRestFromTheRoutinesOrAClientsDefaults() throws {
        try Self.routine.write(to: directory.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        let plain = try sheet(["-o", "plain.pdf"], file: "plain.pdf")
        XCTAssertTrue(plain.contains("Pendulum 1 min · 2 times"), plain)
        XCTAssertFalse(plain.contains("2 times · 2 sets"), plain)
        XCTAssertTrue(plain.contains("Walk 400 m"), plain)
        XCTAssertFalse(plain.contains("400 m · 12"), plain)
        XCTAssertTrue(plain.contains("12 reps · 2 sets · rest 45 s · each side"), plain)
        XCTAssertFalse(plain.contains("1 min · 2 times · each side"), plain)
        XCTAssertFalse(plain.contains("400 m · each side"), plain)
        // A timed step that writes its sides keeps them.
        XCTAssertTrue(plain.contains("Side plank Left Right 20 s · each side"), plain)

        try """
        - name: Ann Lee
          defaults: {hold: 5s, reps: 15, sets: 3, rest: 1 min}
        """.write(to: directory.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let client = try sheet(["--clients", "c.yaml", "--out-dir", "out"], file: "out/ann-lee.pdf")
        XCTAssertTrue(client.contains("Pendulum 1 min · 2 times"), client)
        XCTAssertFalse(client.contains("2 times · 3 sets"), client)
        XCTAssertFalse(client.contains("400 m · 15"), client)
        XCTAssertTrue(client.contains("Hold 5 s · 15 reps · 3 sets · rest 1 min"), client)
    }
}
