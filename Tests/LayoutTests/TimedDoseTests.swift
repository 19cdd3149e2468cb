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

    /// A sheet of only timed steps has no reps: its key says to tick a box each time, in every
    /// language; one rep-counted step brings the rep key back, and a `labels: key:` still wins.
    func testASheetOfTimedStepsHasAKeyWithoutReps() throws {
        var bike = Step(name: "Stationary bike", dose: Dose(reps: 1))
        bike.dose.duration = TimeSpan(seconds: 600)
        var routine = Routine(title: "Warm-up", sections: [Section(title: nil, steps: [bike])])
        for language in SheetLabels.languages {
            routine.language = language
            let key = SheetLabels.resolved(for: routine).labels.key
            XCTAssertEqual(key, SheetLabels.timedKeys[language], language)
            XCTAssertNotEqual(key, try XCTUnwrap(SheetLabels(language: language)).key, language)
        }
        // A regional tag takes its language's words, as the other labels do.
        routine.language = "es-MX"
        XCTAssertEqual(SheetLabels.resolved(for: routine).labels.key, SheetLabels.timedKeys["es"])
        routine.language = "en"
        XCTAssertEqual(SheetLabels.resolved(for: routine).labels.key, "Tick a box each time you finish.")
        routine.labels = ["key": "Tick when done."]
        XCTAssertEqual(SheetLabels.resolved(for: routine).labels.key, "Tick when done.")
        routine.labels = [:]
        routine.sections[0].steps.append(Step(name: "Bridge", dose: Dose(reps: 10)))
        XCTAssertEqual(SheetLabels.resolved(for: routine).labels.key, SheetLabels().key)
    }
}
