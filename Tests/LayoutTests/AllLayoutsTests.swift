import Foundation
import Routine
import XCTest

@testable import Layout

/// Every example × every built-in layout × letter and A4, checked in the display list.
final class AllLayoutsTests: XCTestCase {
    static let root = GoldenDumpTests.root
    static let library = LayoutLibrary(directory: root.appendingPathComponent("Layouts").path)

    static var examples: [String] {
        let folder = root.appendingPathComponent("examples").path
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map {
            folder + "/" + $0
        }.filter { !isClientList($0) }
    }

    /// Client lists (a YAML list at the top, such as examples/clients.yaml) are not routines.
    static func isClientList(_ path: String) -> Bool {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let first = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") && $0 != "---" }
        return first?.hasPrefix("- ") ?? false
    }

    func testBuiltInsAreTheFive() {
        XCTAssertEqual(Self.library.names, ["cards", "classic", "compact", "large-print", "tracker"])
    }

    func testEveryExampleInEveryLayoutAndSize() throws {
        XCTAssertFalse(Self.examples.isEmpty)
        for path in Self.examples {
            let routine = try RoutineLoader.load(path: path)
            for name in Self.library.names {
                for size in ["letter", "a4"] {
                    var definition = try Self.library.load(name)
                    definition.page.size = try XCTUnwrap(PaperSize.named(size))
                    let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(
                        routine)
                    let label = "\((path as NSString).lastPathComponent) \(name) \(size)"
                    SheetChecks.assertInsideMargins(sheet, definition, label: label)
                    SheetChecks.assertNoTextOverlaps(sheet, label: label)
                    SheetChecks.assertNoCheckboxOverlaps(sheet)
                    let text = SheetChecks.allText(sheet)
                    for step in routine.allSteps {
                        XCTAssertTrue(text.contains(step.name), "\(label): step \(step.name) missing")
                    }
                    for page in sheet.pages {
                        XCTAssertEqual(page.size, definition.pageSize, label)
                        if definition.page.orientation == .landscape {
                            XCTAssertGreaterThan(page.size.width, page.size.height, label)
                        }
                    }
                    if (path as NSString).lastPathComponent.hasPrefix("back-stretches") {
                        // The fake measurer sets wider text than Pango; the PDF tests check the real counts.
                        if name == "compact" { XCTAssertEqual(sheet.pages.count, 1, "\(label): page count") }
                        XCTAssertTrue(sheet.warnings.isEmpty, "\(label): \(sheet.warnings)")
                    }
                }
            }
        }
    }

    func testTrackerAndCompactSpeakTheRoutinesLanguage() throws {
        let routine = try RoutineLoader.load(
            path: Self.root.appendingPathComponent("examples/back-stretches-es.yaml").path)
        func words(_ layout: String) throws -> Set<String> {
            let sheet = SheetLayout(
                definition: try Self.library.load(layout), measurer: FixedWidthMeasurer(),
                labels: try XCTUnwrap(SheetLabels(language: "es"))
            ).layout(routine)
            return Set(sheet.pages.flatMap(\.textRuns).map(\.text))
        }
        let tracker = try words("tracker")
        for expected in ["Registro semanal", "Semana del", "mar", "lun", "1 dic", "7 dic"] {
            XCTAssertTrue(tracker.contains { $0.contains(expected) }, "tracker lacks \(expected): \(tracker.sorted())")
        }
        for english in ["Weekly log", "Week of", "Tue", "Dec 1"] {
            XCTAssertFalse(tracker.contains { $0.contains(english) }, "tracker still says \(english)")
        }
        let compact = try words("compact")
        for expected in ["Ejercicio", "Dosis", "Hecho"] { XCTAssertTrue(compact.contains(expected), expected) }
    }

    func testLargePrintIsBigAndBlack() throws {
        let routine = try RoutineLoader.load(
            path: Self.root.appendingPathComponent("examples/back-stretches.yaml").path)
        let definition = try Self.library.load("large-print")
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
        let allowed: Set<Color> = [.black, .white]
        for page in sheet.pages {
            for run in page.textRuns { XCTAssertGreaterThanOrEqual(run.font.size, .pt(16), run.text) }
            for box in page.checkboxes { XCTAssertGreaterThanOrEqual(box.frame.width.millimetres, 7) }
            for item in page.items {
                switch item {
                case .text(let run): XCTAssertTrue(allowed.contains(run.color), run.text)
                case .rule(let rule): XCTAssertTrue(allowed.contains(rule.color))
                case .box(let box):
                    XCTAssertTrue([box.fill, box.stroke].compactMap { $0 }.allSatisfy(allowed.contains))
                case .checkbox(let box): XCTAssertTrue(allowed.contains(box.stroke))
                default: break
                }
            }
        }
        XCTAssertGreaterThanOrEqual(definition.type.section, .pt(22))
        XCTAssertGreaterThanOrEqual(definition.type.step, .pt(22))
    }

