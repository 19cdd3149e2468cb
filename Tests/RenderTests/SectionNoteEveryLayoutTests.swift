import Foundation
import XCTest

/// A section's `note:` and a step's `notes:` are often precautions ("Keep a pillow between your
/// knees"): every layout prints them, the tracker and compact in their section bands, cards on
/// the section's first card, the tracker's step notes under the step's row.
final class SectionNoteEveryLayoutTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    static let routine = """
        title: Hip precautions
        sections:
          - title: Lying down
            note: Keep a pillow between your knees.
            steps:
              - name: Ankle pumps
                reps: 20
              - name: Heel slides
                reps: 10
                notes: Only slide as far as is comfortable.
          - title: Standing
            note: Hold on to the counter with both hands.
            steps:
              - name: Hip abduction
                reps: 10
                sides: each
        """

    func testEveryLayoutPrintsSectionAndStepNotesOnce() throws {
        try Self.routine.write(to: directory.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        for layout in ["classic", "cards", "tracker", "compact", "large-print"] {
            let pdf = "\(layout).pdf"
            let run = try Tool.run(Tool.repsheet, ["render", "r.yaml", "--layout", layout, "-o", pdf], in: directory)
            XCTAssertEqual(run.status, 0, run.stderr)
            let text = Tool.normalized(try Tool.run("pdftotext", [pdf, "-"], in: directory).stdout)
            for note in [
                "Keep a pillow between your knees.", "Hold on to the counter with both hands.",
                "Only slide as far as is comfortable.",
            ] {
                XCTAssertEqual(text.components(separatedBy: note).count - 1, 1, "\(layout): \(note) in \(text)")
            }
        }
    }
}
