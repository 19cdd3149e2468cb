import Routine
import XCTest

/// Every way of writing a hold or rest time, and the normalised way it prints.
final class DurationTests: XCTestCase {
    func testEveryListedFormParses() {
        let cases: [(String, Int)] = [
            ("30", 30), ("30s", 30), ("30 s", 30), ("45 sec", 45), ("45 secs", 45), ("10 seconds", 10),
            ("1 second", 1), ("1 min", 60), ("2 mins", 120), ("1 minute", 60), ("3 minutes", 180),
            ("1m", 60), ("1m30s", 90), ("1m 30s", 90), ("1 min 30 s", 90), ("1 min, 30 s", 90),
            ("1:30", 90), ("0:45", 45), ("10:00", 600), ("1:02:03", 3_723), ("1 h", 3_600),
            ("1 hr 5 min", 3_900),
            ("1.5 min", 90), ("0.5 min", 30), ("30 S", 30), ("1 Min", 60), ("  20s  ", 20), ("0", 0),
            ("0 s", 0),
        ]
        for (text, seconds) in cases {
            XCTAssertEqual(TimeSpan(parsing: text)?.seconds, seconds, text)
        }
    }

    func testWrongFormsAreRejected() {
        for text in [
            "", "thirty", "30 x", "-5", "1:75", "1:5", "1::30", ":30", "1.5 s", "30 30", "s",
            "1 min 2 min", "30s1",
            "1e3", "12345678901 s", String(repeating: "1", count: 50),
        ] {
            XCTAssertNil(TimeSpan(parsing: text), text)
        }
    }

    func testPrintsNormalised() {
        XCTAssertEqual(TimeSpan(seconds: 30).description, "30 s")
        XCTAssertEqual(TimeSpan(seconds: 90).description, "1 min 30 s")
        XCTAssertEqual(TimeSpan(seconds: 120).description, "2 min")
        XCTAssertEqual(TimeSpan(parsing: "1m30s")?.description, "1 min 30 s")
    }

    func testHoldZeroMeansNoHoldAndStepsCanTurnOffADefaultHold() throws {
        let text = """
            title: T
            defaults: {hold: 30, rest: 1 min}
            steps:
              - {name: A}
              - {name: B, hold: 0, rest: 0 s}
              - {name: C, hold: ~}
            """
        let steps = try RoutineLoader.load(text: text, fileName: "t.yaml", baseDirectory: nil).allSteps
        XCTAssertEqual(steps[0].dose.hold, TimeSpan(seconds: 30))
        XCTAssertEqual(steps[0].dose.rest, TimeSpan(seconds: 60))
        XCTAssertNil(steps[1].dose.hold)
        XCTAssertNil(steps[1].dose.rest)
        // An empty value is as if the key were absent: the default applies.
        XCTAssertEqual(steps[2].dose.hold, TimeSpan(seconds: 30))
    }

    func testHoldOfAnHourIsTheMost() throws {
        let ok = "title: T\nsteps:\n  - {name: A, hold: 1 h}\n"
        XCTAssertEqual(
            try RoutineLoader.load(text: ok, fileName: "t.yaml", baseDirectory: nil).allSteps[0].dose
                .hold?.seconds, 3_600)
        let tooLong = "title: T\nsteps:\n  - {name: A, hold: 3601}\n"
        XCTAssertThrowsError(
            try RoutineLoader.load(text: tooLong, fileName: "t.yaml", baseDirectory: nil))
    }
}
