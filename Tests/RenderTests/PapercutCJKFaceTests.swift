import Foundation
import RepSheet
import XCTest

/// Chinese, Japanese and Korean text is set in its language's face of Noto Sans CJK: a Japanese
/// sheet in the Japanese face, not the Simplified Chinese one with its Chinese shapes.
final class PapercutCJKFaceTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// Skips when fonts-noto-cjk (the one package these tests need beyond the bundled fonts) is missing.
    private func requireCJKFonts() throws {
        try XCTSkipUnless(
            FontLibrary.systemCJKFiles.allSatisfy { FileManager.default.fileExists(atPath: $0) },
            "fonts-noto-cjk is not installed")
    }

    func testLanguageTagsPickTheirFace() {
        let expected: [String: CJKFace] = [
            "ja": .japanese, "ja-JP": .japanese, "JA": .japanese, "ko": .korean, "ko-KR": .korean,
            "zh": .simplifiedChinese, "zh-Hans": .simplifiedChinese, "zh-CN": .simplifiedChinese,
            "zh-SG": .simplifiedChinese, "zh-Hans-HK": .simplifiedChinese, "zh-Hant": .traditionalChinese,
            "zh-TW": .traditionalChinese, "zh_tw": .traditionalChinese, "zh-Hant-TW": .traditionalChinese,
            "zh-HK": .hongKong, "zh-Hant-HK": .hongKong, "zh-MO": .hongKong, "yue": .hongKong,
            "en": .simplifiedChinese, "": .simplifiedChinese, "jam": .simplifiedChinese,
        ]
        for (tag, face) in expected { XCTAssertEqual(CJKFace(language: tag), face, tag) }
    }

    func testFamilyNamesTheLanguagesFace() {
        XCTAssertEqual(
            FontLibrary.family("Atkinson Hyperlegible", language: "ja"), "Atkinson Hyperlegible,Noto Sans CJK JP")
        XCTAssertEqual(
            FontLibrary.family("Atkinson Hyperlegible", language: "zh-TW"), "Atkinson Hyperlegible,Noto Sans CJK TC")
        // Simplified Chinese is the default face: the family stays as the layout names it.
        XCTAssertEqual(FontLibrary.family("Atkinson Hyperlegible", language: "zh"), "Atkinson Hyperlegible")
        XCTAssertEqual(FontLibrary.family("Atkinson Hyperlegible", language: "en"), "Atkinson Hyperlegible")
        // A face already named is replaced, not added to.
        XCTAssertEqual(
            FontLibrary.family("Atkinson Hyperlegible,Noto Sans CJK JP", language: "ko"),
            "Atkinson Hyperlegible,Noto Sans CJK KR")
    }

    func testJapaneseSheetEmbedsTheJapaneseFaceAndChineseTheSimplified() throws {
        try requireCJKFonts()
        XCTAssertEqual(try faces(of: Tool.packageRoot.appendingPathComponent("Tests/Corpus/knee-ja.yaml")), ["jp"])
        XCTAssertEqual(try faces(of: Tool.packageRoot.appendingPathComponent("Tests/Corpus/back-zh.yaml")), ["sc"])
    }

    func testKoreanAndTraditionalChineseSheetsEmbedTheirFaces() throws {
        try requireCJKFonts()
        let expected = ["ko": "kr", "zh-Hant": "tc", "zh-TW": "tc", "zh-HK": "hk", "zh-Hans": "sc", "ja-JP": "jp"]
        for (language, face) in expected {
            let file = directory.appendingPathComponent("\(language).yaml")
            try "title: 直骨曜 한국어\nlanguage: \(language)\nsteps:\n  - name: 骨直\n    reps: 3\n"
                .write(to: file, atomically: true, encoding: .utf8)
            XCTAssertEqual(try faces(of: file), [face], language)
        }
    }

    func testLayoutAndDrawingUseTheFaceInPageImagesToo() throws {
        try requireCJKFonts()
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(
            path: Tool.packageRoot.appendingPathComponent("Tests/Corpus/knee-ja.yaml").path)
        let sheet = try maker.layout(routine)
        let runs = sheet.pages.flatMap(\.textRuns)
        XCTAssertFalse(runs.isEmpty)
        for run in runs { XCTAssertEqual(run.font.family, "Atkinson Hyperlegible,Noto Sans CJK JP", run.text) }
        // The same page with its text set in the Simplified Chinese face draws other shapes.
        let page = try XCTUnwrap(sheet.pages.first)
        var chinese = page
        chinese.items = page.items.map { item in
            guard case .text(var run) = item else { return item }
            run.font.family = "Atkinson Hyperlegible"
            return .text(run)
        }
        let renderer = SheetRenderer(fonts: maker.fonts)
        let japanesePNG = try renderer.png(page, dpi: 72)
        XCTAssertEqual(japanesePNG, try renderer.png(page, dpi: 72))
        XCTAssertNotEqual(japanesePNG, try renderer.png(chinese, dpi: 72))
    }

    /// The Noto Sans CJK faces `pdffonts` lists for `routine` rendered to PDF: "jp", "sc", ….
    private func faces(of routine: URL) throws -> Set<String> {
        let pdf = directory.appendingPathComponent(routine.deletingPathExtension().lastPathComponent + ".pdf")
        let result = try Tool.run(Tool.repsheet, ["render", routine.path, "-o", pdf.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let fonts = try Tool.run("pdffonts", [pdf.path]).stdout
        var found: Set<String> = []
        for line in fonts.split(separator: "\n") {
            guard let range = line.range(of: "NotoSansCJK") else { continue }
            found.insert(String(line[range.upperBound...].prefix { $0.isLetter }))
        }
        return found
    }
}
