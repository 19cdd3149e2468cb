import Layout
import Routine
import XCTest

/// String tables, label overrides and the right-to-left mirror pass.
final class LanguageLayoutTests: XCTestCase {
    func testTablesExistForTheRequiredLanguages() throws {
        for tag in ["en", "es", "fr", "de", "pt", "zh", "ar", "es-MX", "zh-Hans"] {
            XCTAssertNotNil(SheetLabels(language: tag), tag)
        }
        XCTAssertNil(SheetLabels(language: "xx"))
        let spanish = try XCTUnwrap(SheetLabels(language: "es"))
        XCTAssertEqual(spanish.page(2, of: 3), "Página 2 de 3")
        XCTAssertEqual(spanish.weekdays.count, 7)
        XCTAssertEqual(try XCTUnwrap(SheetLabels(language: "zh")).duration(90), "1 分钟 30 秒")
        for tag in SheetLabels.languages {
            XCTAssertEqual(try XCTUnwrap(SheetLabels(language: tag)).weekdays.count, 7, tag)
        }
    }

    /// "20 steps" printed "20 steps · 2 veces" on a Spanish sheet; the units that are symbols stay.
    func testTheDistanceUnitStepsIsInTheSheetsLanguage() throws {
        var dose = Dose(reps: 2)
        dose.distance = Distance(amount: 20, unit: "steps")
        let expected = [
            "en": "20 steps · 2 times", "es": "20 pasos · 2 veces", "de": "20 Schritte · 2 Mal", "ja": "20 歩 · 2 回",
            "zh-Hant": "20 步 · 2 次",
        ]
        for (tag, words) in expected {
            XCTAssertEqual(try XCTUnwrap(SheetLabels(language: tag)).timedParts(dose).joined(separator: " · "), words)
        }
        for tag in SheetLabels.languages {
            let labels = try XCTUnwrap(SheetLabels(language: tag))
            XCTAssertEqual(labels.distance(Distance(amount: 1.5, unit: "km")), "1.5 km", tag)
            if tag != "en" { XCTAssertNotEqual(labels.stepsUnit, "steps", tag) }
        }
    }

    func testOverridesReplaceSingleWordsAndReportUnknownNames() {
        let result = SheetLabels().applying(["hold": "Keep", "weekdays": "L M X J V S D", "bogus": "x"])
        XCTAssertEqual(result.labels.hold, "Keep")
        XCTAssertEqual(result.labels.weekdays.first, "L")
        XCTAssertEqual(result.unknown, ["bogus"])
        for name in SheetLabels.names { XCTAssertNotNil(SheetLabels().text(named: name), name) }
    }

    /// A placeholder the sheet does not fill in would print as "{x}"; a number label without its
    /// `{n}` would print "sec" where "30 sec" was meant.
    func testOverridesKeepTheirNumbersAndRefusePlaceholdersTheSheetCannotFill() {
        let result = SheetLabels().applying([
            "page-of": "Page {x} of {totl}", "stage-of": "Stage", "hold": "Keep {n}", "seconds": "sec",
            "set-number": "Round", "week-number": "Semana {n}", "minutes": "{n}′", "caution": "Careful {",
        ])
        XCTAssertEqual(result.labels.page(2, of: 3), "Page 2 of 3")
        XCTAssertEqual(result.labels.stageOf, "Stage {n} of {total}")
        XCTAssertEqual(result.labels.hold, "Hold")
        XCTAssertEqual(result.labels.duration(90), "1′ 30 sec")
        XCTAssertEqual(result.labels.set(2), "Round\u{00A0}2")
        XCTAssertEqual(result.labels.weekNumber, "Semana {n}")
        XCTAssertEqual(result.labels.caution, "Careful {")
        XCTAssertEqual(
            result.refused.map(\.description),
            [
                "labels: hold \"Keep {n}\" has {n}, which the sheet does not fill in; hold has no placeholders; "
                    + "it was ignored",
                "labels: page-of \"Page {x} of {totl}\" has {x} and {totl}, which the sheet does not fill in; "
                    + "page-of may use {n} and {total}; it was ignored",
                "labels: stage-of \"Stage\" needs {n} and {total} (such as \"Stage {n} of {total}\"); it was ignored",
            ])
        XCTAssertEqual(result.unknown, [])
    }

    func testRightToLeftLanguages() {
        for tag in ["ar", "he", "fa", "ur", "ar-EG"] { XCTAssertTrue(SheetLabels.isRightToLeft(tag), tag) }
        for tag in ["en", "es", "zh"] { XCTAssertFalse(SheetLabels.isRightToLeft(tag), tag) }
    }

    func testMirrorReflectsFramesButNotContents() throws {
        let font = FontSpec(family: "F", size: .pt(10))
        let run = TextRun(text: "abc", font: font, color: .black, origin: Point(x: .pt(10), y: .pt(50)), width: .pt(30))
        let box = Checkbox(
            frame: Rect(x: .pt(100), y: .pt(10), width: .pt(20), height: .pt(20)), stroke: .black, lineWidth: .pt(1),
            cornerRadius: .zero)
        let shape = Shape(
            segments: [.move(Point(x: .pt(0), y: .pt(0))), .line(Point(x: .pt(10), y: .pt(5)))], stroke: .black,
            lineWidth: .zero)
        let page = Page(
            size: Size(width: .pt(200), height: .pt(100)), items: [.text(run), .checkbox(box), .shape(shape)])
        let mirrored = page.mirroredForRightToLeft()
        guard case .text(let text) = mirrored.items[0], case .checkbox(let checkbox) = mirrored.items[1],
            case .shape(let moved) = mirrored.items[2]
        else { return XCTFail("items changed kind") }
        XCTAssertEqual(text.origin.x, .pt(160))
        // "abc" has only left-to-right letters: it keeps its direction in a right-to-left sheet.
        XCTAssertEqual(text.direction, .leftToRight)
        XCTAssertEqual(checkbox.frame.minX, .pt(80))
        XCTAssertEqual(moved.frame.minX, .pt(190))
        // Moved, not flipped: the line still goes down to the right.
        XCTAssertEqual(moved.segments.last, .line(Point(x: .pt(200), y: .pt(5))))
    }

    /// A right-to-left sheet draws its lines right to left, but a line of only Latin letters
    /// (an English instruction, a web address) left to right, so its full stop stays at its end.
    func testLinesOfARightToLeftSheetTakeTheirLettersDirection() {
        XCTAssertEqual(TextDirection.ofLine("استلق على ظهرك."), .rightToLeft)
        XCTAssertEqual(TextDirection.ofLine("שכבו על הגב."), .rightToLeft)
        XCTAssertEqual(TextDirection.ofLine("Theraband استلق"), .rightToLeft)
        XCTAssertEqual(TextDirection.ofLine("3 × 10"), .rightToLeft)
        XCTAssertEqual(TextDirection.ofLine("Lie on your back and breathe slowly."), .leftToRight)
        XCTAssertEqual(TextDirection.ofLine("https://youtu.be/abc"), .leftToRight)
    }

    func testQRCodeShapeHasOneRectanglePerRunOfDarkModules() throws {
        let code = try XCTUnwrap(QRCode(size: 3, modules: [true, true, false, false, false, false, true, false, true]))
        let shape = code.shape(origin: Point(x: .zero, y: .zero), side: .pt(30), color: .black)
        XCTAssertEqual(shape.segments.filter { $0 == .close }.count, 3)
        XCTAssertEqual(shape.frame, Rect(x: .zero, y: .zero, width: .pt(30), height: .pt(30)))
    }
}
