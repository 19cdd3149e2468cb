import Foundation
import Layout
import Routine
import XCTest

/// `SheetLayout` on its own returns a finished sheet: the language's words, mirrored for
/// right-to-left languages, and warnings as diagnostics.
final class FinishedSheetTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let library = LayoutLibrary(directory: root.appendingPathComponent("Layouts").path)

    func sheet(_ routine: Routine) throws -> Sheet {
        SheetLayout(definition: try Self.library.load("classic"), measurer: FixedWidthMeasurer()).layout(routine)
    }

    func routine(language: String, labels: [String: String] = [:]) -> Routine {
        var routine = Routine(
            title: "Back", sections: [Section(title: nil, steps: [Step(name: "Knee to chest", dose: Dose(reps: 10))])])
        routine.language = language
        routine.labels = labels
        routine.source = "back.yaml"
        return routine
    }

    func testTheLanguagesOwnWordsWithoutBeingGivenThem() throws {
        let spanish = try sheet(routine(language: "es"))
        let texts = spanish.pages.flatMap(\.textRuns).map(\.text)
        let words = try XCTUnwrap(SheetLabels(language: "es"))
        XCTAssertTrue(texts.contains(words.page(1, of: 1)), "\(texts)")
        XCTAssertFalse(texts.contains(SheetLabels().page(1, of: 1)), "\(texts)")
        XCTAssertEqual(spanish.warnings, [])
    }

    func testRightToLeftLanguagesAreMirrored() throws {
        let arabic = try sheet(routine(language: "ar"))
        let runs = arabic.pages.flatMap(\.textRuns)
        XCTAssertFalse(runs.isEmpty)
        // Every line right to left but those of only Latin letters (the routine's English words).
        XCTAssertTrue(runs.allSatisfy { $0.direction == TextDirection.ofLine($0.text) })
        XCTAssertTrue(runs.contains { $0.direction == .rightToLeft })
        // The same routine in English is not.
        XCTAssertTrue(try sheet(routine(language: "en")).pages.flatMap(\.textRuns).allSatisfy { $0.direction == nil })
    }

    func testUnknownLanguageAndLabelAreWarningsWithTheirFile() throws {
        let sheet = try sheet(routine(language: "xx", labels: ["nope": "x"]))
        XCTAssertEqual(sheet.warnings.map(\.severity), [.warning, .warning])
        XCTAssertEqual(sheet.warnings.map(\.file), ["back.yaml", "back.yaml"])
        XCTAssertTrue(
            sheet.warnings[0].description.hasPrefix(
                "back.yaml: warning: no words for language \"xx\"; the sheet's own words are in English"),
            sheet.warnings[0].description)
        XCTAssertTrue(
            sheet.warnings[1].description.hasPrefix("back.yaml: warning: labels: there is no label \"nope\""),
            sheet.warnings[1].description)
    }

    func testGivenWordsWinAndAreNotWarnedAbout() throws {
        var words = SheetLabels()
        words.hold = "Keep"
        let routine = routine(language: "xx")
        let sheet = SheetLayout(
            definition: try Self.library.load("classic"), measurer: FixedWidthMeasurer(), labels: words
        ).layout(routine)
        XCTAssertEqual(sheet.warnings, [])
    }
}
