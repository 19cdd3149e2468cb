import Foundation
import RepSheet
import XCTest

/// Tagged, finished PDFs: structure in reading order, figure descriptions, PDF/UA checks, the
/// routine attached and extracted, byte-identical output and size.
final class AccessiblePDFTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try Tool.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func example(_ name: String) -> String {
        Tool.packageRoot.appendingPathComponent("examples/\(name).yaml").path
    }

    /// Renders `routine` with the CLI and returns the PDF's URL.
    func render(_ routine: String, _ extra: [String] = [], name: String = "sheet.pdf") throws -> URL {
        let out = directory.appendingPathComponent(name)
        let result = try Tool.run(Tool.repsheet, ["render", routine, "-o", out.path] + extra)
        XCTAssertEqual(result.status, 0, result.stderr)
        return out
    }

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

    func testPicturesTravelWithTheRoutineAndRenderTheSamePDF() throws {
        let original = try render(example("back-stretches-pictures"), name: "pictures.pdf")
        let out = directory.appendingPathComponent("out")
        let extract = try Tool.run(Tool.repsheet, ["extract", original.path, "-o", out.path])
        XCTAssertEqual(extract.status, 0, extract.stderr)
        let written = extract.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(written.first, out.appendingPathComponent("back-stretches-pictures.yaml").path)
        XCTAssertEqual(
            written.filter { $0.hasPrefix(out.appendingPathComponent("pictures/").path) }.count, 6, "\(written)")
        let pictures = Tool.packageRoot.appendingPathComponent("examples/pictures/cat-cow.svg")
        XCTAssertEqual(
            try Data(contentsOf: out.appendingPathComponent("pictures/cat-cow.svg")), try Data(contentsOf: pictures))
        let again = directory.appendingPathComponent("again.pdf")
        let result = try Tool.run(Tool.repsheet, ["render", written[0], "-o", again.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Data(contentsOf: again), try Data(contentsOf: original))
    }

    func testAMergedBatchPDFCarriesEveryClientsRoutine() throws {
        let examples = Tool.packageRoot.appendingPathComponent("examples")
        let merged = directory.appendingPathComponent("merged.pdf")
        let batch = try Tool.run(
            Tool.repsheet,
            [
                "render", examples.appendingPathComponent("back-stretches.yaml").path, "--clients",
                examples.appendingPathComponent("clients.yaml").path, "--merge", merged.path,
            ])
        XCTAssertEqual(batch.status, 0, batch.stderr)
        XCTAssertEqual(try Tool.run("qpdf", ["--check", merged.path]).status, 0)
        let out = directory.appendingPathComponent("out")
        let extract = try Tool.run(Tool.repsheet, ["extract", merged.path, "-o", out.path])
        XCTAssertEqual(extract.status, 0, extract.stderr)
        let names = extract.stdout.split(separator: "\n").map { URL(fileURLWithPath: String($0)).lastPathComponent }
        XCTAssertEqual(
            names, ["jane-doe.yaml", "marcus-oneill.yaml", "jose-nunez.yaml", "aiko-tanaka.yaml", "ruth-abebe.yaml"])
        let marcus = try String(contentsOf: out.appendingPathComponent("marcus-oneill.yaml"), encoding: .utf8)
        XCTAssertFalse(marcus.contains("Cat/cow"), "a skipped step travels with the merged PDF")
    }

    func testSameInputGivesTheSameBytes() throws {
        let first = try Data(contentsOf: render(example("back-stretches"), name: "a.pdf"))
        let second = try Data(contentsOf: render(example("back-stretches"), name: "b.pdf"))
        XCTAssertEqual(first, second)
    }

    /// Without RepSheet's PDF library beside the tool, `extract` and `--booklet` say so once,
    /// naming the library and where it was looked for, as an installation problem (70); a file
    /// that is not a PDF is the file's problem (65), without Cairo's "drawing failed".
    func testAMissingPDFLibraryAndABadFileAreToldApart() throws {
        let original = try render(example("back-stretches"), name: "original.pdf")
        let lonely = directory.appendingPathComponent("alone/repsheet")
        try FileManager.default.createDirectory(
            at: lonely.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Tool.repsheet, toPath: lonely.path)
        let extract = try Tool.run(lonely.path, ["extract", original.path, "-o", directory.path])
        XCTAssertEqual(extract.status, 70, extract.stderr)
        XCTAssertTrue(
            extract.stderr.hasPrefix(
                "\(original.path): error: RepSheet's PDF library (libRepSheetQPDF.so) is missing: looked for "),
            extract.stderr)
        let booklet = try Tool.run(
            lonely.path, ["render", example("back-stretches"), "--booklet", "-o", directory.path + "/b.pdf"])
        XCTAssertEqual(booklet.status, 70, booklet.stderr)
        XCTAssertTrue(booklet.stderr.contains("libRepSheetQPDF.so) is missing"), booklet.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.path + "/b.pdf"))
        for result in [extract, booklet] {
            XCTAssertFalse(result.stderr.contains("error: error:"), result.stderr)
            XCTAssertFalse(result.stderr.contains("drawing failed"), result.stderr)
        }
        let text = directory.appendingPathComponent("not.pdf")
        try Data("hello".utf8).write(to: text)
        let bad = try Tool.run(Tool.repsheet, ["extract", text.path, "-o", directory.path])
        XCTAssertEqual(bad.status, 65, bad.stderr)
        XCTAssertTrue(bad.stderr.hasPrefix("\(text.path): error: cannot read the PDF"), bad.stderr)
        XCTAssertFalse(bad.stderr.contains("drawing failed"), bad.stderr)
    }

    func testExtractThenRenderGivesTheIdenticalPDF() throws {
        let original = try render(example("back-stretches"), name: "original.pdf")
        let out = directory.appendingPathComponent("out")
        let extract = try Tool.run(Tool.repsheet, ["extract", original.path, "-o", out.path])
        XCTAssertEqual(extract.status, 0, extract.stderr)
        let routine = out.appendingPathComponent("back-stretches.yaml")
        XCTAssertEqual(extract.stdout.trimmingCharacters(in: .whitespacesAndNewlines), routine.path)
        XCTAssertEqual(
            try Data(contentsOf: routine), try Data(contentsOf: URL(fileURLWithPath: example("back-stretches"))))
        let again = directory.appendingPathComponent("back-stretches.pdf")
        let result = try Tool.run(Tool.repsheet, ["render", routine.path, "-o", again.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Data(contentsOf: again), try Data(contentsOf: original))
    }

    func testANameGivenOnTheCommandLineTravelsWithTheRoutine() throws {
        let original = try render(example("back-stretches"), ["--client", "Ana Ruiz", "--date", "2026-12-24"])
        let out = directory.appendingPathComponent("out")
        XCTAssertEqual(try Tool.run(Tool.repsheet, ["extract", original.path, "-o", out.path]).status, 0)
        let routine = out.appendingPathComponent("back-stretches.yaml")
        let text = try String(contentsOf: routine, encoding: .utf8)
        XCTAssertTrue(text.contains("client: Ana Ruiz") && text.contains("date: 2026-12-24"), text)
        let again = directory.appendingPathComponent("again.pdf")
        XCTAssertEqual(try Tool.run(Tool.repsheet, ["render", routine.path, "-o", again.path]).status, 0)
        XCTAssertEqual(try Data(contentsOf: again), try Data(contentsOf: original))
    }

    func testNoSourceLeavesTheRoutineOut() throws {
        let pdf = try render(example("back-stretches"), ["--no-source"])
        let extract = try Tool.run(Tool.repsheet, ["extract", pdf.path, "-o", directory.path])
        XCTAssertNotEqual(extract.status, 0)
        XCTAssertTrue(extract.stderr.contains("carries no routine"), extract.stderr)
        let attachments = try Tool.run("pdfdetach", ["-list", pdf.path]).stdout
        XCTAssertTrue(attachments.contains("0 embedded files"), attachments)
    }

    /// Main's untagged back-stretches PDF (the example with its alternatives and cautions) was
    /// 30,442 bytes: tags must not make it bigger, and the attached routine may add at most 10 %.
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

/// A client batch's sheets carry each client's own routine.
final class ClientSourceTests: XCTestCase {
    func testEachClientsSheetCarriesTheirRoutineAndRendersIdenticallyFromIt() throws {
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheets = directory.appendingPathComponent("sheets")
        let examples = Tool.packageRoot.appendingPathComponent("examples")
        let batch = try Tool.run(
            Tool.repsheet,
            [
                "render", examples.appendingPathComponent("back-stretches.yaml").path, "--clients",
                examples.appendingPathComponent("clients.yaml").path, "--out-dir", sheets.path,
            ])
        XCTAssertEqual(batch.status, 0, batch.stderr)
        for client in ["jane-doe", "marcus-oneill"] {
            let sheet = sheets.appendingPathComponent("\(client).pdf")
            let out = directory.appendingPathComponent("extracted")
            let extract = try Tool.run(Tool.repsheet, ["extract", sheet.path, "-o", out.path])
            XCTAssertEqual(extract.status, 0, extract.stderr)
            let routine = out.appendingPathComponent("\(client).yaml")
            let text = try String(contentsOf: routine, encoding: .utf8)
            XCTAssertTrue(text.contains("client: "), text)
            if client == "marcus-oneill" {
                XCTAssertFalse(text.contains("Cat/cow"), "a skipped step travels with the sheet")
                XCTAssertTrue(text.contains("reps: 2"), text)
            }
            let again = directory.appendingPathComponent("\(client)-again.pdf")
            let render = try Tool.run(Tool.repsheet, ["render", routine.path, "-o", again.path])
            XCTAssertEqual(render.status, 0, render.stderr)
            XCTAssertEqual(try Data(contentsOf: again), try Data(contentsOf: sheet), "\(client)'s sheet differs")
        }
    }
}
