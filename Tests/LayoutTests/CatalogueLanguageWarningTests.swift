import Routine
import XCTest

@testable import Layout

/// A sheet in another language than English says which steps print the catalogue's English.
final class CatalogueLanguageWarningTests: XCTestCase {
    func step(_ name: String, given: Set<String>, instructions: String? = "Lie on your back.") -> Step {
        var step = Step(name: name)
        step.instructions = instructions.map { .paragraph($0) }
        step.exercise = ExerciseReference(
            name: "bridge", location: SourceLocation(file: "r.yaml", line: 4, column: 15), givenKeys: given)
        return step
    }

    func testStepsTakingTheCataloguesEnglishAreNamed() {
        var routine = Routine(
            title: "Espalda", language: "es-MX",
            sections: [
                Section(
                    title: nil,
                    steps: [
                        step("Puente", given: ["name"]), step("Gato", given: ["name", "instructions"]),
                        step("Bird dog", given: []),
                    ])
            ])
        let warnings = CatalogueLanguageWarning.warnings(for: routine)
        XCTAssertEqual(
            warnings.map(\.description),
            [
                "r.yaml:4:15: warning: \"Puente\", \"Bird dog\" take their words from the exercise catalogue, which is "
                    + "written in English; give each its own `name:` and `instructions:` to print them in es-MX"
            ])
        routine.language = "en-GB"
        XCTAssertEqual(CatalogueLanguageWarning.warnings(for: routine), [])
    }
}
