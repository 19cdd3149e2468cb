import Foundation
import RepSheet
import XCTest

/// The family of back worksheets: listed, rendered by name, the seated rolldown as the
/// alternative to child's pose in every layout, cautions that survive grey printing, full pages.
final class FamilyWorksheetTests: XCTestCase {
    /// The worksheets added to back-stretches and its variants.
    static let family = [
        "upper-back-pain", "back-pain-relief", "back-arthritis", "mid-back-stretches", "modified-back-stretch",
        "osteoporosis", "spinal-stenosis",
    ]
    static let layouts = ["classic", "cards", "tracker", "compact", "large-print"]

    private func example(_ name: String) -> String {
        Tool.packageRoot.appendingPathComponent("examples/\(name).yaml").path
    }

    func testExamplesListsTheWholeFamilyWithADescription() throws {
        let result = try Tool.run(Tool.repsheet, ["examples"])
        XCTAssertEqual(result.status, 0, result.stderr)
        // The routines come first, before a blank line and the client lists.
        let routines = result.stdout.components(separatedBy: "\n\n").first ?? ""
        let lines = routines.split(separator: "\n").map(String.init)
        XCTAssertGreaterThanOrEqual(lines.count, 8)
        XCTAssertTrue(lines.allSatisfy { $0.contains("\t") }, routines)
        for name in Self.family + ["back-stretches"] {
            let line = try XCTUnwrap(lines.first { $0.hasPrefix(name + "\t") }, "\(name) not listed")
            // "name<TAB>Title — one-line description"
            XCTAssertTrue(line.contains(" — "), line)
            XCTAssertGreaterThan(line.count, name.count + 20, line)
        }
    }

    func testEachWorksheetValidatesAndRendersByName() throws {
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in Self.family {
            let validate = try Tool.run(Tool.repsheet, ["validate", example(name)])
            XCTAssertEqual(validate.status, 0, "\(name): \(validate.stderr)")
            let render = try Tool.run(Tool.repsheet, ["render", name], in: directory)
            XCTAssertEqual(render.status, 0, "\(name): \(render.stderr)")
            let info = try Tool.pdfInfo(directory.appendingPathComponent("\(name).pdf"))
            XCTAssertGreaterThanOrEqual(Int(info["Pages"] ?? "") ?? 0, 1, name)
        }
    }

    func testEveryStepOfTheFamilyHasACatalogueFigureAndASafetyNote() throws {
        let maker = try SheetMaker()
        for name in Self.family {
            let routine = try maker.loadRoutine(path: example(name))
            XCTAssertFalse(routine.notes.isEmpty && routine.caution == nil, "\(name): no safety note")
            for step in routine.allSteps {
                XCTAssertNotNil(step.figure, "\(name): \(step.name) has no figure")
            }
        }
    }

    func testSeatedRolldownIsTheAlternativeToChildsPoseInEveryLayout() throws {
        let maker = try SheetMaker()
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["back-stretches", "modified-back-stretch"] {
            let routine = try maker.loadRoutine(path: example(name))
            let child = try XCTUnwrap(routine.allSteps.first { $0.name.hasPrefix("Child") })
            XCTAssertEqual(child.alternative?.step.name, "Seated rolldown", name)
            for layout in Self.layouts {
                let label = "\(name) \(layout)"
                let pdf = directory.appendingPathComponent("\(name)-\(layout).pdf")
                try XCTUnwrap(try maker.render(routine, options: SheetOptions(format: .pdf, layout: layout)).first)
                    .write(to: pdf)
                let text = Tool.normalized(try Tool.run("pdftotext", [pdf.path, "-"]).stdout)
                XCTAssertTrue(text.contains("Instead: Seated rolldown"), "\(label): \(text)")
                // Under child's pose: after its name and before the next step's.
                let childAt = try XCTUnwrap(text.range(of: "Child’s pose"), label).lowerBound
                let insteadAt = try XCTUnwrap(text.range(of: "Instead: Seated rolldown"), label).lowerBound
                XCTAssertLessThan(childAt, insteadAt, label)
            }
        }
    }

