import Foundation
import Routine
import XCTest

@testable import Layout

/// The tracker for logs of any length, in the display list: the title across the page, a heading
/// for the log's length, weeks as tables of their own with full-size boxes, and no page of notes alone.
final class TrackerLengthTests: XCTestCase {
    let library = AllLayoutsTests.library

    func steps(_ count: Int) -> [Step] {
        (1...count).map { Step(name: "Step \($0)", dose: Dose(reps: 3, sides: $0 % 2 == 0 ? .each : .none)) }
    }

    func layout(_ routine: Routine, size: String = "letter", qrCodes: (any QRCodeMaker)? = nil) throws -> (
        Sheet, LayoutDefinition
    ) {
        var definition = try library.load("tracker")
        definition.page.size = try XCTUnwrap(PaperSize.named(size) ?? PaperSize.parse(size))
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer(), qrCodes: qrCodes).layout(
            routine)
        return (sheet, definition)
    }

    func testLongTitleRunsOnOneLineAcrossThePage() throws {
        let title = "Back Arthritis - Bridging Progression"
        let routine = Routine(
            title: title, client: "Maria Lopez", date: CalendarDate("2026-12-01"), frequency: "Once a day",
            sections: [Section(title: nil, steps: steps(3))])
        let (sheet, definition) = try layout(routine)
        let runs = sheet.pages[0].textRuns.filter { $0.font.size == definition.type.title }
        XCTAssertEqual(runs.map(\.text), [title], "the title is one line")
        let width = definition.pageSize.width - definition.margins.left - definition.margins.right
        let squeezed = width - min(.mm(150), width * 0.6) - definition.spacing.fieldGap
        let run = try XCTUnwrap(runs.first)
        XCTAssertGreaterThan(run.width, squeezed, "wider than the old left column")
        for item in sheet.pages[0].textRuns where item.text != title {
            XCTAssertFalse(item.frame.overlaps(run.frame), "\(item.text) overlaps the title")
        }
    }

    func testHeadingSaysHowLongTheLogIs() throws {
        for (days, heading, field) in [(7, "Weekly log", "Week of"), (14, "Log for 14 days", "Start date")] {
            let routine = Routine(
                title: "Log", date: CalendarDate("2026-12-01"), sections: [Section(title: nil, steps: steps(2))],
                track: Track(days: days))
            let (sheet, _) = try layout(routine)
            let texts = sheet.pages[0].textRuns.map(\.text)
            XCTAssertTrue(texts.contains(heading), "\(days) days: \(texts)")
            XCTAssertTrue(texts.contains(field), "\(days) days: \(texts)")
            if days != 7 {
                XCTAssertFalse(texts.contains { $0.contains("Weekly") || $0.contains("Week of") }, "\(texts)")
            }
        }
    }

    func testEveryLanguageNamesALogOfDays() throws {
        let english = TableLabels(language: "en", weekdays: [])
        for language in ["es", "fr", "de", "pt", "zh", "ja", "ar", "he"] {
            let words = TableLabels(language: language, weekdays: [])
            for days in [1, 2, 5, 14, 31] {
                XCTAssertNotEqual(words.logHeading(days: days), english.logHeading(days: days), language)
            }
            XCTAssertTrue(words.logHeading(days: 14).contains("14"), language)
            XCTAssertNotEqual(words.startDate, english.startDate, language)
            XCTAssertNotEqual(words.weekLabel(2), english.weekLabel(2), language)
        }
        XCTAssertEqual(english.logHeading(days: 1), "Log for 1 day")
        let arabic = TableLabels(language: "ar", weekdays: [])
        XCTAssertEqual(arabic.logHeading(days: 5), "سجل 5 أيام")
        XCTAssertEqual(arabic.logHeading(days: 14), "سجل 14 يومًا")
    }

    func testThirtyOneDaysGoOnInWeeksWithFullSizeBoxes() throws {
        let routine = Routine(
            title: "Month", date: CalendarDate("2026-12-01"),
            sections: [Section(title: "Warm-up", steps: steps(3)), Section(title: "Main", steps: steps(3))],
            notes: ["Stop if it hurts."], track: Track(days: 31))
        for size in ["letter", "a4", "5.5in x 8.5in"] {
            let (sheet, definition) = try layout(routine, size: size)
            let boxes = sheet.pages.flatMap(\.checkboxes)
            XCTAssertEqual(boxes.count, 31 * 8, size)
            let smallest = try XCTUnwrap(boxes.map(\.frame.width).min())
            // Full size, or tightened a little to save a page (`TrackerComposer.variants`).
            XCTAssertGreaterThanOrEqual(
                smallest, definition.checkbox.size * TrackerComposer.leastBoxShare - .pt(0.01), size)
            XCTAssertGreaterThanOrEqual(smallest, TrackerComposer.smallestBox, size)
            for (index, page) in sheet.pages.enumerated() {
                XCTAssertFalse(page.checkboxes.isEmpty, "\(size) page \(index + 1) holds no step rows")
                // A row holds at most one table's days (a week, or a week and a short remainder).
                let rows = Dictionary(grouping: page.checkboxes) { ($0.frame.minY.points * 10).rounded() }
                let widest = rows.values.map(\.count).max() ?? 0
                XCTAssertLessThanOrEqual(widest, 10, "\(size) page \(index + 1): a table of at most 10 days")
            }
            let text = SheetChecks.allText(sheet)
            if size != "5.5in x 8.5in" {
                for day in ["Dec 1", "Dec 31", "Mon"] { XCTAssertTrue(text.contains(day), "\(size): \(day)") }
                XCTAssertEqual(sheet.pages.count, 4, "\(size): four weeks, the last with three more days")
            }
            XCTAssertTrue(text.contains("Week 2"), size)
            SheetChecks.assertInsideMargins(sheet, definition, label: size)
            SheetChecks.assertNoTextOverlaps(sheet, label: size)
            SheetChecks.assertNoCheckboxOverlaps(sheet, label: size)
        }
    }

    func testAWeekTallerThanAPageRepeatsItsHeadingsAndTheLastPageStartsAStep() throws {
        let routine = Routine(
            title: "Long", sections: [Section(title: nil, steps: steps(24))], notes: ["Stop if it hurts."],
            track: Track(days: 14))
        let (sheet, definition) = try layout(routine)
        XCTAssertGreaterThan(sheet.pages.count, 2)
        for (index, page) in sheet.pages.enumerated() {
            let texts = page.textRuns.map(\.text)
            XCTAssertTrue(texts.contains { $0.hasPrefix("Day ") }, "page \(index + 1) has day headings")
            XCTAssertTrue(texts.contains { $0.hasPrefix("Step ") }, "page \(index + 1) holds a step")
        }
        SheetChecks.assertInsideMargins(sheet, definition)
        SheetChecks.assertNoTextOverlaps(sheet)
        XCTAssertEqual(sheet.pages.flatMap(\.checkboxes).count, 14 * 36)
    }

    func testUndatedDayColumnsKeepALineForTheDate() throws {
        for days in [7, 10, 31] {
            let routine = Routine(
                title: "Undated", sections: [Section(title: nil, steps: steps(2))], track: Track(days: days))
            let (sheet, definition) = try layout(routine)
            let lines = sheet.pages.flatMap(\.items).filter {
                if case .rule(let rule) = $0 { rule.color == definition.colors.writingLine } else { false }
            }
            XCTAssertEqual(lines.count, days, "\(days) days: a date line per day column")
        }
    }

    func testShortLogsFitOnePage() throws {
        for days in [1, 3, 8, 10] {
            let routine = Routine(
                title: "Short", date: CalendarDate("2026-12-01"), sections: [Section(title: nil, steps: steps(4))],
                track: Track(days: days))
            let (sheet, _) = try layout(routine)
            XCTAssertEqual(sheet.pages.count, 1, "\(days) days")
            XCTAssertEqual(sheet.pages[0].checkboxes.count, days * 6, "\(days) days")
        }
    }
}
