import Routine
import XCTest

/// Dates written YYYY-MM-DD, with the calendar's rules.
final class CalendarDateTests: XCTestCase {
    func testParsesRealDays() {
        XCTAssertEqual(CalendarDate("2026-03-14"), CalendarDate(year: 2026, month: 3, day: 14))
        XCTAssertNotNil(CalendarDate("2024-02-29"))
        XCTAssertNotNil(CalendarDate("2000-02-29"))
        XCTAssertEqual(CalendarDate("2026-12-01")?.description, "2026-12-01")
    }

    func testRejectsImpossibleDaysAndOtherShapes() {
        for text in [
            "2026-02-30", "2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10",
            "2026-1-5", "26-01-05", "2026/01/05", "March 3",
        ] {
            XCTAssertNil(CalendarDate(text), text)
        }
    }

    func testDateInARoutine() throws {
        let text = "title: T\ndate: 2026-03-14\nsteps:\n  - name: A\n"
        XCTAssertEqual(
            try RoutineLoader.load(text: text, fileName: "t.yaml", baseDirectory: nil).date,
            CalendarDate("2026-03-14"))
        let quoted = "title: T\ndate: \"2026-03-14\"\nsteps:\n  - name: A\n"
        XCTAssertEqual(
            try RoutineLoader.load(text: quoted, fileName: "t.yaml", baseDirectory: nil).date,
            CalendarDate("2026-03-14"))
    }
}
