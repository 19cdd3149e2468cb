import Foundation
import XCTest

@testable import Routine

/// `progress:`, `weeks:` and `pain_guide:` read into stages, a plan and a flag; a week picks
/// each step's stage and dose.
final class ProgressDecodingTests: XCTestCase {
    static let text = """
        title: Plan
        pain_guide: true
        weeks: [1, 1, 2, 2, 3, 3]
        steps:
          - name: Pelvic tilt
            reps: 10
          - name: Bridge
            hold: 3s
            reps: 5
            progress:
              - name: Small bridge
              - name: Full bridge
                hold: 5s
                reps: 10
                when: when 5 feel easy
              - reps: 10
                sets: 2
                rest: 1 min
        """

    func load(_ text: String) throws -> Routine {
        try RoutineLoader.load(text: text, fileName: "plan.yaml", baseDirectory: nil)
    }

    func testStagesInheritTheStepsDoseAndKeepTheirNamesAndWhen() throws {
        let routine = try load(Self.text)
        XCTAssertTrue(routine.painGuide)
        XCTAssertEqual(routine.weeks, [1, 1, 2, 2, 3, 3])
        XCTAssertEqual(routine.planWeeks, 6)
        let bridge = routine.allSteps[1]
        XCTAssertEqual(bridge.progress.count, 3)
        XCTAssertEqual(bridge.progress[0].name, "Small bridge")
        XCTAssertEqual(bridge.progress[0].dose, Dose(hold: TimeSpan(seconds: 3), reps: 5))
        XCTAssertEqual(bridge.progress[1].when, "when 5 feel easy")
        XCTAssertEqual(bridge.progress[1].dose, Dose(hold: TimeSpan(seconds: 5), reps: 10))
        XCTAssertNil(bridge.progress[2].name)
        XCTAssertEqual(
            bridge.progress[2].dose, Dose(hold: TimeSpan(seconds: 3), reps: 10, sets: 2, rest: TimeSpan(seconds: 60)))
        XCTAssertEqual(bridge.progress[1].location?.line, 12)
    }

    func testEachWeekUsesItsStage() throws {
        let routine = try load(Self.text)
        let expected: [Int: (stage: Int, reps: Int, sets: Int)] = [
            1: (0, 5, 1), 2: (0, 5, 1), 3: (1, 10, 1), 4: (1, 10, 1), 5: (2, 10, 2), 6: (2, 10, 2), 9: (2, 10, 2),
        ]
        for (week, want) in expected {
            let step = routine.forWeek(week).allSteps[1]
            XCTAssertEqual(step.stage, want.stage, "week \(week)")
            XCTAssertEqual(step.dose.reps, want.reps, "week \(week)")
            XCTAssertEqual(step.dose.sets, want.sets, "week \(week)")
            // A step without stages keeps its dose every week.
            XCTAssertEqual(routine.forWeek(week).allSteps[0].dose.reps, 10)
            XCTAssertNil(routine.forWeek(week).allSteps[0].stage)
        }
        XCTAssertEqual(routine.forWeek(9).week, 6)
        XCTAssertEqual(routine.forWeek(3).allSteps[1].nextStage?.dose.sets, 2)
        XCTAssertNil(routine.forWeek(6).allSteps[1].nextStage)
        // Without weeks:, week N is stage N, as many weeks as the most stages.
        let plain = try load(Self.text.replacingOccurrences(of: "weeks: [1, 1, 2, 2, 3, 3]\n", with: ""))
        XCTAssertEqual(plain.planWeeks, 3)
        XCTAssertEqual(plain.forWeek(2).allSteps[1].stage, 1)
        // Without --week, the sheet is at week 1's stages but names no week.
        XCTAssertEqual(plain.staged.allSteps[1].stage, 0)
        XCTAssertNil(plain.staged.week)
        XCTAssertEqual(plain.forWeek(1).week, 1)
    }

    func testMistakesAreReportedAtTheirLine() throws {
        let cases: [(String, String, String)] = [
            ("weeks: [1, 1, 2, 2, 3, 3]", "weeks: 3", "plan.yaml:3:8: error: weeks must be a list of stage numbers"),
            ("weeks: [1, 1, 2, 2, 3, 3]", "weeks: [1, two]", "plan.yaml:3:12: error:"),
            ("pain_guide: true", "pain_guide: maybe", "plan.yaml:2:13: error: pain_guide must be `true` or `false`"),
            ("        when: when 5 feel easy", "        wen: when 5 feel easy", "plan.yaml:15:9: error:"),
            (
                "    progress:\n      - name: Small", "    progress: 3\n    extra:\n      - name: Small",
                "plan.yaml:10:15: error: progress must be a list"
            ),
        ]
        for (from, to, message) in cases {
            let text = Self.text.replacingOccurrences(of: from, with: to)
            XCTAssertThrowsError(try load(text), to) { error in
                let description = (error as? RoutineError)?.description ?? ""
                XCTAssertTrue(description.contains(message), "\(to): \(description)")
            }
        }
    }

    func testATimedStepsStagesStayTimedAndMayChangeTheirTime() throws {
        let routine = try load(
            """
            title: Bike
            steps:
              - name: Stationary bike
                duration: 10 min
                progress:
                  - name: Easy
                  - duration: 15 min
                  - {duration: 20 min, reps: 2}
              - name: Walk
                distance: 1 km
                progress:
                  - reps: 1
                  - distance: 2 km
            """)
        let bike = routine.allSteps[0].progress.map(\.dose)
        XCTAssertEqual(bike.map(\.duration), [600, 900, 1_200].map { TimeSpan(seconds: $0) })
        XCTAssertEqual(bike.map(\.reps), [1, 1, 2])
        XCTAssertEqual(routine.forWeek(1).allSteps[0].dose.duration, TimeSpan(seconds: 600))
        let walk = routine.allSteps[1].progress.map(\.dose)
        XCTAssertEqual(walk.map { $0.distance?.description }, ["1 km", "2 km"])
    }
}
