import Foundation
import TestSupport
import XCTest

/// The `repsheet calendar` command: writes the file, the same bytes twice, and explains errors.
final class CalendarCommandTests: XCTestCase {
    static let packageRoot = BuiltTool.packageRoot

    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try XCTSkipUnless(BuiltTool.isBuilt, "repsheet is not built")
        return try BuiltTool.run(BuiltTool.repsheet, arguments)
    }

    func testTwoRunsWriteIdenticalFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repsheet-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let first = folder.appendingPathComponent("a.ics").path
        let second = folder.appendingPathComponent("b.ics").path
        XCTAssertEqual(try run(["calendar", "back-stretches", "-o", first, "--weeks", "4"]).status, 0)
        XCTAssertEqual(try run(["calendar", "back-stretches", "-o", second, "--weeks", "4"]).status, 0)
        let a = try Data(contentsOf: URL(fileURLWithPath: first))
        XCTAssertEqual(a, try Data(contentsOf: URL(fileURLWithPath: second)))
        let text = String(decoding: a, as: UTF8.self)
        // "Once or twice a day" from 2026-12-01: one daily event, 4 weeks.
        XCTAssertTrue(text.contains("DTSTART:20261201T080000\r\nDURATION:PT20M\r\nRRULE:FREQ=DAILY;COUNT=28\r\n"), text)
        XCTAssertTrue(text.contains("DTSTAMP:20261201T000000Z\r\n"))
    }

    func testAnUnreadableFrequencyNamesItAndTheAcceptedForms() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repsheet-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("r.yaml").path
        try "title: T\nfrequency: After meals\nsteps:\n  - name: A\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let bad = try run(["calendar", path, "-o", folder.appendingPathComponent("r.ics").path])
        XCTAssertEqual(bad.status, 65)
        XCTAssertTrue(bad.output.contains("\"After meals\""), bad.output)
        XCTAssertTrue(bad.output.contains("Twice a day"), bad.output)
        let noDate = try run(["calendar", path, "-o", "-", "--times", "12:30"])
        XCTAssertEqual(noDate.status, 65)
        XCTAssertTrue(noDate.output.contains("--start"), noDate.output)
        let good = try run(["calendar", path, "-o", "-", "--times", "12:30", "--start", "2027-02-01", "--weeks", "2"])
        XCTAssertEqual(good.status, 0, good.output)
        XCTAssertTrue(good.output.contains("DTSTART:20270201T123000\r\n"))
        XCTAssertTrue(good.output.contains("RRULE:FREQ=DAILY;COUNT=14\r\n"))
    }

    /// A Spanish routine's "Dos veces al día" makes two sessions a day; `-o` naming a folder
    /// writes the calendar inside it.
    func testASpanishFrequencyAndAFolderAsOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("repsheet-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cadera.yaml").path
        try "title: Cadera\nlanguage: es\ndate: 2026-12-03\nfrequency: Dos veces al día\nsteps:\n  - name: Puente\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try run(["calendar", path, "-o", folder.path, "--weeks", "1"])
        XCTAssertEqual(result.status, 0, result.output)
        let text = try String(contentsOfFile: folder.appendingPathComponent("cadera.ics").path, encoding: .utf8)
        XCTAssertTrue(text.contains("DTSTART:20261203T080000\r\n"), text)
        XCTAssertTrue(text.contains("DTSTART:20261203T180000\r\n"), text)
    }
}
