import Foundation
import Routine
import XCTest

/// Good routine files decode to exactly the expected models.
final class GoodFixtureTests: XCTestCase {
    private func load(_ name: String) throws -> Routine {
        try RoutineLoader.load(path: FixturePaths.good.appendingPathComponent(name).path, access: FixturePaths.access)
    }

    private func image(_ name: String) -> String {
        FixturePaths.images.appendingPathComponent(name).path
    }

    private func at(_ name: String, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(
            file: FixturePaths.good.appendingPathComponent(name).path, line: line, column: column)
    }

    func testSectionsWithDefaultsAndEveryStepKey() throws {
        let path = FixturePaths.good.appendingPathComponent("sections.yaml").path
        let expected = Routine(
            title: "Back Stretches", subtitle: "For general back pain and stiffness", language: "en",
            client: "Sam Lee", provider: "Riverside Physical Therapy",
            date: CalendarDate(year: 2026, month: 3, day: 14),
            intro:
                "Stretches that relieve general back pain and stiffness. Hold each stretch and breathe slowly.",
            frequency: "Twice a day",
            sections: [
                Section(
                    title: "Warm-up", note: "Start gently.",
                    steps: [
                        Step(
                            name: "Pelvic tilts",
                            instructions: .paragraph(
                                "Lie on your back with knees bent. Flatten your back against the floor."),
                            dose: Dose(hold: TimeSpan(seconds: 5), reps: 10), location: at("sections.yaml", 19, 9),
                            explicitDoseKeys: ["hold", "reps"])
                    ]),
                Section(
                    title: "Lying down",
                    steps: [
                        Step(
                            name: "Knee to chest",
                            instructions: .numbered(["Lie on your back.", "Pull one knee to your chest."]),
                            dose: Dose(hold: TimeSpan(seconds: 30), reps: 3, sides: .each),
                            image: image("dot.png"),
                            video: "https://example.com/knee-to-chest", location: at("sections.yaml", 25, 9),
                            imageLocation: at("sections.yaml", 30, 16), explicitDoseKeys: ["sides"]),
                        Step(
                            name: "Trunk rotation",
                            dose: Dose(hold: nil, reps: 3, sets: 2, rest: TimeSpan(seconds: 90)),
                            notes: "Keep your shoulders on the floor.", location: at("sections.yaml", 32, 9),
                            explicitDoseKeys: ["hold", "sets", "rest"]),
                    ]),
            ],
            notes: [
                "Stop any stretch that causes sharp pain.", "Check with your doctor or physical therapist.",
            ],
            track: Track(days: 14), source: path)
        let routine = try load("sections.yaml")
        XCTAssertEqual(routine, expected)
        XCTAssertEqual(routine.allSteps.map(\.dose.checkboxCount), [10, 6, 6])
    }

    func testTopLevelStepsInJSONMakeOneUntitledSection() throws {
        let routine = try load("flat-steps.json")
        XCTAssertEqual(routine.title, "Neck Care")
        XCTAssertEqual(routine.language, "es-MX")
        XCTAssertEqual(routine.sections.count, 1)
        XCTAssertNil(routine.sections[0].title)
        XCTAssertEqual(routine.notes, ["Move gently."])
        XCTAssertEqual(routine.track, Track(days: 7))
        let doses = routine.allSteps.map(\.dose)
        XCTAssertEqual(doses[0], Dose(hold: TimeSpan(seconds: 5), reps: 10, sides: .none))
        XCTAssertEqual(doses[1], Dose(hold: TimeSpan(seconds: 20), sides: .each))
        XCTAssertEqual(doses[2], Dose(hold: nil, sets: 3, sides: .each, rest: TimeSpan(seconds: 45)))
        XCTAssertEqual(
            routine.allSteps[1].instructions, .paragraph("Tilt your ear toward your shoulder."))
        XCTAssertEqual(routine.allSteps.map(\.image), [nil, image("shape.svg"), image("photo.jpg")])
    }

    func testMinimalRoutineGetsBuiltInDefaults() throws {
        let path = FixturePaths.good.appendingPathComponent("minimal.yml").path
        let routine = try load("minimal.yml")
        XCTAssertEqual(
            routine,
            Routine(
                title: "Ankle Pumps",
                sections: [
                    Section(title: nil, steps: [Step(name: "Ankle pumps", location: at("minimal.yml", 3, 5))])
                ],
                source: path))
        XCTAssertEqual(
            routine.allSteps[0].dose, Dose(hold: nil, reps: 1, sets: 1, sides: .none, rest: nil))
    }

    func testAnchorsAndAliasesRepeatValues() throws {
        let routine = try load("anchors.yaml")
        let steps = routine.allSteps
        XCTAssertEqual(steps[0].dose, Dose(hold: TimeSpan(seconds: 90), sides: .each))
        XCTAssertEqual(steps[1].dose, steps[0].dose)
        XCTAssertEqual(
            steps[2].instructions,
            .numbered(["Lie on your back.", "Cross one ankle over the other knee."]))
        XCTAssertEqual(steps[1].instructions, steps[2].instructions)
        XCTAssertEqual(routine.notes, [])
        XCTAssertNil(routine.track)
        XCTAssertEqual(routine.layout, "large-print")
    }

    func testEveryExampleAndGoodFixtureLoads() throws {
        let examples = FixturePaths.root.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("examples")
        for file in FixturePaths.routines(in: examples) + FixturePaths.routines(in: FixturePaths.good) {
            XCTAssertNoThrow(
                try RoutineLoader.load(path: file.path, access: FixturePaths.access), file.lastPathComponent)
        }
    }

    func testStarterTemplatesValidate() throws {
        let yaml = try RoutineLoader.load(
            text: RoutineTemplate.yaml, fileName: "starter.yaml", baseDirectory: nil)
        let json = try RoutineLoader.load(
            text: RoutineTemplate.json, fileName: "starter.json", baseDirectory: nil)
        XCTAssertEqual(yaml.title, "Back Stretches")
        XCTAssertEqual(yaml.allSteps.map(\.name), ["Pelvic tilts", "Knee to chest"])
        XCTAssertEqual(yaml.allSteps.map(\.dose), json.allSteps.map(\.dose))
        XCTAssertEqual(yaml.allSteps.map(\.instructions), json.allSteps.map(\.instructions))
        XCTAssertEqual(yaml.intro, json.intro)
        XCTAssertEqual(yaml.notes, json.notes)
    }
}
