import Foundation
import XCTest

/// A left-to-right run on a right-to-left sheet ("1.5 km" in an Arabic dose) draws the same
/// every time it appears: shaped once, it is not laid out again right to left after the sheet's
/// Arabic runs are drawn.
final class RightToLeftCacheTests: XCTestCase {
    func testADistanceReadsTheSameInEveryWeekOfAnArabicOrHebrewLog() throws {
        let folder = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (language, name) in [("ar", "المشي السريع"), ("he", "הליכה מהירה")] {
            let routine = folder.appendingPathComponent("\(language).yaml")
            try
                "title: \(name)\nlanguage: \(language)\ntrack: {days: 14}\nsteps:\n  - name: \(name)\n    duration: 20 min\n    distance: 1.5 km\n"
                .write(to: routine, atomically: true, encoding: .utf8)
            let file = folder.appendingPathComponent("\(language).pdf")
            let render = try Tool.run(Tool.repsheet, ["render", routine.path, "--layout", "tracker", "-o", file.path])
            XCTAssertEqual(render.status, 0, render.stderr)
            let text = try Tool.run("pdftotext", ["-layout", file.path, "-"]).stdout
            XCTAssertEqual(text.components(separatedBy: "1.5 km").count - 1, 2, "\(language): both weeks: \(text)")
            XCTAssertFalse(text.contains("km 1.5"), "\(language): \(text)")
        }
    }
}