    func testCardsDrawTheAlternativesOwnFigureBesideIt() throws {
        let maker = try SheetMaker()
        for name in ["back-stretches", "modified-back-stretch"] {
            let routine = try maker.loadRoutine(path: example(name))
            var plain = routine
            for s in plain.sections.indices {
                for t in plain.sections[s].steps.indices { plain.sections[s].steps[t].alternative = nil }
            }
            let sheet = try maker.layout(routine, options: SheetOptions(layout: "cards"))
            let without = try maker.layout(plain, options: SheetOptions(layout: "cards"))
            func shapes(_ sheet: Sheet) -> Int {
                sheet.pages.flatMap(\.items).filter { if case .shape = $0 { true } else { false } }.count
            }
            XCTAssertGreaterThan(shapes(sheet), shapes(without), "\(name): no figure for the alternative")
            let page = try XCTUnwrap(sheet.pages.first { $0.textRuns.contains { $0.text.hasPrefix("Instead:") } })
            let instead = try XCTUnwrap(page.textRuns.first { $0.text.hasPrefix("Instead:") })
            let figure = page.items.compactMap { item -> Rect? in
                guard case .shape(let shape) = item else { return nil }
                return shape.frame
            }.filter {
                $0.maxX <= instead.frame.minX + .pt(1) && $0.minY < instead.frame.maxY + .mm(20)
                    && $0.maxY > instead.frame.minY - .mm(20) && instead.frame.minX - $0.maxX < .mm(35)
            }
            XCTAssertFalse(figure.isEmpty, "\(name): no figure left of “Instead:”")
        }
    }

    func testACautionIsALabelledBlockInGreyInEnglishSpanishAndArabic() throws {
        let maker = try SheetMaker()
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (tag, word) in [("en", "Caution"), ("es", "Precaución"), ("ar", "تنبيه")] {
            let file = directory.appendingPathComponent("caution-\(tag).yaml")
            try """
            title: Caution \(tag)
            language: \(tag)
            caution: Do not crack your own back. Only after a proper diagnosis.
            steps:
              - exercise: cat-cow
                name: Cat/cow
            """.write(to: file, atomically: true, encoding: .utf8)
            let routine = try maker.loadRoutine(path: file.path)
            for layout in Self.layouts {
                let label = "\(tag) \(layout)"
                let sheet = try maker.layout(routine, options: SheetOptions(layout: layout))
                let page = try XCTUnwrap(sheet.pages.first)
                let run = try XCTUnwrap(page.textRuns.first { $0.text == word }, "\(label): no “\(word)”")
                let frame = try XCTUnwrap(
                    page.items.compactMap { item -> Rect? in
                        if case .box(let box) = item, box.frame.contains(run.frame), box.stroke != nil {
                            return box.frame
                        }
                        return nil
                    }.first, "\(label): the word is not framed")
                // Grey print: the frame's top and bottom edges and the sign are dark.
                let pdf = directory.appendingPathComponent("\(tag)-\(layout).pdf")
                try XCTUnwrap(try maker.render(sheet, options: SheetOptions(format: .pdf)).first).write(to: pdf)
                let grey = try Greymap(pdf: pdf, directory: directory)
                for y in [frame.minY, frame.maxY] {
                    let xs = stride(from: frame.minX.points + 20, to: frame.maxX.points - 20, by: 4).map { $0 }
                    let dark = xs.filter { x in grey.darkest(x: x, y: y.points, radius: 1) < 110 }.count
                    XCTAssertGreaterThan(Double(dark), Double(xs.count) * 0.95, "\(label): the frame fades in grey")
                }
                let sign = page.items.compactMap { item -> Rect? in
                    if case .shape(let shape) = item, shape.segments.count == 4, frame.contains(shape.frame) {
                        return shape.frame
                    }
                    return nil
                }
                let triangle = try XCTUnwrap(sign.first, "\(label): no warning sign")
                XCTAssertLessThan(
                    grey.darkest(
                        x: (triangle.minX + triangle.width / 2).points, y: triangle.maxY.points - 1.5, radius: 1), 110,
                    "\(label): the sign fades in grey")
                if tag != "ar" {
                    let text = try Tool.run("pdftotext", [pdf.path, "-"]).stdout
                    XCTAssertTrue(text.contains(word), "\(label): \(text)")
                }
            }
        }
    }

