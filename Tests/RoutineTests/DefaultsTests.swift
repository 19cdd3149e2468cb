import Routine
import XCTest

/// `defaults` give every step its dose keys; a step's own value wins.
final class DefaultsTests: XCTestCase {
    private func steps(_ text: String) throws -> [Step] {
        try RoutineLoader.load(text: text, fileName: "t.yaml", baseDirectory: nil).allSteps
    }

    func testEveryDoseKeyIsInherited() throws {
        let steps = try steps(
            """
            title: T
            defaults: {hold: 30 s, reps: 3, sets: 2, sides: each, rest: 1 min}
            sections:
              - title: One
                steps:
                  - name: A
              - title: Two
                steps:
                  - name: B
            """)
        let expected = Dose(
            hold: TimeSpan(seconds: 30), reps: 3, sets: 2, sides: .each, rest: TimeSpan(seconds: 60))
        XCTAssertEqual(steps.map(\.dose), [expected, expected])
    }

    func testStepValueWins() throws {
        let steps = try steps(
            """
            title: T
            defaults: {hold: 30 s, reps: 3, sets: 2, sides: each, rest: 1 min}
            steps:
              - {name: A, hold: 10, reps: 5, sets: 1, sides: left, rest: 20 s}
              - {name: B, sides: none}
            """)
        XCTAssertEqual(
            steps[0].dose,
            Dose(hold: TimeSpan(seconds: 10), reps: 5, sets: 1, sides: .left, rest: TimeSpan(seconds: 20))
        )
        XCTAssertEqual(
            steps[1].dose,
            Dose(hold: TimeSpan(seconds: 30), reps: 3, sets: 2, sides: .none, rest: TimeSpan(seconds: 60))
        )
    }

    func testBuiltInDefaultsWithoutDefaults() throws {
        XCTAssertEqual(try steps("title: T\nsteps:\n  - name: A\n")[0].dose, Dose())
    }

    func testCheckboxCountFollowsTheRule() throws {
        let steps = try steps(
            "title: T\nsteps:\n  - {name: A, reps: 3, sets: 2, sides: each}\n  - {name: B, reps: 3, sets: 2, sides: left}\n"
        )
        XCTAssertEqual(steps.map(\.dose.checkboxCount), [12, 6])
        XCTAssertEqual(steps[0].dose.boxesPerSide, 6)
    }

    func testNotesAndInstructionsShapes() throws {
        let routine = try RoutineLoader.load(
            text:
                "title: T\nnotes: One note.\nsteps:\n  - {name: A, instructions: Do it.}\n  - {name: B, instructions: [One, Two]}\n",
            fileName: "t.yaml", baseDirectory: nil)
        XCTAssertEqual(routine.notes, ["One note."])
        XCTAssertEqual(
            routine.allSteps.map(\.instructions), [.paragraph("Do it."), .numbered(["One", "Two"])])
        XCTAssertEqual(routine.language, "en")
    }
}
