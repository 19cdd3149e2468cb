import Foundation
import RepSheet
import XCTest

/// Page economy on routines nobody tuned the layouts for: every routine of `Tests/Corpus` and the
/// examples, in every built-in layout, on Letter, A4, half-letter and A5, rendered to real PDFs.
final class CorpusTests: XCTestCase {
    static let allSizes = [("letter", "letter"), ("a4", "a4"), ("half-letter", "5.5in x 8.5in"), ("a5", "a5")]

    /// The paper sizes this run renders: all of them, or those `REPSHEET_CORPUS_PAPER` lists
    /// (comma-separated names). `make sanitize` runs Letter alone: the layout code is the same for
    /// every size, and under AddressSanitizer the four sizes took ten minutes of CI.
    static var sizes: [(String, String)] {
        guard let chosen = ProcessInfo.processInfo.environment["REPSHEET_CORPUS_PAPER"], !chosen.isEmpty else {
            return allSizes
        }
        let names = Set(chosen.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        return allSizes.filter { names.contains($0.0) }
    }

    /// Layouts and paper whose every page but the last is held to 70 % fill, and whose last page
    /// must begin a step. Large print on A5 is not: a step with a picture takes two thirds of an
    /// A5 page or more in large print, so two never share one (back-stretches-pictures, page 4 at
    /// 0.67; pictures-stretches, page 2 at 0.67).
    static let heldToPageEconomy: Set<String> = [
        "classic letter", "classic a4", "tracker letter", "tracker a4", "compact letter", "compact a4",
        "compact half-letter", "cards letter", "cards a4", "large-print letter", "large-print a4",
        "classic half-letter", "tracker half-letter", "large-print half-letter", "cards half-letter",
        "classic a5", "tracker a5", "compact a5", "cards a5",
    ]

    /// Layouts built from numbered steps with their rows of boxes beside or under the text.
    static let stepLayouts: Set<String> = ["classic", "large-print"]

    static var routines: [String] {
        let corpus = Tool.packageRoot.appendingPathComponent("Tests/Corpus")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.sorted().map { corpus.appendingPathComponent($0).path }
            + AllLayoutsPDFTests.examples
    }

    func testTheCorpusHasTheRoutinesTheIssueAsksFor() throws {
        XCTAssertGreaterThanOrEqual(Self.routines.count - AllLayoutsPDFTests.examples.count, 12)
        let maker = try SheetMaker()
        let routines = try Self.routines.map { try maker.loadRoutine(path: $0) }
        let languages = Set(routines.map { String($0.language.prefix(2)) })
        XCTAssertTrue(languages.isSuperset(of: ["en", "es", "fr", "de", "pt", "zh", "ja", "ar", "he"]), "\(languages)")
        let steps = routines.flatMap(\.allSteps)
        XCTAssertTrue(routines.contains { $0.allSteps.count >= 40 })
        XCTAssertTrue(routines.contains { $0.allSteps.count == 1 })
        XCTAssertTrue(steps.contains { $0.dose.reps == 20 && $0.dose.sets == 5 && $0.dose.sides == .each })
        XCTAssertTrue(steps.contains { $0.video != nil } && steps.contains { $0.image != nil })
        XCTAssertTrue(steps.contains { ($0.dose.hold?.seconds ?? 0) >= 600 })
    }

    func testEveryRoutineInEveryLayoutAndSize() throws {
        try XCTSkipIf(
            !FileManager.default.fileExists(atPath: "/usr/bin/pdftoppm"), "poppler-utils is not installed")
        XCTAssertFalse(Self.sizes.isEmpty, "REPSHEET_CORPUS_PAPER names no paper of \(Self.allSizes.map(\.0))")
        let maker = try SheetMaker()
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var report: [String] = []
        for path in Self.routines {
            let routine = try maker.loadRoutine(path: path)
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            for layout in ["classic", "cards", "tracker", "compact", "large-print"] {
                for (sizeName, size) in Self.sizes {
                    var options = SheetOptions(format: .pdf, layout: layout)
                    options.pageSize = size
                    let label = "\(name) \(layout) \(sizeName)"
                    // Laid out once: the sheet checked is the sheet drawn.
                    let made = try maker.make(routine, options: options)
                    let sheet = made.sheet
                    SheetEconomy.assertBalancedRows(sheet, label: label)
                    if Self.stepLayouts.contains(layout) {
                        SheetEconomy.assertEachStepStartsWithItsBoxes(sheet, routine: routine, label: label)
                    }
                    let pdf = directory.appendingPathComponent("\(name)-\(layout)-\(sizeName).pdf")
                    try XCTUnwrap(made.files.first).write(to: pdf)
                    let fills = try PageInk.fills(ofPDF: pdf)
                    XCTAssertEqual(fills.count, sheet.pages.count, "\(label): pages")
                    let sparse = fills.dropLast().filter { $0 < 0.70 }.count
                    let orphan = SheetEconomy.lastPageBeginsNoStep(sheet, routine: routine)
                    report.append(
                        "\(label): \(fills.count) pages, \(sparse) sparse, orphan \(orphan ? 1 : 0), fills "
                            + fills.map { String(format: "%.2f", $0) }.joined(separator: " "))
                    if Self.heldToPageEconomy.contains("\(layout) \(sizeName)") {
                        XCTAssertEqual(sparse, 0, "\(label): a page but the last under 70 %: \(fills)")
                        XCTAssertFalse(orphan, "\(label): the last page begins no step")
                    }
                }
            }
        }
        let table = report.joined(separator: "\n")
        try? table.write(
            to: URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("repsheet-corpus-economy.txt"),
            atomically: true, encoding: .utf8)
    }

    func testTheBridgingProgressionFitsTwoLetterPagesTheFirstWellFilled() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: Self.corpus("bridging-progression"))
        let pdf = try Tool.temporaryDirectory().appendingPathComponent("bridging.pdf")
        try XCTUnwrap(try maker.render(routine, options: SheetOptions(format: .pdf, layout: "classic")).first)
            .write(to: pdf)
        let fills = try PageInk.fills(ofPDF: pdf)
        XCTAssertLessThanOrEqual(fills.count, 2)
        if fills.count == 2 { XCTAssertGreaterThanOrEqual(fills[0], 0.85) }
    }

    func testFiveShortStepsWithANoteFitOnePage() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: Self.corpus("five-short-steps"))
        for size in ["letter", "a4"] {
            var options = SheetOptions(format: .pdf, layout: "classic")
            options.pageSize = size
            XCTAssertEqual(try maker.layout(routine, options: options).pages.count, 1, size)
        }
    }

    static func corpus(_ name: String) -> String {
        Tool.packageRoot.appendingPathComponent("Tests/Corpus/\(name).yaml").path
    }
}
