import Foundation
import Routine
import XCTest

@testable import Layout

/// The tracker's side column is as wide as the language's Left and Right labels need: "Rechts"
/// and "Gauche" print whole, on letter and on A5.
final class TrackerSideLabelTests: XCTestCase {
    func testLeftAndRightLabelsPrintWholeInEveryLanguage() throws {
        for (language, words) in [
            ("de", ["Links", "Rechts"]), ("fr", ["Gauche", "Droite"]), ("en", ["Left", "Right"]),
        ] {
            var routine = Routine(
                title: "Log",
                sections: [Section(title: nil, steps: [Step(name: "Lunge", dose: Dose(reps: 3, sides: .each))])])
            routine.language = language
            for size in ["letter", "a5"] {
                var definition = try AllLayoutsTests.library.load("tracker")
                definition.page.size = try XCTUnwrap(PaperSize.named(size))
                let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
                let texts = sheet.pages.flatMap(\.textRuns).map(\.text)
                for word in words {
                    XCTAssertTrue(texts.contains(word), "\(language) \(size): \(word) in \(texts)")
                }
            }
        }
    }
}
