import Routine
import XCTest

@testable import Layout

/// A timed or distance step's dose: the time or distance, "N times", never a hold or "rep".
final class TimedDoseTests: XCTestCase {
    func testTimedDoseInEveryLanguage() throws {
        var dose = Dose(reps: 1)
        dose.duration = TimeSpan(seconds: 600)
        for language in SheetLabels.languages {
            let labels = try XCTUnwrap(SheetLabels(language: language))
            let line = DoseLine(labels: labels).text(dose)
            let minutes = labels.minutes.replacingOccurrences(of: "{n}", with: "10")
            XCTAssertEqual(line, minutes, language)
            XCTAssertFalse(line.contains(labels.rep), language)
            XCTAssertFalse(line.contains(labels.hold), language)
        }
        XCTAssertEqual(DoseLine(labels: try XCTUnwrap(SheetLabels(language: "es"))).text(dose), "10 min")
    }

    func testTimesAndDistance() throws {
        var dose = Dose(reps: 2)
        dose.duration = TimeSpan(seconds: 600)
        XCTAssertEqual(DoseLine(labels: SheetLabels()).text(dose), "10 min · 2 times")
        XCTAssertEqual(DoseLine(labels: try XCTUnwrap(SheetLabels(language: "es"))).text(dose), "10 min · 2 veces")
        var walk = Dose(reps: 1, sides: .none)
        walk.distance = Distance(amount: 1, unit: "km")
        XCTAssertEqual(DoseLine(labels: SheetLabels()).text(walk), "1 km")
        XCTAssertEqual(walk.checkboxCount, 1, "one box per time")
        XCTAssertEqual(dose.checkboxCount, 2)
    }
}