    func testTrackerHasAColumnPerDayAndRepeatsItsHeader() throws {
        let steps = (1...30).map {
            Step(name: "Step \($0)", dose: Dose(reps: 3, sides: $0 % 2 == 0 ? .each : .none))
        }
        for days in [1, 7, 14, 31] {
            let routine = Routine(
                title: "Log", date: CalendarDate("2026-12-30"),
                sections: [Section(title: "All", steps: steps)], track: Track(days: days))
            let definition = try Self.library.load("tracker")
            let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(
                routine)
            XCTAssertGreaterThan(sheet.pages.count, 1)
            XCTAssertEqual(sheet.pages.map(\.checkboxes.count).reduce(0, +), days * (15 + 30))
            SheetChecks.assertInsideMargins(sheet, definition, label: "\(days) days")
            SheetChecks.assertNoTextOverlaps(sheet, label: "\(days) days")
            for page in sheet.pages where days == 7 {
                XCTAssertTrue(page.textRuns.contains { $0.text == "Wed" }, "header row missing on a page")
                XCTAssertTrue(page.textRuns.contains { $0.text == "Jan 1" })
            }
        }
        let undated = Routine(title: "Log", sections: [Section(title: nil, steps: [Step(name: "One")])])
        let sheet = SheetLayout(
            definition: try Self.library.load("tracker"), measurer: FixedWidthMeasurer()
        ).layout(undated)
        XCTAssertTrue(sheet.pages[0].textRuns.contains { $0.text == "Day 7" })
    }

    func testCompactShrinksButNeverBelowNinePointAndWarns() throws {
        let definition = try Self.library.load("compact")
        let few = Routine(
            title: "Few",
            sections: [
                Section(title: nil, steps: (1...12).map { Step(name: "Step \($0)", dose: Dose(reps: 10)) })
            ])
        let fitted = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(few)
        XCTAssertEqual(fitted.pages.count, 1)
        XCTAssertTrue(fitted.warnings.isEmpty)
        let many = Routine(
            title: "Many",
            sections: [
                Section(
                    title: nil,
                    steps: (1...60).map { Step(name: "Step \($0)", dose: Dose(reps: 10, sides: .each)) })
            ])
        let overflow = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(many)
        XCTAssertGreaterThan(overflow.pages.count, 1)
        XCTAssertEqual(overflow.warnings.count, 1)
        for page in overflow.pages {
            for run in page.textRuns { XCTAssertGreaterThanOrEqual(run.font.size, .pt(9)) }
        }
        SheetChecks.assertInsideMargins(overflow, definition)
    }

    func testCardsShowTheStepImageOrAnEmptyFrame() throws {
        let definition = try Self.library.load("cards")
        let routine = Routine(
            title: "Pictures",
            sections: [
                Section(
                    title: nil, steps: [Step(name: "With", image: "/tmp/x.png"), Step(name: "Without")])
            ])
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
        let images = sheet.pages.flatMap(\.items).compactMap {
            if case .image(let image) = $0 { image } else { nil }
        }
        XCTAssertEqual(images.map(\.path), ["/tmp/x.png"])
        let card = sheet.pages[0].textRuns.filter { $0.text == "With" || $0.text == "Without" }
        XCTAssertEqual(card.count, 2)
        XCTAssertEqual(card[0].origin.y, card[1].origin.y, "cards of a row line up")
    }

    func testManyCheckboxesWrapAlignedUnderTheFirst() throws {
        for name in Self.library.names where name != "tracker" {
            let definition = try Self.library.load(name)
            let routine = Routine(
                title: "Many",
                sections: [Section(title: nil, steps: [Step(name: "Lots", dose: Dose(reps: 50, sets: 2))])])
            let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(
                routine)
            let boxes = sheet.pages.flatMap(\.checkboxes)
            XCTAssertEqual(boxes.count, 100, name)
            XCTAssertGreaterThan(Set(boxes.map(\.frame.minY)).count, 2, name)
            XCTAssertEqual(
                Set(boxes.map(\.frame.minX)).count,
                Set(boxes.prefix(definition.checkbox.perRow).map(\.frame.minX)).count, name)
            SheetChecks.assertInsideMargins(sheet, definition, label: name)
        }
    }
}
