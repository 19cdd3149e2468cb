import XCTest

/// A client's dose changes reach the stages of a step's progression (the "Next:" line and any
/// later week's sheet), and a value a stage writes itself stays.
final class StagedClientDoseTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testAClientsDoseReachesEveryStageThatDoesNotWriteItsOwn() throws {
        let routine = """
            title: Staged client override
            defaults:
              reps: 10
            steps:
              - name: Heel raises
                hold: 2s
                progress:
                  - name: Both feet
                  - name: One foot
                    reps: 12
                    sides: each
              - name: Calf stretch
                hold: 20s
                progress:
                  - name: Against a wall
                  - name: On a step
                    sides: each
              - name: Bridge
                hold: 5s
            """
        let clients = """
            - name: Tom Baker
              defaults: {reps: 15}
              steps:
                Heel raises: {reps: 20}
            """
        try routine.write(to: directory.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        try clients.write(to: directory.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let batch = try Tool.run(
            Tool.repsheet, ["render", "r.yaml", "--clients", "c.yaml", "--out-dir", "out"], in: directory)
        XCTAssertEqual(batch.status, 0, batch.stderr)
        let sheet = Tool.normalized(
            try Tool.run("pdftotext", ["-layout", "out/tom-baker.pdf", "-"], in: directory).stdout)
        // The step change, on the first stage; the second stage writes its own reps.
        XCTAssertTrue(sheet.contains("Hold 2 s · 20 reps Stage 1 of 2"), sheet)
        XCTAssertTrue(sheet.contains("Next: One foot · Hold 2 s · 12 reps · each side"), sheet)
        // The client's defaults, on a staged step's stages and on a plain step.
        XCTAssertTrue(sheet.contains("Hold 20 s · 15 reps Stage 1 of 2"), sheet)
        XCTAssertTrue(sheet.contains("Next: On a step · Hold 20 s · 15 reps · each side"), sheet)
        XCTAssertTrue(sheet.contains("Hold 5 s · 15 reps"), sheet)
        XCTAssertFalse(sheet.contains("10 reps"), sheet)
    }
}
