import Foundation
import Routine
import XCTest

@testable import Layout

/// The compact sheet in the display list: each step's instructions in the small type, doses that
/// break only between parts with numbers tied to their words, and the video strip with links.
final class CompactSheetTests: XCTestCase {
    let library = AllLayoutsTests.library

    func example(_ name: String) throws -> Routine {
        try RoutineLoader.load(path: AllLayoutsTests.root.appendingPathComponent("examples/\(name)").path)
    }

    func layout(
        _ routine: Routine, layout: String = "compact", size: String = "letter", labels: SheetLabels = SheetLabels(),
        qrCodes: (any QRCodeMaker)? = nil
    ) throws -> Sheet {
        var definition = try library.load(layout)
        definition.page.size = try XCTUnwrap(PaperSize.named(size) ?? PaperSize.parse(size))
        return SheetLayout(definition: definition, measurer: FixedWidthMeasurer(), labels: labels, qrCodes: qrCodes)
            .layout(routine)
    }

    func testEveryInstructionIsOnTheOnePageInTheSmallType() throws {
        let routine = try example("back-stretches.yaml")
        for size in ["letter", "a4"] {
            let sheet = try layout(routine, size: size)
            XCTAssertEqual(sheet.pages.count, 1, size)
            let text = SheetChecks.allText(sheet)
            for step in routine.allSteps {
                guard case .paragraph(let words) = try XCTUnwrap(step.instructions) else { continue }
                XCTAssertTrue(text.contains(Self.normalized(words)), "\(size): \(step.name)'s instructions")
            }
            let runs = sheet.pages[0].textRuns
            let name = try XCTUnwrap(runs.first { $0.text == "Pelvic tilts" })
            let instruction = try XCTUnwrap(runs.first { $0.text.hasPrefix("Lie on your back with knees bent.") })
            XCTAssertLessThan(instruction.font.size, name.font.size, size)
            XCTAssertEqual(instruction.font.weight, .regular)
        }
    }

    /// A routine too long for one page even in the smallest type keeps a larger type on as few
    /// pages as the smallest would take, so its pages are full rather than its last nearly empty.
    func testASheetTooLongForOnePageTakesFewPagesAtTheLargestSizeThatNeedsNoMore() throws {
        let steps = (1...30).map {
            Step(
                name: "Step \($0)",
                instructions: .paragraph("Keep your back straight and breathe out as you lift; lower slowly."),
                dose: Dose(reps: 12, sets: 2, sides: .each))
        }
        let routine = Routine(title: "Long program", sections: [Section(title: nil, steps: steps)])
        let definition = try library.load("compact")
        let fit = CompactFitter(definition: definition, measurer: FixedWidthMeasurer(), labels: SheetLabels()).fit(
            routine)
        XCTAssertEqual(fit.warnings.count, 1, "it does not fit one page")
        let smallest = definition.scaled(by: CompactFitter.tightestSpacing)
        let body = fit.definition.type.body
        XCTAssertGreaterThan(body, smallest.type.body, "larger than the smallest type")
        let sheet = try layout(routine)
        let smallestSheet = SheetLayout(definition: smallest, measurer: FixedWidthMeasurer()).layout(routine)
        XCTAssertLessThanOrEqual(sheet.pages.count, smallestSheet.pages.count + 1)
        let frame = ContentFrame(definition: fit.definition)
        for (index, page) in sheet.pages.dropLast().enumerated() {
            let bottoms = page.items.map { (item: PageItem) in item.frame.maxY }
            let bottom = bottoms.filter { $0 <= frame.content.maxY + .pt(0.5) }.max() ?? .zero
            let fill = (bottom - frame.content.minY).points / frame.content.height.points
            XCTAssertGreaterThanOrEqual(fill, 0.7, "page \(index + 1)")
        }
    }

