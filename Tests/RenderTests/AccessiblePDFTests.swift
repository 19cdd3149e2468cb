import Foundation
import RepSheet
import XCTest

/// Tagged, finished PDFs: structure in reading order, figure descriptions, PDF/UA checks,
/// byte-identical output and size. The routine they carry: `AttachedRoutineTests`.
final class AccessiblePDFTests: SheetCommandTestCase {
    /// `pdfinfo -struct-text` as lines of (tag or "text", content), indentation dropped.
    func structure(_ pdf: URL) throws -> [String] {
        try Tool.run("pdfinfo", ["-struct-text", pdf.path]).stdout.split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The position of the first line at or after `start` containing `text`.
    /// Compared after compatibility normalisation: an Arabic ligature reads as its letters.
    func position(of text: String, in lines: [String], after start: Int) -> Int? {
        let wanted = text.precomposedStringWithCompatibilityMapping
        return lines[start...].firstIndex {
            Tool.normalized($0).precomposedStringWithCompatibilityMapping.contains(wanted)
        }
    }

    /// The title, the fields, then every step's number, name and dose in the sheet's order.
    func assertReadingOrder(_ pdf: URL, title: String, client: String, steps: [(String, String)]) throws {
        let lines = try structure(pdf)
        XCTAssertEqual(lines.first, "Document")
        let h1 = try XCTUnwrap(lines.firstIndex(of: "H1 (block)"), "no H1")
        XCTAssertEqual(lines[h1 + 1], "\"\(title)\"")
        var at = try XCTUnwrap(position(of: client, in: lines, after: h1), "no Name field")
        for (number, (name, dose)) in steps.enumerated() {
            let label = try XCTUnwrap(position(of: "\"\(number + 1)\"", in: lines, after: at), "no step \(number + 1)")
            XCTAssertEqual(lines[label - 1], "Lbl (block)")
            let nameAt = try XCTUnwrap(position(of: name, in: lines, after: label), "no name \(name)")
            let doseAt = try XCTUnwrap(position(of: dose, in: lines, after: nameAt), "no dose \(dose)")
            XCTAssertLessThanOrEqual(doseAt - label, 6, "step \(number + 1)'s name and dose are not together")
            at = doseAt
        }
    }

    func testBackStretchesReadsTitleFieldsThenStepsInOrder() throws {
        let pdf = try render(example("back-stretches"))
        try assertReadingOrder(
            pdf, title: "Back Stretches", client: "Maria Lopez",
            steps: [
                ("Pelvic tilts", "Hold 5 s · 10 reps"), ("Knee to chest", "Hold 30 s · 3 reps · each side"),
                ("Trunk rotation", "Hold 30 s · 3 reps · each side"),
                ("Quadratus lumborum (QL) stretch", "Hold 30 s · 3 reps · each side"),
                ("Child’s pose (prayer stretch)", "Hold 30 s · 3 reps"), ("Cat/cow (cat/dog)", "Hold 5 s · 10 reps"),
            ])
        let lines = try structure(pdf)
        XCTAssertEqual(lines.filter { $0 == "LI (block)" }.count, 6)
        XCTAssertEqual(lines.filter { $0 == "H2 (block)" }.count, 5)
    }

    func testEveryLayoutHasATitleAndItsStepsAsAListOrATable() throws {
        for layout in ["classic", "cards", "compact", "large-print", "tracker"] {
            let lines = try structure(render(example("back-stretches"), ["--layout", layout], name: "\(layout).pdf"))
            XCTAssertEqual(lines.first, "Document", layout)
            let h1 = try XCTUnwrap(lines.firstIndex(of: "H1 (block)"), "\(layout): no H1")
            XCTAssertEqual(lines[h1 + 1], "\"Back Stretches\"", layout)
            if layout == "tracker" {
                XCTAssertEqual(lines.filter { $0 == "Table (block)" }.count, 1, layout)
                XCTAssertGreaterThanOrEqual(lines.filter { $0 == "TR" }.count, 7, layout)
                XCTAssertTrue(lines.contains("TH:") && lines.contains("TD"), layout)
                XCTAssertTrue(lines.contains("/Scope /Column") && lines.contains("/Scope /Row"), layout)
            } else {
                XCTAssertEqual(lines.filter { $0 == "LI (block)" }.count, 6, layout)
                XCTAssertEqual(lines.filter { $0 == "Lbl (block)" }.count, 6, layout)
            }
        }
    }

    func testArabicSheetReadsInTheSameOrder() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: example("back-stretches-ar"))
        let pdf = try render(example("back-stretches-ar"))
        let lines = try structure(pdf)
        XCTAssertEqual(lines.first, "Document")
        var at = try XCTUnwrap(position(of: routine.title, in: lines, after: 0))
        XCTAssertEqual(lines[at - 1], "H1 (block)")
        for (number, step) in routine.allSteps.enumerated() {
            let label = try XCTUnwrap(position(of: "\"\(number + 1)\"", in: lines, after: at), "no step \(number + 1)")
            at = try XCTUnwrap(position(of: step.name, in: lines, after: label), "no name \(step.name)")
        }
        XCTAssertEqual(lines.filter { $0 == "LI (block)" }.count, routine.allSteps.count)
    }

    func testQpdfCheckPassesAndLanguageAndMetadataAreSet() throws {
        let pdf = try render(example("back-stretches-pictures"))
        let check = try Tool.run("qpdf", ["--check", pdf.path])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertFalse(check.stderr.contains("WARNING"), check.stderr)
        let json = try Tool.run("qpdf", ["--json", "--json-key=qpdf", pdf.path]).stdout
        XCTAssertTrue(json.contains("\"/Lang\": \"u:en\""), "no /Lang")
        XCTAssertTrue(json.contains("\"/DisplayDocTitle\": true"))
        XCTAssertTrue(json.contains("\"/Tabs\": \"/S\""), "no /Tabs on pages with links")
        let meta = try Tool.run("pdfinfo", ["-meta", pdf.path]).stdout
        XCTAssertTrue(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), meta)
        XCTAssertTrue(meta.contains("Back Stretches"), meta)
    }

    func testEveryFigureAndLinkHasAText() throws {
        let pdf = try render(example("back-stretches-pictures"))
        let data = try XCTUnwrap(
            try Tool.run("qpdf", ["--json", "--json-key=qpdf", pdf.path]).stdout.data(using: .utf8))
        let object = try JSONSerialization.jsonObject(with: data)
        var figures = 0, links = 0, annotations = 0
        func walk(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                if dictionary["/S"] as? String == "/Figure" {
                    figures += 1
                    XCTAssertNotNil(dictionary["/Alt"], "a Figure without /Alt")
                }
                if dictionary["/S"] as? String == "/Link" { links += 1 }
                if dictionary["/Subtype"] as? String == "/Link" {
                    annotations += 1
                    XCTAssertNotNil(dictionary["/Contents"], "a link without /Contents")
                    XCTAssertEqual(dictionary["/F"] as? Int, 4, "a link not printed")
                }
                dictionary.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(object)
        XCTAssertGreaterThan(figures, 0)
        XCTAssertGreaterThan(links, 0)
        XCTAssertGreaterThan(annotations, 0)
    }

    func testAStepsImageAltIsItsFiguresAlternativeText() throws {
        let routine = directory.appendingPathComponent("knee.yaml")
        try """
        title: Knee
        steps:
          - exercise: knee-to-chest
            name: Knee to chest
            image_alt: Lying on the back, one knee hugged to the chest
          - exercise: pelvic-tilt
            name: Pelvic tilts
        """.write(to: routine, atomically: true, encoding: .utf8)
        let pdf = try render(routine.path, ["--no-source", "--layout", "cards"])
        let json = try Tool.run("qpdf", ["--json", "--json-key=qpdf", pdf.path]).stdout
        XCTAssertTrue(json.contains("\"/Alt\": \"u:Lying on the back, one knee hugged to the chest\""), json)
        XCTAssertTrue(json.contains("\"/Alt\": \"u:Pelvic tilts: lying on the back\""), json)
    }

    /// The `/Alt` texts of a PDF's structure elements.
    func alts(_ pdf: URL) throws -> [String] {
        let json = try Tool.run("qpdf", ["--json", "--json-key=qpdf", pdf.path]).stdout
        return json.components(separatedBy: "\"/Alt\": \"u:").dropFirst().compactMap { $0.split(separator: "\"").first }
            .map(String.init)
    }

    func testAFiguresTextDescribesItsPoseInTheSheetsLanguage() throws {
        let english = try alts(render(example("back-stretches"), ["--layout", "cards"], name: "en.pdf"))
        XCTAssertTrue(
            english.contains("Knee to chest: lying on the back, moving one knee; left and right shown"), "\(english)")
        XCTAssertTrue(english.contains("Trunk rotation: lying on the back, moving the knees; left and right shown"))
        let spanish = try alts(render(example("back-stretches-es"), ["--layout", "cards"], name: "es.pdf"))
        XCTAssertTrue(spanish.contains { $0.hasSuffix(": sentado en una silla, moviendo la espalda") }, "\(spanish)")
        let arabic = try alts(render(example("back-stretches-ar"), ["--layout", "cards"], name: "ar.pdf"))
        XCTAssertTrue(arabic.contains { $0.contains(": جالس على كرسي، مع تحريك الظهر") }, "\(arabic)")
        // Words RepSheet has no pose table for keep the name and the sides.
        let routine = directory.appendingPathComponent("ja.yaml")
        try """
        title: Knee
        language: ja
        steps:
          - exercise: knee-to-chest
            name: Knee to chest
        """.write(to: routine, atomically: true, encoding: .utf8)
        let japanese = try alts(render(routine.path, ["--layout", "cards"], name: "ja.pdf"))
        XCTAssertTrue(japanese.contains { $0.hasPrefix("Knee to chest (") }, "\(japanese)")
    }

    func testSameInputGivesTheSameBytes() throws {
        let first = try Data(contentsOf: render(example("back-stretches"), name: "a.pdf"))
        let second = try Data(contentsOf: render(example("back-stretches"), name: "b.pdf"))
        XCTAssertEqual(first, second)
    }

    func testTaggedSheetIsNoLargerThanTheUntaggedOne() throws {
        let untagged = 30_442
        let bare = try Data(contentsOf: render(example("back-stretches"), ["--no-source"], name: "bare.pdf"))
        XCTAssertLessThanOrEqual(bare.count, untagged)
        let carried = try Data(contentsOf: render(example("back-stretches"), name: "carried.pdf"))
        XCTAssertLessThanOrEqual(Double(carried.count), Double(untagged) * 1.1)
        XCTAssertGreaterThan(carried.count, bare.count)
    }

    /// The offline PDF/UA checkers, when installed (`pip install outloud pdfua`).
    func checker(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func testOutloudFindsNothingInAnyLayoutOrLanguage() throws {
        guard let outloud = checker("outloud") else { throw XCTSkip("outloud is not installed (pip install outloud)") }
        // The back-stretches routine with the sheet's own words in Chinese.
        let chinese = directory.appendingPathComponent("back-stretches-zh.yaml")
        let english = try String(contentsOfFile: example("back-stretches"), encoding: .utf8)
        try english.replacingOccurrences(of: "title: Back Stretches\n", with: "title: Back Stretches\nlanguage: zh\n")
            .write(to: chinese, atomically: true, encoding: .utf8)
        var pdfs: [String] = []
        for layout in ["classic", "cards", "compact", "large-print", "tracker"] {
            for name in ["back-stretches", "back-stretches-es", "back-stretches-ar", "back-stretches-pictures"] {
                pdfs.append(try render(example(name), ["--layout", layout], name: "\(name)-\(layout).pdf").path)
            }
            pdfs.append(try render(chinese.path, ["--layout", layout], name: "zh-\(layout).pdf").path)
        }
        // Warnings fail too, but for TBL-012 ("mostly empty cells"): a tracker's day cells are
        // empty on purpose, to tick.
        for pdf in pdfs {
            let check = try Tool.run("qpdf", ["--check", pdf])
            XCTAssertEqual(check.status, 0, pdf + ": " + check.stdout + check.stderr)
        }
        let result = try Tool.run(outloud, ["-q", "--fail-on", "warning", "--skip", "TBL-012"] + pdfs)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        if let pdfua = checker("pdfua") {
            let check = try Tool.run(pdfua, ["check"] + pdfs)
            XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        }
    }

    /// A PDF not laid out as Cairo writes them (here one already finished, with object streams)
    /// goes through libqpdf instead of the fast pass, and comes out whole.
    func testAPDFNotFromCairoIsFinishedByLibqpdf() throws {
        let maker = try SheetMaker()
        let sheet = try maker.layout(try maker.loadRoutine(path: example("back-stretches")))
        let raw = try SheetRenderer(fonts: maker.fonts).taggedPDF(sheet)
        let pass = FinishingPass(
            language: "en", title: "Back Stretches", creator: nil, date: nil,
            attachment: .init(name: "r.yaml", mimeType: "application/yaml", data: Data("title: x\n".utf8)))
        let once = try pass.finish(raw)
        XCTAssertTrue(String(decoding: once.prefix(9), as: UTF8.self).hasPrefix("%PDF-1.7"))
        let twice = try pass.finish(TaggedPDF(data: once, figureAlts: raw.figureAlts, linkTexts: raw.linkTexts))
        XCTAssertNotEqual(once, twice)
        let file = directory.appendingPathComponent("twice.pdf")
        try twice.write(to: file)
        let check = try Tool.run("qpdf", ["--check", file.path])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertEqual(try FinishingPass.sources(of: twice).map(\.name), ["r.yaml"])
    }

    func testTheRawCairoPDFFailsSoTheCheckIsLive() throws {
        guard let outloud = checker("outloud") else { throw XCTSkip("outloud is not installed (pip install outloud)") }
        let maker = try SheetMaker()
        let sheet = try maker.layout(try maker.loadRoutine(path: example("back-stretches")))
        let raw = directory.appendingPathComponent("raw.pdf")
        try SheetRenderer(fonts: maker.fonts).taggedPDF(sheet).data.write(to: raw)
        let result = try Tool.run(outloud, ["-q", raw.path])
        XCTAssertNotEqual(result.status, 0, result.stdout)
    }
}
