import XCTest

/// The first page holds the first step whenever it has room for it: a title page with nothing
/// under its header, and step 1 under a "continued" header on page 2, reads as a mistake.
final class FirstPageStepTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testTenStepsWithVideosBeginOnTheFirstPage() throws {
        let exercises = [
            "chin-tuck", "shoulder-blade-squeeze", "upper-trapezius-stretch", "doorway-pectoral-stretch", "wall-slide",
            "open-book", "thread-the-needle", "seated-rhomboid-stretch", "wall-push-up", "levator-scapulae-stretch",
        ]
        let steps = exercises.enumerated().map { index, name in
            "  - exercise: \(name)\n    video: https://videos.example-clinic.org/posture/\(name)?v=\(index + 1)\n"
        }
        let yaml = """
            title: Posture Program with Videos
            subtitle: Scan the code to watch each exercise
            provider: City Posture Clinic
            frequency: Once a day
            notes:
              - Videos are for guidance; follow the dose on this sheet.
            steps:

            """ + steps.joined()
        try yaml.write(to: directory.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        for size in ["a5", "half-letter", "letter"] {
            let pdf = "r-\(size).pdf"
            let run = try Tool.run(
                Tool.repsheet, ["render", "r.yaml", "--page-size", size, "-o", pdf], in: directory)
            XCTAssertEqual(run.status, 0, run.stderr)
            let first = try Tool.run("pdftotext", ["-f", "1", "-l", "1", pdf, "-"], in: directory).stdout
            XCTAssertTrue(first.contains("Chin tuck"), "\(size): page 1 is \(first)")
        }
    }
}
