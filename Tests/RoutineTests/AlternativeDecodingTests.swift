import Foundation
import Routine
import XCTest

/// `alternative:` and `caution:` decode into the model, at their lines, and bad ones are reported.
final class AlternativeDecodingTests: XCTestCase {
    private func load(_ name: String) throws -> Routine {
        try RoutineLoader.load(path: FixturePaths.good.appendingPathComponent(name).path, access: FixturePaths.access)
    }

    func testRoutineAndStepCautions() throws {
        let routine = try load("alternatives.yaml")
        XCTAssertEqual(routine.caution, "Only after a proper diagnosis.")
        XCTAssertNil(routine.allSteps[0].caution)
        XCTAssertEqual(routine.allSteps[1].caution, "Move slowly.")
    }

    func testACatalogueNameIsAnAlternativeWithTheCataloguesOwnDose() throws {
        let routine = try load("alternatives.yaml")
        let alternative = try XCTUnwrap(routine.allSteps[0].alternative)
        XCTAssertNil(alternative.reason)
        XCTAssertEqual(alternative.step.exercise?.name, "seated-rolldown")
        // Nothing given: the catalogue fills name, instructions and the whole dose.
        XCTAssertEqual(alternative.step.exercise?.givenKeys, [])
        XCTAssertEqual(alternative.step.name, "")
        XCTAssertEqual(alternative.location?.line, 6)
        XCTAssertEqual(alternative.location?.column, 18)
    }

    func testAWrittenOutAlternativeKeepsItsReasonAndKeys() throws {
        let routine = try load("alternatives.yaml")
        let alternative = try XCTUnwrap(routine.allSteps[1].alternative)
        XCTAssertEqual(alternative.reason, "Can't get down on the floor?")
        XCTAssertEqual(alternative.step.name, "Seated cat/cow")
        XCTAssertEqual(alternative.step.dose, Dose(hold: TimeSpan(seconds: 5), reps: 10))
        XCTAssertEqual(alternative.step.instructions, .paragraph("Sit tall, round your back, then arch it."))
        guard case .named(let figure, let at)? = alternative.step.figure else { return XCTFail("no figure") }
        XCTAssertEqual(figure, "seated-rolldown")
        XCTAssertEqual(at.line, 12)
        XCTAssertEqual(alternative.location?.line, 10)
        XCTAssertNil(alternative.step.alternative)
    }

    func testAnAlternativeExerciseIgnoresTheRoutinesDefaults() throws {
        let routine = try load("alternatives.yaml")
        let alternative = try XCTUnwrap(routine.allSteps[2].alternative)
        XCTAssertEqual(alternative.reason, "Too easy?")
        // `defaults: {hold: 30s, reps: 3}` does not count as given: the catalogue's dose wins.
        XCTAssertEqual(alternative.step.exercise?.givenKeys, ["exercise"])
        XCTAssertEqual(routine.allSteps[2].dose, Dose(hold: TimeSpan(seconds: 30), reps: 3))
    }

    func testEveryStepAndAlternativeInReadingOrder() throws {
        let routine = try load("alternatives.yaml")
        XCTAssertEqual(routine.allStepsAndAlternatives.count, 6)
        XCTAssertEqual(routine.allStepsAndAlternatives.map(\.name)[3], "Seated cat/cow")
    }

    func testAnAlternativeOfAnAlternativeIsAnErrorAtItsKey() {
        XCTAssertThrowsError(
            try RoutineLoader.load(
                text: """
                    title: T
                    steps:
                      - name: A
                        alternative:
                          name: B
                          alternative: C
                    """, fileName: "t.yaml", baseDirectory: nil)
        ) { error in
            XCTAssertEqual(
                (error as? RoutineError)?.description,
                "t.yaml:6:7: error: an alternative cannot have its own `alternative`; give the step one alternative")
        }
    }

    func testAWrittenOutAlternativeWithoutADoseIsDoneAsMuchAsItsStep() throws {
        let routine = try RoutineLoader.load(
            text: """
                title: T
                defaults: {sets: 2}
                steps:
                  - name: Sit to stand
                    reps: 10
                    sides: each
                    alternative:
                      name: Sit to stand with hands on the armrests
                      reason: Can't stand up without your hands?
                  - name: Walking
                    duration: 20 min
                    alternative: {name: Stationary bike}
                  - name: Bridge
                    reps: 10
                    alternative: {name: Small bridge, reps: 5}
                """, fileName: "t.yaml", baseDirectory: nil)
        let steps = routine.allSteps
        // No dose of its own: the step's, not the one rep of a dose of nothing.
        XCTAssertEqual(steps[0].alternative?.step.dose, Dose(reps: 10, sets: 2, sides: .each))
        XCTAssertEqual(steps[1].alternative?.step.dose.duration, TimeSpan(seconds: 1_200))
        // A dose key of its own: the rest from the routine's defaults, as before.
        XCTAssertEqual(steps[2].alternative?.step.dose, Dose(reps: 5, sets: 2))
    }

    /// A sweep's routine: the step's dose changes week by week, and an alternative written
    /// without a dose changes with it; one with a dose of its own keeps it.
    func testAnAlternativeWithoutADoseFollowsTheWeeksStage() throws {
        let routine = try RoutineLoader.load(
            text: """
                title: T
                steps:
                  - name: Bridge
                    hold: 3 s
                    reps: 5
                    alternative:
                      name: Buttock squeeze lying flat
                    progress:
                      - name: Small bridge
                      - name: Full bridge
                        hold: 5 s
                        reps: 10
                  - name: Squat
                    reps: 5
                    alternative: {name: Sit to stand, reps: 3}
                    progress:
                      - name: Half squat
                      - name: Full squat
                        reps: 12
                """, fileName: "t.yaml", baseDirectory: nil)
        let first = routine.forWeek(1).allSteps
        XCTAssertEqual(first[0].alternative?.step.dose, Dose(hold: TimeSpan(seconds: 3), reps: 5))
        let second = routine.forWeek(2).allSteps
        XCTAssertEqual(second[0].dose, Dose(hold: TimeSpan(seconds: 5), reps: 10))
        XCTAssertEqual(second[0].alternative?.step.dose, second[0].dose)
        XCTAssertEqual(second[1].alternative?.step.dose, Dose(reps: 3))
    }
}
