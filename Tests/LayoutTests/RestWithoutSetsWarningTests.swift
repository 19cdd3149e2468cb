import Foundation
import Routine
import XCTest

@testable import Layout

/// A step's own `rest:` is printed only between its sets: a step of one set is warned about, at
/// its line, rather than lose its rest without a word.
final class RestWithoutSetsWarningTests: XCTestCase {
    func testARestOnAStepOfOneSetIsAWarningAtTheStep() throws {
        let routine = try RoutineLoader.load(
            text: """
                title: Stairs
                defaults: {rest: 30s}
                steps:
                  - name: Stairs
                    distance: 20 steps
                    reps: 3
                    rest: 2 min
                  - name: Squat
                    reps: 10
                    sets: 2
                    rest: 1 min
                  - name: Bridge
                    reps: 10
                """, fileName: "stairs.yaml", baseDirectory: nil)
        let sheet = SheetLayout(definition: LayoutDefinition(), measurer: FixedWidthMeasurer()).layout(routine)
        let warnings = sheet.warnings.filter { $0.message.contains("rests between sets") }
        // The squat has sets; the bridge's rest comes from `defaults`, which every step inherits.
        XCTAssertEqual(
            warnings.map(\.description),
            [
                "stairs.yaml:4:5: warning: step 1 Stairs rests between sets, but has one set: its rest is not printed; "
                    + "give it `sets:`, or put the rest in its instructions"
            ])
    }
}