    /// Sets of 12 and 15 reps each on one row of boxes, their rows as wide as they need, rather
    /// than a tower of half rows in the narrow Done column; and on fewer pages than the tower.
    func testSetsTooLongForTheDoneColumnGetOneRowEach() throws {
        let steps = (1...12).map {
            Step(
                name: "Step \($0)", instructions: .paragraph("Lift slowly and lower slowly."),
                dose: Dose(reps: $0.isMultiple(of: 2) ? 12 : 15, sets: 3, sides: $0.isMultiple(of: 3) ? .each : .none))
        }
        let routine = Routine(title: "Strength", sections: [Section(title: nil, steps: steps)])
        let sheet = try layout(routine)
        for page in sheet.pages {
            var rows: [Int: Int] = [:]
            for item in page.items {
                if case .checkbox(let box) = item { rows[Int((box.frame.minY.points * 10).rounded()), default: 0] += 1 }
            }
            for (y, count) in rows { XCTAssertTrue([12, 15].contains(count), "a row of \(count) boxes at \(y)") }
        }
        var definition = try library.load("compact")
        definition.page.size = try XCTUnwrap(PaperSize.named("letter"))
        let composer = BlockComposer(
            definition: definition, frame: ContentFrame(definition: definition),
            setter: TextSetter(measurer: FixedWidthMeasurer()), labels: SheetLabels(), qrCodes: EstimatedQRCodes())
        var towers = CompactComposer(composer: composer, language: "en")
        towers.widensBoxes = false
        let widened = CompactComposer(composer: composer, language: "en")
        func height(_ table: CompactComposer) -> Length { table.blocks(for: routine).reduce(.zero) { $0 + $1.height } }
        XCTAssertLessThan(height(widened).points, height(towers).points * 0.8)
    }

    /// A short routine's compact page gets Notes lines filling what the table leaves; a sheet
    /// whose page is full gets none rather than a second page.
    func testNotesLinesFillWhatTheCompactPageLeavesButNeverAddAPage() throws {
        let short = Routine(
            title: "Ankle", sections: [Section(title: nil, steps: [Step(name: "Ankle circles", dose: Dose(reps: 10))])])
        let sheet = try layout(short)
        XCTAssertEqual(sheet.pages.count, 1)
        let runs = sheet.pages[0].textRuns
        let notes = try XCTUnwrap(runs.first { $0.text == SheetLabels().notes }, "a Notes heading")
        let rules = sheet.pages[0].items.compactMap { item -> Rule? in
            if case .rule(let rule) = item, rule.from.y == rule.to.y, rule.from.y > notes.frame.maxY { return rule }
            return nil
        }
        XCTAssertGreaterThan(rules.count, 10, "writing lines down the page")
        let definition = try library.load("compact")
        let lowest = try XCTUnwrap(rules.map(\.from.y).max())
        XCTAssertGreaterThan(lowest, definition.pageSize.height - definition.margins.bottom - .mm(15))
        // Back-stretches fills its one page: still one page.
        let full = try layout(try example("back-stretches.yaml"))
        XCTAssertEqual(full.pages.count, 1)
    }

    func testNumberedInstructionsAreNumbered() throws {
        let routine = Routine(
            title: "Numbered",
            sections: [
                Section(title: nil, steps: [Step(name: "Bridge", instructions: .numbered(["Lie down", "Lift"]))])
            ]
        )
        let texts = try layout(routine).pages[0].textRuns.map(\.text)
        for expected in ["1.", "2.", "Lie down", "Lift"] { XCTAssertTrue(texts.contains(expected), expected) }
    }

