import Foundation
import Routine
import XCTest

@testable import Layout

/// Set and side labels beside the boxes are set smaller rather than cut short when a language's
/// word is wider than their column ("المجموعة 1" in Arabic read "المجموع…").
final class SetLabelFitTests: XCTestCase {
    func testSetLabelsAreWholeInEveryLanguage() throws {
        for language in ["en", "ar", "de", "es", "fr", "he", "ru", "el", "pt"] {
            let routine = try RoutineLoader.load(
                text: """
                    title: Sets
                    language: \(language)
                    steps:
                      - {name: Knee to chest, hold: 30s, reps: 3, sets: 2, instructions: Lie on your back and pull one knee up.}
                      - {name: Bridge, reps: 3, sets: 2, sides: each}
                    """, fileName: "sets.yaml", baseDirectory: nil)
            for name in ["classic", "large-print"] {
                let definition = try AllLayoutsTests.library.load(name)
                let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
                let labels = SheetLabels.resolved(for: routine).labels
                let setWord = try XCTUnwrap(labels.text(named: "set-number"))
                let runs = sheet.pages.flatMap(\.items).compactMap { item -> TextRun? in
                    if case .text(let run) = item { return run }
                    return nil
                }
                let prefix = String(setWord.prefix { $0 != "{" }).trimmingCharacters(in: .whitespaces)
                let setRuns = runs.filter { !prefix.isEmpty && $0.text.hasPrefix(String(prefix.prefix(3))) }
                XCTAssertFalse(setRuns.isEmpty, "\(language) \(name): no set labels")
                for run in setRuns {
                    XCTAssertFalse(run.text.hasSuffix("…"), "\(language) \(name): \(run.text)")
                }
            }
        }
    }
}
