import XCTest

/// An alternative written without a dose is done as much as the step it replaces, wherever the
/// step's dose comes from: the catalogue, or a client's changes.
final class AlternativeDoseTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// The text of `pdf` in this test's folder, whitespace folded.
    private func text(_ pdf: String) throws -> String {
        Tool.normalized(try Tool.run("pdftotext", ["-layout", pdf, "-"], in: directory).stdout)
    }

    func testAnAlternativeUnderACatalogueStepTakesTheCataloguesDoseAndAClientsChanges() throws {
        let yaml = """
            title: Back Strengthening
            steps:
              - exercise: bridge
                alternative:
                  name: Buttock squeeze lying flat
                  reason: If lifting the hips hurts
            """
        try yaml.write(to: directory.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        let single = try Tool.run(Tool.repsheet, ["render", "r.yaml", "-o", "r.pdf"], in: directory)
        XCTAssertEqual(single.status, 0, single.stderr)
        let sheet = try text("r.pdf")
        // The bridge's catalogue dose, on the step and on what to do instead.
        XCTAssertTrue(sheet.contains("Instead: Buttock squeeze lying flat"), sheet)
        XCTAssertEqual(sheet.components(separatedBy: "Hold 5 s · 10 reps").count - 1, 2, sheet)
        XCTAssertFalse(sheet.contains("1 rep"), sheet)

        let clients = """
            - name: Ann Lee
              steps:
                Bridge: { reps: 4 }
            """
        try clients.write(to: directory.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let batch = try Tool.run(
            Tool.repsheet, ["render", "r.yaml", "--clients", "c.yaml", "--out-dir", "out"], in: directory)
        XCTAssertEqual(batch.status, 0, batch.stderr)
        let personal = try text("out/ann-lee.pdf")
        XCTAssertEqual(personal.components(separatedBy: "Hold 5 s · 4 reps").count - 1, 2, personal)
    }
}