    func testADoseNeverEndsALineOnTheDotNorSplitsANumberFromItsWord() throws {
        let dose = Dose(
            hold: TimeSpan(seconds: 90), reps: 12, sets: 3, sides: .each, rest: TimeSpan(seconds: 60))
        for language in ["en", "es", "de", "ar", "he", "ja"] {
            let labels = try XCTUnwrap(SheetLabels(language: language))
            let routine = Routine(
                title: "Dose", language: language,
                sections: [Section(title: nil, steps: [Step(name: "Bridge", dose: dose)])])
            for size in ["letter", "5.5in x 8.5in"] {
                let sheet = try layout(routine, size: size, labels: labels)
                let lines = DoseLine(labels: labels).tiedParts(dose)
                let runs = sheet.pages[0].textRuns.filter { run in
                    lines.contains { $0.contains(run.text) || run.text.contains($0) }
                        || run.text.contains(" · ")
                }
                XCTAssertGreaterThan(runs.count, 1, "\(language) \(size): the dose wraps")
                for run in runs {
                    let text = run.text.trimmingCharacters(in: .whitespaces)
                    XCTAssertFalse(text.hasSuffix("·"), "\(language) \(size): \(text)")
                    XCTAssertFalse(text.hasPrefix("·"), "\(language) \(size): \(text)")
                    XCTAssertFalse(text.last?.isNumber ?? false, "\(language) \(size): a number ends \(text)")
                }
            }
        }
        let arabic = try XCTUnwrap(SheetLabels(language: "ar"))
        XCTAssertEqual(DoseLine(labels: arabic).tiedParts(Dose(reps: 3))[0], "3\u{00A0}تكرارات")
        XCTAssertEqual(
            DoseLine(labels: SheetLabels()).tiedParts(Dose(hold: TimeSpan(seconds: 90), reps: 3))[0],
            "Hold 1\u{00A0}min\u{00A0}30\u{00A0}s")
        XCTAssertEqual(DoseLine(labels: SheetLabels()).parts(Dose(reps: 3)), ["3 reps"], "other layouts keep spaces")
    }

    func testVideosAreGatheredInANumberedStripAndTheNamesAreLinks() throws {
        let routine = try example("back-stretches-pictures.yaml")
        let videos = routine.allSteps.compactMap(\.video)
        XCTAssertGreaterThan(videos.count, 1)
        for name in ["compact", "tracker"] {
            for size in ["letter", "a4"] {
                let sheet = try layout(routine, layout: name, size: size, qrCodes: BlankQRCodes())
                let label = "\(name) \(size)"
                let items = sheet.pages.flatMap(\.items)
                let links = items.compactMap { if case .link(let link) = $0 { link } else { nil } }
                let codes = items.filter { if case .shape = $0 { true } else { false } }
                XCTAssertEqual(codes.count, videos.count, label)
                for url in videos {
                    // The code, the name beside it, and the step's name in its row.
                    XCTAssertGreaterThanOrEqual(links.filter { $0.url == url }.count, 3, "\(label): \(url)")
                }
                let runs = sheet.pages.flatMap(\.textRuns)
                for (number, step) in routine.allSteps.enumerated() where step.video != nil {
                    let names = runs.filter { step.name.hasPrefix($0.text) }
                    XCTAssertGreaterThanOrEqual(names.count, 2, "\(label): \(step.name) in its row and in the strip")
                    XCTAssertTrue(runs.contains { $0.text == String(number + 1) } || name == "compact", label)
                }
                XCTAssertTrue(runs.contains { $0.text.hasPrefix("Scan") }, label)
                if name == "compact" { XCTAssertEqual(sheet.pages.count, 1, label) }
                let definition = try library.load(name)
                SheetChecks.assertNoTextOverlaps(sheet, label: label)
                var sized = definition
                sized.page.size = try XCTUnwrap(PaperSize.named(size) ?? PaperSize.parse(size))
                SheetChecks.assertInsideMargins(sheet, sized, label: label)
            }
        }
    }

    func testCompactReservesTheStripsRoomWhileFitting() throws {
        // Enough steps that the sheet is shrunk: the strip must still fit the one page.
        let steps = (1...9).map {
            Step(
                name: "Step \($0)", instructions: .paragraph("Move slowly and breathe out."), dose: Dose(reps: 5),
                video: "https://www.example.org/videos/step-\($0)")
        }
        let routine = Routine(title: "Videos", sections: [Section(title: nil, steps: steps)])
        let sheet = try layout(routine, qrCodes: BlankQRCodes())
        XCTAssertEqual(sheet.pages.count, 1)
        XCTAssertTrue(sheet.warnings.isEmpty, "\(sheet.warnings)")
        let codes = sheet.pages[0].items.filter { if case .shape = $0 { true } else { false } }
        XCTAssertEqual(codes.count, 9)
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// A QR maker for layout tests: a code with one dark module, of the size the real encoder picks.
struct BlankQRCodes: QRCodeMaker {
    func qrCode(for text: String) -> QRCode? {
        guard let blank = EstimatedQRCodes().qrCode(for: text) else { return nil }
        var modules = blank.modules
        modules[0] = true
        return QRCode(size: blank.size, modules: modules)
    }
}
