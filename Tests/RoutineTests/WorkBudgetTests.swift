import Routine
import XCTest

/// A routine's work is bounded before layout: characters after alias expansion, steps, notes and
/// checkboxes, each refused with its limit at the line where it is passed.
final class WorkBudgetTests: XCTestCase {
    func problem(_ text: String) -> String {
        do {
            _ = try RoutineLoader.load(text: text, fileName: "w.yaml", baseDirectory: nil)
            return "valid"
        } catch {
            return error.description
        }
    }

    func testAliasesOfALongNoteAreCountedInCharacters() {
        // 1,000 aliases of a 4,990-character note: 5 million characters from 10 KB of YAML,
        // and far fewer than 100,000 values.
        let note = String(repeating: "x", count: 4_990)
        var lines = ["title: T", "steps:", "  - name: A", "    notes: &n \"\(note)\"", "notes:"]
        lines += Array(repeating: "  - *n", count: 1_000)
        let start = Date()
        XCTAssertEqual(
            problem(lines.joined(separator: "\n")),
            "w.yaml:6:5: error: the aliases (`*name`) in this file expand to more than 2000000 characters of text; "
                + "write the values out instead")
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        // A few aliases are fine.
        lines =
            ["title: T", "steps:", "  - name: A", "    notes: &n \"\(note)\"", "notes:"]
            + Array(repeating: "  - *n", count: 10)
        XCTAssertEqual(problem(lines.joined(separator: "\n")), "valid")
    }

    func testStepsNotesAndCheckboxesHaveBudgets() {
        let steps = (1...501).map { "  - {name: S\($0)}" }
        XCTAssertEqual(
            problem((["title: T", "steps:"] + steps).joined(separator: "\n")),
            "w.yaml:503:5: error: the routine has 501 steps; a sheet takes at most 500 (this is step 501)")
        let notes = (1...201).map { "  - n\($0)" }
        XCTAssertEqual(
            problem((["title: T", "steps:", "  - name: A", "notes:"] + notes).joined(separator: "\n")),
            "w.yaml:205:5: error: the routine has 201 notes; a sheet takes at most 200 (this is note 201)")
        // 21 steps of 50 reps × 10 sets × 2 sides = 21,000 boxes: the 21st step passes 20,000.
        let boxes = (1...21).map { "  - {name: S\($0), reps: 50, sets: 10, sides: each}" }
        XCTAssertEqual(
            problem((["title: T", "steps:"] + boxes).joined(separator: "\n")),
            "w.yaml:23:5: error: the steps ask for 21000 checkboxes (reps × sets × sides); a sheet takes at most "
                + "20000; this step goes past it")
        XCTAssertEqual(problem((["title: T", "steps:"] + boxes.dropLast()).joined(separator: "\n")), "valid")
    }
}
