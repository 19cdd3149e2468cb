import Foundation
import XCTest

/// Handouts: several routines in one PDF, the log after the sheet in every layout, timed steps.
final class HandoutTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// A routine file in the test's folder.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Renders with `arguments` in the test's folder and fails the test on a non-zero status.
    @discardableResult
    func render(_ arguments: [String]) throws -> Tool.Result {
        let result = try Tool.run(Tool.repsheet, ["render"] + arguments, in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result
    }

    func pageCount(_ name: String) throws -> Int {
        Int(try Tool.pdfInfo(directory.appendingPathComponent(name))["Pages"] ?? "") ?? -1
    }

    /// The text of page `page` (1-based), or of the whole file.
    func text(_ name: String, page: Int? = nil) throws -> String {
        let range = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        return try Tool.run("pdftotext", range + ["-layout", directory.appendingPathComponent(name).path, "-"]).stdout
    }

    static let warmUp = """
        title: Morning Warm-up
        client: Ana Ruiz
        date: 2026-12-01
        steps:
          - name: Stationary bike
            duration: 10 min
            instructions: Pedal at an easy pace.
          - name: Walk
            distance: 1 km
            reps: 2
        """

    func testTwoRoutinesMakeOneHandoutNumberedThrough() throws {
        try write("warm-up.yaml", Self.warmUp)
        try render(["warm-up.yaml", "-o", "alone.pdf"])
        try render(["back-stretches", "-o", "back.pdf"])
        try render(["warm-up.yaml", "back-stretches", "-o", "handout.pdf"])
        let alone = try pageCount("alone.pdf"), back = try pageCount("back.pdf")
        let total = try pageCount("handout.pdf")
        XCTAssertEqual(total, alone + back, "the handout's pages are the sum of its sheets'")
        for page in 1...total {
            XCTAssertTrue(try text("handout.pdf", page: page).contains("Page \(page) of \(total)"), "page \(page)")
        }
        let whole = try text("handout.pdf")
        let first = try XCTUnwrap(whole.range(of: "Morning Warm-up"))
        let second = try XCTUnwrap(whole.range(of: "Back Stretches"))
        XCTAssertLessThan(first.lowerBound, second.lowerBound, "the titles in the order given")
        // The second routine starts on a new page, with the one client name.
        let secondStart = try text("handout.pdf", page: alone + 1)
        XCTAssertTrue(secondStart.contains("Back Stretches"))
        XCTAssertTrue(secondStart.contains("Ana Ruiz"), secondStart)
        XCTAssertFalse(whole.contains("Maria Lopez"), "one client name through the handout")
    }

    func testTrackAppendsLogPagesInEveryLayout() throws {
        try write("logged.yaml", Self.warmUp + "\ntrack: {days: 14}\n")
        for layout in ["classic", "cards", "large-print"] {
            try render(["logged.yaml", "--layout", layout, "-o", "\(layout).pdf", "--no-source"])
            try render([
                "logged.yaml", "--layout", layout, "-o", "\(layout)-sheet.pdf", "--track", "14", "--no-source",
            ])
            let sheetOnly = try text("\(layout).pdf", page: 1)
            XCTAssertTrue(sheetOnly.contains("Morning Warm-up"), layout)
            let total = try pageCount("\(layout).pdf")
            XCTAssertGreaterThan(total, 1, layout)
            // Log pages after the sheet: the 14 dates of the log, in order.
            var log = ""
            for page in 2...total { log += try text("\(layout).pdf", page: page) }
            let dates = (1...14).map { "Dec \($0)" }
            for date in dates { XCTAssertTrue(log.contains(date), "\(layout): \(date)") }
            XCTAssertFalse(log.contains("Dec 15"), layout)
            XCTAssertFalse(try text("\(layout).pdf", page: 1).contains("Dec 1\n"), layout)
            XCTAssertTrue(try text("\(layout).pdf", page: total).contains("Page \(total) of \(total)"), layout)
            XCTAssertEqual(try pageCount("\(layout)-sheet.pdf"), total, "--track 14 does what track: does")
        }
    }

    /// The log after a sheet leaves out what the sheet already prints: the routine's notes and
    /// the strip of video codes.
    func testALogAfterItsSheetPrintsTheNotesAndVideoCodesOnce() throws {
        let noted = Self.warmUp + "\n    video: https://example.org/walk\nnotes:\n  - Stop if your knee swells.\n"
        try write("noted.yaml", noted)
        try write("logged.yaml", noted + "track: {days: 7}\n")
        for layout in ["classic", "compact", "cards", "large-print"] {
            try render(["noted.yaml", "--layout", layout, "-o", "\(layout)-sheet.pdf", "--no-source"])
            try render(["logged.yaml", "--layout", layout, "-o", "\(layout).pdf", "--no-source"])
            let sheet = try text("\(layout)-sheet.pdf"), logged = try text("\(layout).pdf")
            XCTAssertTrue(logged.contains("Dec 7"), "\(layout): the log is there")
            XCTAssertEqual(logged.components(separatedBy: "Stop if your knee swells.").count - 1, 1, layout)
            let codes = sheet.components(separatedBy: "Scan to watch").count - 1
            XCTAssertEqual(logged.components(separatedBy: "Scan to watch").count - 1, codes, "\(layout): codes once")
        }
    }

    func testTrackFromTheCommandLineOnARoutineWithout() throws {
        try write("warm-up.yaml", Self.warmUp)
        try render(["warm-up.yaml", "-o", "plain.pdf"])
        try render(["warm-up.yaml", "--track", "14", "-o", "logged.pdf"])
        XCTAssertGreaterThan(try pageCount("logged.pdf"), try pageCount("plain.pdf"))
        XCTAssertTrue(try text("logged.pdf").contains("Dec 14"))
        let bad = try Tool.run(Tool.repsheet, ["render", "warm-up.yaml", "--track", "40"], in: directory)
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.stderr.contains("--track must be a number of days from 1 to 31"), bad.stderr)
    }

    func testStationaryBikePrintsMinutesAndNoRep() throws {
        try write("bike.yaml", "title: Bike\nsteps:\n  - name: Stationary bike\n    duration: 10 min\n")
        try write(
            "bici.yaml", "title: Bici\nlanguage: es\nsteps:\n  - name: Bicicleta estática\n    duration: 10 min\n")
        for file in ["bike", "bici"] {
            for layout in ["classic", "cards", "compact", "large-print", "tracker"] {
                try render(["\(file).yaml", "--layout", layout, "-o", "\(file)-\(layout).pdf"])
                let whole = try text("\(file)-\(layout).pdf")
                XCTAssertTrue(whole.contains("10 min"), "\(file) \(layout)")
                // No dose says a number of reps or a hold (the key under the boxes may say "rep").
                let dose = try NSRegularExpression(
                    pattern: "[0-9]+[ \\u00A0]+(rep|reps|repetición|repeticiones)\\b|Hold|Mantener")
                let found = dose.firstMatch(in: whole, range: NSRange(whole.startIndex..., in: whole))
                XCTAssertNil(found, "\(file) \(layout): \(whole)")
            }
        }
    }

    func testBlankOfEightFitsOneLetterPageWithEmptyFields() throws {
        try render(["--blank", "8", "-o", "blank.pdf"])
        let info = try Tool.pdfInfo(directory.appendingPathComponent("blank.pdf"))
        XCTAssertEqual(info["Pages"], "1")
        XCTAssertTrue(info["Page size"]?.hasPrefix("612 x 792") ?? false, info["Page size"] ?? "")
        let html = try Tool.run("pdftotext", ["-bbox", directory.appendingPathComponent("blank.pdf").path, "-"]).stdout
        let words = PDFWord.parse(html).words
        // The step numbers down the left edge, 1 to 8 (the footer's "1 of 1" aside).
        let numbers = words.filter { Int($0.text) != nil && $0.xMax < 100 }.sorted { $0.yMin < $1.yMin }
        XCTAssertEqual(numbers.map(\.text), (1...8).map(String.init))
        for (index, word) in words.enumerated() {
            for other in words[(index + 1)...] { XCTAssertFalse(word.overlaps(other), "\(word.text) \(other.text)") }
        }
        // Over a dated routine with a client, empty --client and --date leave lines to write on.
        try render(["back-stretches", "--blank", "8", "--client", "", "--date", "", "-o", "filled.pdf"])
        let filled = try text("filled.pdf")
        XCTAssertTrue(filled.contains("Back Stretches"))
        XCTAssertFalse(filled.contains("Maria Lopez"), filled)
        XCTAssertNil(filled.range(of: "20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]", options: .regularExpression), filled)
        XCTAssertFalse(filled.contains("Knee to chest"), "a blank prints no steps of the routine")
        // Without --blank, --date "" is accepted too and empties the date of a normal sheet.
        try render(["back-stretches", "--date", "", "-o", "undated.pdf"])
        XCTAssertNil(
            try text("undated.pdf").range(of: "20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]", options: .regularExpression))
    }

    func testClientRoutinesMakeOneHandoutPerClientInAMergedDuplexPDF() throws {
        try write("warm-up.yaml", Self.warmUp)
        try write(
            "clients.yaml",
            """
            - name: Jane Doe
              routines: [warm-up.yaml]
            - name: Sam Lee
            - name: Kim Park
              routines: ../outside.yaml
            """)
        try render(["back-stretches", "-o", "back.pdf"])
        try render(["warm-up.yaml", "-o", "warm.pdf"])
        let back = try pageCount("back.pdf"), warm = try pageCount("warm.pdf")
        let result = try Tool.run(
            Tool.repsheet, ["render", "back-stretches", "--clients", "clients.yaml", "--merge", "all.pdf", "--duplex"],
            in: directory)
        XCTAssertEqual(result.status, 65, "Kim Park's routine is outside the folder")
        XCTAssertTrue(result.stderr.contains("clients.yaml:5:13"), result.stderr)
        XCTAssertTrue(result.stderr.contains("outside the client file's folder"), result.stderr)
        // Jane: both routines numbered through; Sam: the routine alone, on an odd page.
        let jane = back + warm
        let janePadded = jane + jane % 2
        XCTAssertEqual(try pageCount("all.pdf"), janePadded + back)
        for page in 1...jane {
            let text = try text("all.pdf", page: page)
            XCTAssertTrue(text.contains("Page \(page) of \(jane)"), "page \(page)")
            XCTAssertFalse(text.contains("Sam Lee"))
        }
        XCTAssertTrue(try text("all.pdf", page: back + 1).contains("Morning Warm-up"))
        XCTAssertTrue(try text("all.pdf", page: back + 1).contains("Jane Doe"), "one client name through the handout")
        XCTAssertTrue(try text("all.pdf", page: janePadded + 1).contains("Sam Lee"))
        XCTAssertTrue(try text("all.pdf", page: janePadded + 1).contains("Page 1 of \(back)"))
    }

    /// A handout takes at most 20 routines: on the command line, and in a client's `routines:`
    /// (one list of 2,000 made a 2,002-page PDF).
    func testAHandoutTakesAtMostTwentyRoutines() throws {
        try write("warm-up.yaml", Self.warmUp)
        let many = try Tool.run(Tool.repsheet, ["render"] + Array(repeating: "warm-up.yaml", count: 21), in: directory)
        XCTAssertEqual(many.status, 64, many.stderr)
        XCTAssertTrue(
            many.stderr.contains("a handout takes at most 20 routines, and this one has 21; make several handouts"),
            many.stderr)
        let list = Array(repeating: "warm-up.yaml", count: 20).joined(separator: ", ")
        try write("clients.yaml", "- name: Jane Doe\n  routines: [\(list)]\n- name: Sam Lee\n")
        let batch = try Tool.run(
            Tool.repsheet, ["render", "back-stretches", "--clients", "clients.yaml", "--out-dir", "out"], in: directory)
        XCTAssertEqual(batch.status, 65, batch.stderr)
        XCTAssertTrue(
            batch.stderr.contains(
                "clients.yaml:2:13: error: routines lists 20 files; a client's handout takes at most 20 routines, "
                    + "the batch's own first, so list at most 19"), batch.stderr)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path),
            ["sam-lee.pdf"])
    }
}
