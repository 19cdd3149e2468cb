import Routine
import XCTest

/// `duration:` and `distance:` on a step: a timed or distance dose, without hold or reps.
final class TimedStepTests: XCTestCase {
    private func load(_ text: String) throws(RoutineError) -> Routine {
        try RoutineLoader.load(text: text, fileName: "timed.yaml", baseDirectory: nil)
    }

    private func problems(_ text: String) -> String {
        do throws(RoutineError) {
            _ = try load(text)
            return ""
        } catch {
            return error.description
        }
    }

    func testDurationAndDistanceAreRead() throws {
        let routine = try load(
            """
            title: Warm-up
            defaults: {hold: 30 s, reps: 3, sets: 2, rest: 45 s}
            steps:
              - name: Stationary bike
                duration: 10 min
              - name: Walk
                distance: 1.5 km
                reps: 2
              - name: Knee to chest
            """)
        let steps = routine.allSteps
        XCTAssertEqual(steps[0].dose.duration, TimeSpan(seconds: 600))
        XCTAssertNil(steps[0].dose.hold, "a timed step takes no hold from defaults")
        XCTAssertEqual(steps[0].dose.reps, 1, "a timed step is done once unless it says how many times")
        XCTAssertEqual(steps[0].dose.sets, 1, "a timed step takes no sets from defaults")
        XCTAssertNil(steps[0].dose.rest, "a timed step takes no rest from defaults")
        XCTAssertEqual(steps[1].dose.sets, 1, "a distance step takes no sets from defaults")
        XCTAssertEqual(steps[1].dose.distance, Distance(amount: 1.5, unit: "km"))
        XCTAssertEqual(steps[1].dose.distance?.description, "1.5 km")
        XCTAssertEqual(steps[1].dose.reps, 2)
        XCTAssertEqual(steps[2].dose.hold, TimeSpan(seconds: 30))
        XCTAssertEqual(steps[2].dose.reps, 3)
        XCTAssertEqual(steps[2].dose.sets, 2)
        XCTAssertEqual(steps[2].dose.rest, TimeSpan(seconds: 45))
        XCTAssertNil(steps[2].dose.duration)
    }

    func testDistanceForms() {
        XCTAssertEqual(Distance(parsing: "1 km")?.description, "1 km")
        XCTAssertEqual(Distance(parsing: "400m")?.description, "400 m")
        XCTAssertEqual(Distance(parsing: " 0.5 MI ")?.description, "0.5 mi")
        for bad in ["", "km", "1", "1 parsec", "-1 km", "0 m", "1e3 m", "one km"] {
            XCTAssertNil(Distance(parsing: bad), bad)
        }
    }

    func testBadValuesAreReportedAtTheirLine() {
        let distance = problems(
            """
            title: T
            steps:
              - name: Walk
                distance: far
            """)
        XCTAssertTrue(distance.contains("timed.yaml:4:15"), distance)
        XCTAssertTrue(distance.contains("distance must be a number and a unit"), distance)
        let zero = problems(
            """
            title: T
            steps:
              - name: Bike
                duration: 0
            """)
        XCTAssertTrue(zero.contains("timed.yaml:4:15"), zero)
        XCTAssertTrue(zero.contains("duration must be a time longer than zero"), zero)
    }
}