    /// Every page but the last at least 70 % full in every layout, on Letter and A4; large print,
    /// whose type is a third bigger, takes up to twice the pages of classic.
    func testFamilyPagesAreFull() throws {
        let maker = try SheetMaker()
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in Self.family {
            let routine = try maker.loadRoutine(path: example(name))
            for layout in ["classic", "cards", "tracker", "compact", "large-print"] {
                for size in ["letter", "a4"] {
                    var options = SheetOptions(format: .pdf, layout: layout)
                    options.pageSize = size
                    let pdf = directory.appendingPathComponent("\(name)-\(layout)-\(size).pdf")
                    try XCTUnwrap(try maker.render(routine, options: options).first).write(to: pdf)
                    let fills = try PageInk.fills(ofPDF: pdf)
                    XCTAssertLessThanOrEqual(
                        fills.count, ["compact": 1, "tracker": 2, "large-print": 6][layout] ?? 3,
                        "\(name) \(layout) \(size)")
                    for (index, fill) in fills.dropLast().enumerated() {
                        XCTAssertGreaterThanOrEqual(
                            fill, 0.7, "\(name) \(layout) \(size) page \(index + 1) of \(fills.count)")
                    }
                }
            }
        }
    }
}

extension FamilyWorksheetTests {
    func testAnUnknownAlternativeIsAnErrorAtItsLineAndItsWordsAreCheckedForGlyphs() throws {
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("alt.yaml")
        try """
        title: T
        steps:
          - name: Child's pose
            alternative: seated-roldown
        """.write(to: file, atomically: true, encoding: .utf8)
        let unknown = try Tool.run(Tool.repsheet, ["validate", file.path])
        XCTAssertEqual(unknown.status, 65)
        XCTAssertTrue(
            unknown.stderr.contains("alt.yaml:4:18: error: unknown exercise \"seated-roldown\""), unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("did you mean `seated-rolldown`?"), unknown.stderr)
        try """
        title: T
        steps:
          - name: Child's pose
            alternative:
              name: Seated rolldown
              reason: "Can't kneel? \u{1F600}"
        """.write(to: file, atomically: true, encoding: .utf8)
        let glyph = try Tool.run(Tool.repsheet, ["validate", file.path])
        XCTAssertEqual(glyph.status, 65)
        XCTAssertTrue(glyph.stderr.contains("the alternative of step 1 has the character U+1F600"), glyph.stderr)
    }

    func testTheGalleryShowsPageOneOfEveryWorksheetAndTheReadmeLinksIt() throws {
        let readme = try String(contentsOf: Tool.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("(docs/gallery.md)"))
        let gallery = try String(
            contentsOf: Tool.packageRoot.appendingPathComponent("docs/gallery.md"), encoding: .utf8)
        let resources = Resources(root: Tool.packageRoot.path)
        XCTAssertGreaterThanOrEqual(resources.exampleNames.count, 8)
        for name in resources.exampleNames {
            XCTAssertTrue(gallery.contains("## \(name)\n"), "\(name) not in the gallery")
            let picture = Tool.packageRoot.appendingPathComponent("docs/gallery/\(name)-1.png")
            XCTAssertTrue(gallery.contains("(gallery/\(name)-1.png)"), name)
            XCTAssertEqual(try Tool.pngSize(picture).height, 660, "\(name): page 1 of a letter sheet at 60 dpi")
        }
    }
}

/// A PDF's first page as a 72 dpi grey image (`pdftoppm -gray`), so a point is a pixel.
private struct Greymap {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    init(pdf: URL, directory: URL) throws {
        let prefix = directory.appendingPathComponent("grey").path
        let result = try Tool.run(
            "pdftoppm", ["-r", "72", "-gray", "-f", "1", "-l", "1", "-singlefile", pdf.path, prefix])
        XCTAssertEqual(result.status, 0, result.stderr)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm")))
        // "P5\nW H\n255\n" then the pixels.
        var fields: [Int] = []
        var index = 2
        while fields.count < 3 {
            while bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            var value = 0
            while bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            fields.append(value)
        }
        width = fields[0]
        height = fields[1]
        pixels = Array(bytes[(index + 1)...])
    }

    /// The darkest grey within `radius` pixels of the point (`x`, `y`), 0 black to 255 white.
    func darkest(x: Double, y: Double, radius: Int) -> Int {
        let cx = Int(x.rounded()), cy = Int(y.rounded())
        var darkest = 255
        for dy in -radius...radius {
            for dx in -radius...radius {
                let px = cx + dx, py = cy + dy
                guard px >= 0, py >= 0, px < width, py < height else { continue }
                darkest = min(darkest, Int(pixels[py * width + px]))
            }
        }
        return darkest
    }
}
