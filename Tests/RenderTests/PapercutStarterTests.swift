import Foundation
import XCTest

/// The starter routine `repsheet new` writes: it validates, renders in every built-in layout, and
/// what its comments promise holds, with every commented-out key turned on as written.
final class PapercutStarterTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// The built-in layouts' names, from `repsheet layouts`.
    private func layouts() throws -> [String] {
        let result = try Tool.run(Tool.repsheet, ["layouts"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    /// Writes a starter with `repsheet new` and returns its path.
    private func newStarter(_ name: String) throws -> URL {
        let result = try Tool.run(Tool.repsheet, ["new", name], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        return directory.appendingPathComponent(name)
    }

    /// Renders `routine` in `layout` to a PDF and returns its text; fails on any error or warning.
    private func render(_ routine: URL, layout: String, file: StaticString = #filePath, line: UInt = #line) throws
        -> String
    {
        let pdf = directory.appendingPathComponent("\(routine.deletingPathExtension().lastPathComponent)-\(layout).pdf")
        let result = try Tool.run(Tool.repsheet, ["render", routine.path, "--layout", layout, "-o", pdf.path])
        XCTAssertEqual(result.status, 0, "\(layout): \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stderr, "", "\(layout) warns", file: file, line: line)
        XCTAssertGreaterThanOrEqual(Int(try Tool.pdfInfo(pdf)["Pages"] ?? "") ?? 0, 1, layout, file: file, line: line)
        return try Tool.run("pdftotext", ["-layout", pdf.path, "-"]).stdout
    }

    func testStarterValidatesAndRendersInEveryLayout() throws {
        let names = try layouts()
        XCTAssertEqual(Set(names), ["classic", "cards", "tracker", "compact", "large-print"])
        for name in ["starter.yaml", "starter.json"] {
            let starter = try newStarter(name)
            let validation = try Tool.run(Tool.repsheet, ["validate", starter.path])
            XCTAssertEqual(validation.status, 0, validation.stderr + validation.stdout)
            XCTAssertEqual(validation.stderr, "")
            for layout in names {
                let text = try render(starter, layout: layout)
                XCTAssertTrue(text.contains("Back Stretches"), "\(name) in \(layout): \(text)")
                XCTAssertTrue(text.contains("Knee to chest"), "\(name) in \(layout): \(text)")
            }
        }
    }

    func testEveryCommentedKeyWorksAsItsCommentSays() throws {
        let plain = try newStarter("plain.yaml")
        let text = try String(contentsOf: plain, encoding: .utf8)
        // Turn on each commented-out key (`# key: value`, keeping its indentation and comment).
        let pattern = try NSRegularExpression(pattern: "^( *)# ( *[a-z-]+:.*)$", options: [.anchorsMatchLines])
        let full = pattern.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "$1$2")
        let keyLines = full.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        for key in ["client:", "provider:", "date:", "sides:", "rest:", "image:", "video:", "track:", "days: 14"] {
            XCTAssertTrue(keyLines.contains { $0.contains(key) }, "\(key) is not turned on:\n\(full)")
        }
        let everything = directory.appendingPathComponent("everything.yaml")
        try full.write(to: everything, atomically: true, encoding: .utf8)
        // The picture the starter names, next to the file.
        try FileManager.default.copyItem(
            at: Tool.packageRoot.appendingPathComponent("Tests/Corpus/pictures/dot.png"),
            to: directory.appendingPathComponent("knee-to-chest.png"))
        let validation = try Tool.run(Tool.repsheet, ["validate", everything.path])
        XCTAssertEqual(validation.status, 0, validation.stderr + validation.stdout)

        for layout in try layouts() {
            let withEverything = try render(everything, layout: layout)
            XCTAssertTrue(withEverything.contains("Sam Lee"), "\(layout): the client fills the Name field")
            let without = try render(plain, layout: layout)
            // The picture is printed by the classic, cards and large-print layouts only.
            let pdf = directory.appendingPathComponent("everything-\(layout).pdf")
            let images = try Tool.run("pdfimages", ["-list", pdf.path]).stdout.split(separator: "\n").dropFirst(2)
            XCTAssertEqual(
                images.contains { $0.contains(" image ") }, ["classic", "cards", "large-print"].contains(layout), layout
            )
            if layout == "tracker" {
                // The log of 14 days: the plain starter's tracker logs 7.
                XCTAssertTrue(withEverything.contains("Mar 27"), withEverything)
                XCTAssertFalse(without.contains("Day 8"), without)
                XCTAssertTrue(without.contains("Day 7"), without)
                XCTAssertFalse(without.contains("Lie on your back"), "the tracker omits instructions")
            } else {
                // Numbered sub-steps from the instructions list; the log's pages after the sheet.
                XCTAssertTrue(without.contains("1. Lie on your back with your knees bent."), "\(layout): \(without)")
                XCTAssertTrue(withEverything.contains("Mar 27"), layout)
                XCTAssertFalse(without.contains("Mar 27"), layout)
            }
            XCTAssertTrue(withEverything.contains("2026-03-14"), "\(layout): the date fills the Date field")
        }
    }

    func testTrackAddsTheLogInEveryLayout() throws {
        let plain = try newStarter("plain.yaml")
        let text = try String(contentsOf: plain, encoding: .utf8)
        let tracked = directory.appendingPathComponent("tracked.yaml")
        try text.replacingOccurrences(of: "# track:\n#   days: 14", with: "track:\n  days: 14")
            .write(to: tracked, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(try String(contentsOf: tracked, encoding: .utf8), text)
        for layout in try layouts() {
            let withLog = try render(tracked, layout: layout)
            let without = try render(plain, layout: layout)
            if layout == "tracker" {
                XCTAssertTrue(withLog.contains("Day 14"), withLog)
                XCTAssertFalse(without.contains("Day 14"), without)
            } else {
                // The sheet, then the log's pages (issue 16: `track:` in every layout).
                XCTAssertTrue(withLog.contains("Day 14"), "\(layout) prints the log")
                XCTAssertFalse(without.contains("Day 14"), layout)
                let sheet = try XCTUnwrap(without.components(separatedBy: "Page 1 of").first)
                    .trimmingCharacters(in: .whitespaces)
                XCTAssertTrue(withLog.hasPrefix(sheet), "\(layout): the sheet comes first, unchanged")
            }
        }
    }
}
