import Foundation
import RepSheet
import XCTest

/// Sheets in other languages: their own words, right-to-left mirroring, fonts and missing glyphs.
final class LanguageTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// Renders an example to a PDF in the test folder.
    func renderExample(_ name: String) throws -> URL {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: Tool.packageRoot.appendingPathComponent("examples/\(name).yaml").path)
        let pdf = directory.appendingPathComponent("\(name).pdf")
        try XCTUnwrap(try maker.render(routine).first).write(to: pdf)
        return pdf
    }

    /// The PDF's words, split at spaces and punctuation.
    func words(_ pdf: URL) throws -> Set<String> {
        let text = try Tool.run("pdftotext", [pdf.path, "-"]).stdout
        return Set(text.split { $0.isWhitespace || ".,;:()·—".contains($0) }.map(String.init))
    }

    func testSpanishSheetHasSpanishWordsAndNoEnglishOnes() throws {
        let pdf = try renderExample("back-stretches-es")
        let text = Tool.normalized(try Tool.run("pdftotext", [pdf.path, "-"]).stdout)
        for phrase in [
            "Mantener 30 s · 3 repeticiones · cada lado", "Mantener 5 s · 10 repeticiones", "Nombre", "Fecha", "Notas",
            "FRECUENCIA", "Izq.", "Der.",
            "Página 1 de 3", "Marque una casilla",
        ] {
            XCTAssertTrue(text.contains(phrase), "missing \(phrase)")
        }
        let found = try words(pdf)
        for english in [
            "Hold", "rep", "reps", "set", "sets", "Left", "Right", "Name", "Date", "Notes", "HOW", "OFTEN", "Page",
            "each", "side", "continued", "Tick",
        ] {
            XCTAssertFalse(found.contains(english), "English word \(english) on the Spanish sheet")
        }
    }

    func testEveryExampleEmbedsEveryFont() throws {
        for name in ["back-stretches-es", "back-stretches-ar", "back-stretches-pictures"] {
            let output = try Tool.run("pdffonts", [try renderExample(name).path]).stdout
            let rows = output.split(separator: "\n").dropFirst(2)
            XCTAssertFalse(rows.isEmpty, name)
            for row in rows {
                let columns = row.split(separator: " ")
                XCTAssertTrue(
                    columns.count >= 5 && columns[columns.count - 5] == "yes", "not embedded in \(name): \(row)")
            }
        }
    }

    func testArabicSheetUsesArabicFontAndIsMirrored() throws {
        // Rendering at all proves no glyph is missing: the check would have thrown.
        let pdf = try renderExample("back-stretches-ar")
        XCTAssertTrue(try Tool.run("pdffonts", [pdf.path]).stdout.contains("NotoSansArabic"))
        let html = try Tool.run("pdftotext", ["-bbox", pdf.path, "-"]).stdout
        let parsed = PDFWord.parse(html)
        let width = try XCTUnwrap(parsed.pages.first).width
        let page1 = parsed.words.filter { $0.page == 1 }
        let rightMargin = width - 20 * 72 / 25.4
        // pdftotext splits Arabic into letters; the title's letters (30 pt, the tallest) end
        // at the right margin and all lie in the right half.
        let title = page1.filter { $0.yMax - $0.yMin > 35 && $0.yMin < 150 }
        XCTAssertFalse(title.isEmpty)
        XCTAssertEqual(try XCTUnwrap(title.map(\.xMax).max()), rightMargin, accuracy: 2)
        XCTAssertGreaterThan(try XCTUnwrap(title.map(\.xMin).min()), width / 2)
        // Step badges ("1", "2", "3") sit in the right margin column.
        let badges = page1.filter { ["1", "2", "3"].contains($0.text) && $0.xMin > rightMargin - 8 * 72 / 25.4 - 1 }
        XCTAssertEqual(badges.count, 3, "badges: \(page1.filter { ["1", "2", "3"].contains($0.text) })")
        // The Date field, on the right in English, is on the left.
        let date = try XCTUnwrap(page1.first { $0.text == "2026-12-01" })
        XCTAssertLessThan(date.xMax, width / 2)
        // Checkbox rows are on the left and start at the right: the first box is the rightmost.
        let maker = try SheetMaker()
        let sheet = try maker.layout(
            try maker.loadRoutine(path: Tool.packageRoot.appendingPathComponent("examples/back-stretches-ar.yaml").path)
        )
        let boxes = sheet.pages[0].checkboxes
        XCTAssertTrue(boxes.allSatisfy { $0.frame.maxX.points < width / 2 })
        XCTAssertGreaterThan(boxes[0].frame.minX, boxes[1].frame.minX)
        XCTAssertTrue(sheet.pages[0].textRuns.allSatisfy { $0.direction == .rightToLeft })
    }

    func testCharacterNoFontHasFailsWithItsCodeFieldAndLine() throws {
        let file = directory.appendingPathComponent("glyph.yaml")
        try "title: Private use\nsteps:\n  - name: Ok\n  - name: \"Star \u{E123}\"\n".write(
            to: file, atomically: true, encoding: .utf8)
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: file.path)
        XCTAssertThrowsError(try maker.render(routine)) { error in
            XCTAssertEqual(
                "\(error)",
                "\(file.path):4:17: error: the name of step 2 has the character U+E123, which none of RepSheet's fonts can print "
                    + "(it would come out as an empty box); remove it, or pass --allow-missing-glyphs to print it anyway"
            )
            XCTAssertEqual((error as? RepSheetError)?.exitCode, 65)
        }
        var options = SheetOptions()
        options.allowMissingGlyphs = true
        XCTAssertNoThrow(try maker.render(routine, options: options))
        let result = try Tool.run(
            Tool.repsheet,
            ["render", file.path, "-o", directory.appendingPathComponent("g.pdf").path, "--allow-missing-glyphs"])
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    func testLabelsOverrideAndUnknownLanguageWarns() throws {
        let file = directory.appendingPathComponent("labels.yaml")
        try """
        title: Labels
        language: xx
        labels: {hold: Keep, left: Port, nope: x}
        steps:
          - {name: One, hold: 10s, sides: each}
        """.write(to: file, atomically: true, encoding: .utf8)
        let pdf = directory.appendingPathComponent("labels.pdf")
        let result = try Tool.run(Tool.repsheet, ["render", file.path, "-o", pdf.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(
            result.stderr.contains("warning: no words for language \"xx\"; the sheet's own words are in English"),
            result.stderr)
        XCTAssertTrue(result.stderr.contains("warning: labels: there is no label \"nope\""), result.stderr)
        let text = Tool.normalized(try Tool.run("pdftotext", [pdf.path, "-"]).stdout)
        XCTAssertTrue(text.contains("Keep 10 s"), text)
        XCTAssertTrue(text.contains("Port"), text)
        XCTAssertTrue(text.contains("Right"), text)
    }

    func testChineseWrapsBetweenCharactersWhenACJKFontIsInstalled() throws {
        let maker = try SheetMaker()
        try XCTSkipUnless(maker.fonts.loadCJKFonts(), "fonts-noto-cjk is not installed")
        let long = String(repeating: "每天做三次伸展运动", count: 8)
        let lines = maker.measurer.lines(
            of: long, font: FontSpec(family: "Atkinson Hyperlegible", size: .pt(12)), maxWidth: .mm(60))
        XCTAssertGreaterThan(lines.count, 2)
        XCTAssertEqual(lines.joined(), long)
        XCTAssertTrue(
            maker.measurer.missingCharacters(in: long, font: FontSpec(family: "Atkinson Hyperlegible", size: .pt(12)))
                .isEmpty)
    }

    func testChineseSheetRendersWithoutLoadingTheCJKFontsFirst() throws {
        try XCTSkipUnless(
            FontLibrary.systemCJKFiles.contains { FileManager.default.fileExists(atPath: $0) },
            "fonts-noto-cjk is not installed")
        let file = directory.appendingPathComponent("zh.yaml")
        try "title: 背部伸展\nlanguage: zh\nsteps:\n  - name: 抱膝\n    reps: 3\n    sides: each\n"
            .write(to: file, atomically: true, encoding: .utf8)
        // A fresh maker: the glyph check before layout must itself make the CJK fonts visible.
        let maker = try SheetMaker()
        let pdf = try XCTUnwrap(try maker.render(try maker.loadRoutine(path: file.path)).first)
        try pdf.write(to: directory.appendingPathComponent("zh.pdf"))
        let text = try Tool.run("pdftotext", [directory.appendingPathComponent("zh.pdf").path, "-"]).stdout
        XCTAssertTrue(text.contains("抱膝"), text)
    }

    /// A Traditional Chinese sheet (`zh-Hant-TW`, `zh-HK`: the tester's routine) prints the
    /// Traditional words, set in the Traditional face, not the Simplified table's.
    func testTraditionalChineseSheetPrintsTraditionalWords() throws {
        try XCTSkipUnless(
            FontLibrary.systemCJKFiles.contains { FileManager.default.fileExists(atPath: $0) },
            "fonts-noto-cjk is not installed")
        let maker = try SheetMaker()
        for tag in ["zh-Hant-TW", "zh-HK"] {
            let file = directory.appendingPathComponent("\(tag).yaml")
            try "title: 下背伸展\nlanguage: \(tag)\nsteps:\n  - name: 骨盆傾斜\n    reps: 3\n    sides: each\n"
                .write(to: file, atomically: true, encoding: .utf8)
            let pdf = directory.appendingPathComponent("\(tag).pdf")
            try XCTUnwrap(try maker.render(try maker.loadRoutine(path: file.path)).first).write(to: pdf)
            let text = Tool.normalized(try Tool.run("pdftotext", [pdf.path, "-"]).stdout)
            for traditional in ["勾選", "每側", "注意事項", "第 1 頁，共 1 頁", "姓名"] {
                XCTAssertTrue(text.contains(traditional), "\(tag): no \(traditional) in \(text)")
            }
            for simplified in ["勾选", "每侧", "注意事项", "页"] {
                XCTAssertFalse(text.contains(simplified), "\(tag): \(simplified) in \(text)")
            }
        }
    }
}
