import Foundation
import Routine
import XCTest

@testable import Layout

/// Layout files: inheritance, page sizes, and FILE:LINE:COLUMN diagnostics for bad ones.
final class LayoutFileTests: XCTestCase {
    var directory: URL!
    var library: LayoutLibrary { AllLayoutsTests.library }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func write(_ text: String, _ name: String = "mine.yaml") throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func problems(_ text: String) throws -> String {
        let path = try write(text)
        do {
            _ = try library.load(path)
            XCTFail("expected problems")
            return ""
        } catch {
            return error.description.replacingOccurrences(of: path, with: "mine.yaml")
        }
    }

    func testExtendsInheritsAndOverrides() throws {
        let path = try write(
            "extends: cards\npage: {size: 100mm x 150mm}\ntype: {title: 20pt}\ncolors: {accent: \"#000000\"}\n"
        )
        let definition = try library.load(path)
        XCTAssertEqual(definition.engine, .cards)
        XCTAssertEqual(definition.columns, 2)
        XCTAssertEqual(definition.type.title, .pt(20))
        XCTAssertEqual(definition.type.step, .pt(14), "inherited from cards")
        XCTAssertEqual(definition.colors.accent, .black)
        XCTAssertEqual(definition.colors.tint, Palette().tint, "nested keys merge one by one")
        XCTAssertEqual(definition.pageSize.width.millimetres, 100, accuracy: 0.001)
        XCTAssertEqual(definition.name, "mine")
    }

    func testEveryBuiltInLoads() throws {
        for name in library.names {
            let definition = try library.load(name)
            XCTAssertEqual(definition.name, name)
            XCTAssertFalse(definition.description.isEmpty, name)
        }
        XCTAssertEqual(try library.load("tracker").page.orientation, .landscape)
    }

    func testPaperSizes() {
        XCTAssertEqual(PaperSize.parse("a5")?.width.millimetres ?? 0, 148, accuracy: 0.001)
        XCTAssertEqual(PaperSize.parse("8.5in x 14in")?.height.inches ?? 0, 14, accuracy: 0.001)
        XCTAssertEqual(PaperSize.parse("210 mm x 99 mm")?.height.millimetres ?? 0, 99, accuracy: 0.001)
        XCTAssertNil(PaperSize.parse("huge"))
        XCTAssertNil(PaperSize.parse("0mm x 10mm"))
        XCTAssertEqual(Length(parsing: "\u{00A0}20 MM\t"), .mm(20), "spaces and tabs of every kind are trimmed")
        XCTAssertEqual(Length(parsing: "2\u{2003}cm"), .mm(20))
        XCTAssertNil(Length(parsing: "20\nmm"), "a line break is not a space")
    }

    func testUnknownKeysAndABadValueAreReportedTogether() throws {
        let text = try problems("name: x\npage: {size: b7}\nmargins: {lefty: 3mm}\n")
        XCTAssertEqual(
            text,
            """
            mine.yaml:2:14: error: expected letter, a4, legal, a5 or WIDTH x HEIGHT such as 210mm x 297mm, found "b7"
            mine.yaml:3:11: error: unknown key `lefty` in `margins` (did you mean `left`?)
            """)
    }

    func testUnknownKeysAreAllReportedWithPlacesAndSuggestions() throws {
        let text = try problems(
            "extends: classic\ncolours:\n  accent: \"#000000\"\ntype:\n  titel: 20pt\n  body: 12pt\ncheckbox: {sise: 5mm}\n"
        )
        XCTAssertEqual(
            text,
            """
            mine.yaml:2:1: error: unknown key `colours` in a layout (did you mean `colors`?)
            mine.yaml:5:3: error: unknown key `titel` in `type` (did you mean `title`?)
            mine.yaml:7:12: error: unknown key `sise` in `checkbox` (did you mean `size`?)
            """)
    }

    /// With no key close enough to suggest, the keys the place takes are listed, in the words
    /// every file kind uses (`Messages.unknownKey`).
    func testAnUnknownKeyWithNoSuggestionListsTheKeys() throws {
        XCTAssertEqual(
            try problems("checkbox: {wobble: 1}\n"),
            "mine.yaml:1:12: error: unknown key `wobble` in `checkbox`; `checkbox` takes `gap`, `group`, `group-gap`, "
                + "`label-gap`, `label-width`, `line-width`, `per-row`, `placement`, `radius`, `row-gap` and `size`")
    }

    func testBadValuesPointAtTheValue() throws {
        XCTAssertEqual(
            try problems("page:\n  size: huge\n"),
            "mine.yaml:2:9: error: expected letter, a4, legal, a5 or WIDTH x HEIGHT such as 210mm x 297mm, found \"huge\""
        )
        XCTAssertEqual(
            try problems("engine: poster\n"),
            "mine.yaml:1:9: error: engine must be one of classic, cards, tracker or compact, found \"poster\"")
        XCTAssertEqual(
            try problems("margins:\n  left: wide\n"),
            "mine.yaml:2:9: error: expected a length such as 20mm, 0.5in or 12pt, found \"wide\"")
        XCTAssertEqual(
            try problems("columns: two\n"),
            "mine.yaml:1:10: error: columns must be a whole number from 1 to 4, found \"two\"")
        XCTAssertEqual(
            try problems("checkbox: {size: 2mm}\n"),
            "mine.yaml:1:18: error: checkbox size must be at least 4mm to tick with a pen")
        // A typo for 20mm would set one box a page and spread the sheet over a hundred pages.
        XCTAssertEqual(
            try problems("checkbox: {size: 200mm}\n"),
            "mine.yaml:1:18: error: checkbox size must be at most 25mm: a larger box leaves no room for the step's words"
        )
    }

    /// White ink on white paper printed a sheet of nothing but boxes.
    func testColoursTooFaintToReadAreReportedAtTheirLine() throws {
        XCTAssertEqual(
            try problems("colors:\n  ink: \"#FFFFFF\"\n  checkbox: \"#EEEEEE\"\n"),
            """
            mine.yaml:2:8: error: ink has a contrast of 1.00:1 with the white paper; text in it needs at least 4.5:1 to be seen on paper (WCAG)
            mine.yaml:3:13: error: checkbox has a contrast of 1.16:1 with the white paper; box outlines in it need at least 3:1 to be seen on paper (WCAG)
            """)
        XCTAssertEqual(
            try problems("colors: {tint: \"#000000\"}\n"),
            "mine.yaml:1:16: error: ink has a contrast of 1.21:1 with the tint; text in it needs at least 4.5:1 to be seen on paper (WCAG)"
        )
        XCTAssertNoThrow(try library.load(write("colors: {accent: \"#2E6B3A\", muted: \"#767676\"}\n")))
    }

    func testExtendsProblems() throws {
        XCTAssertEqual(
            try problems("extends: clasic\n"),
            "mine.yaml:1:10: error: `extends: clasic` names no built-in layout; built-in layouts: cards, classic, compact, large-print, tracker (did you mean `classic`?)"
        )
        // The routine's words for a YAML problem: every file kind is read by the same composer.
        XCTAssertEqual(
            try problems("name: [a\n"),
            "mine.yaml:2:1: error: expected `,` or `]` in the list (in the part that starts on line 1)")
        XCTAssertEqual(
            try problems("name: a\nname: b\n"),
            "mine.yaml:2:1: error: `name` is given twice in the same mapping; the first is on line 1; keep one")
        XCTAssertEqual(
            try problems("- a\n- b\n"),
            "mine.yaml:1:1: error: a layout file must be a set of `key: value` lines")
    }

    func testEveryBadValueIsReportedInFileOrder() throws {
        XCTAssertEqual(
            try problems("engine: poster\ncolumns: 9\ncheckbox:\n  size: 2mm\n  per-row: 0\ncolors: {accent: red}\n"),
            """
            mine.yaml:1:9: error: engine must be one of classic, cards, tracker or compact, found "poster"
            mine.yaml:2:10: error: columns must be a whole number from 1 to 4, found 9
            mine.yaml:4:9: error: checkbox size must be at least 4mm to tick with a pen
            mine.yaml:5:12: error: checkbox.per-row must be a whole number from 1 to 20, found 0
            mine.yaml:6:18: error: expected a colour such as "#1D5F73", found "red"
            """)
    }

    func testValuesOfTheWrongKindSayWhatWasExpected() throws {
        XCTAssertEqual(
            try problems("columns: [2]\n"),
            "mine.yaml:1:10: error: columns must be a whole number from 1 to 4, found a list")
        XCTAssertEqual(
            try problems("columns: \"2\"\n"),
            "mine.yaml:1:10: error: columns must be a whole number from 1 to 4, found \"2\"")
        XCTAssertEqual(try problems("name: [a, b]\n"), "mine.yaml:1:7: error: name must be text, found a list")
        XCTAssertEqual(
            try problems("engine: [cards]\n"),
            "mine.yaml:1:9: error: engine must be one of classic, cards, tracker or compact, found a list")
        XCTAssertEqual(
            try problems("margins: {left: [1]}\n"),
            "mine.yaml:1:17: error: expected a length such as 20mm, 0.5in or 12pt, found a list")
        XCTAssertEqual(
            try problems("header: {rule: \"no\"}\n"),
            "mine.yaml:1:16: error: header.rule must be true or false, found \"no\"")
        XCTAssertEqual(
            try problems("margins: {left: .inf}\n"), "mine.yaml:1:17: error: a length must be a finite number")
    }

    func testLengthTablesPointAtTheBadLengthAndLeaveUnknownKeysToTheSchema() throws {
        XCTAssertEqual(
            try problems("spacing:\n  gutter: 3mm\n  panel-gap: -3mm\ntype: {title: }\n"),
            """
            mine.yaml:3:14: error: panel-gap must not be negative, found -8.5pt
            mine.yaml:4:15: error: expected a length such as 20mm, 0.5in or 12pt, found nothing
            """)
        XCTAssertEqual(
            try problems("type: {titel: 20pt}\n"),
            "mine.yaml:1:8: error: unknown key `titel` in `type` (did you mean `title`?)")
    }

    /// A bare number of points was not held to the 10 m that lengths with units are: `1e308`
    /// hung the layout, and negative margins crashed Pango or pushed text off the page.
    func testLengthsAreBoundedAndMarginsCheckboxesAndTypeSizesChecked() throws {
        XCTAssertEqual(
            try problems("margins: {left: -1e308}\ncheckbox: {size: 1e308, gap: 99999in}\n"),
            """
            mine.yaml:1:17: error: margins.left must be at most 10 m (28346pt) either way, found -1e308
            mine.yaml:2:18: error: checkbox.size must be at most 10 m (28346pt) either way, found 1e308
            mine.yaml:2:30: error: checkbox.gap must be at most 10 m (28346pt) either way, found "99999in"
            """)
        XCTAssertEqual(
            try problems(
                "margins: {left: -30mm}\ncheckbox: {radius: -1, label-width: -5mm}\npicture: {icon-width: -1}\n"),
            """
            mine.yaml:1:17: error: margins.left must not be negative, found -85.04pt
            mine.yaml:2:20: error: checkbox.radius must not be negative, found -1pt
            mine.yaml:2:37: error: checkbox.label-width must not be negative, found -14.17pt
            mine.yaml:3:23: error: picture.icon-width must not be negative, found -1pt
            """)
        XCTAssertEqual(
            try problems("type: {body: 0, title: 200pt, small: 5.9pt}\n"),
            """
            mine.yaml:1:14: error: type.body must be from 6pt to 72pt, found 0pt
            mine.yaml:1:24: error: type.title must be from 6pt to 72pt, found 200pt
            mine.yaml:1:38: error: type.small must be from 6pt to 72pt, found 5.9pt
            """)
        let edges = try library.load(try write("type: {body: 6pt, title: 1in}\nmargins: {left: 0}\n"))
        XCTAssertEqual(edges.type.title, .pt(72))
    }

    func testNumbersFlagsAndEmptyValuesAreReadAsBefore() throws {
        let path = try write(
            "extends: cards\ncolumns:\nnotes-lines: 010\nmargins: {left: 1_0, top: \"12\", right: 1e1}\n"
                + "header: {show: no, client: Off}\nfooter: {rule: YES}\npicture: {figures: }\n")
        let definition = try library.load(path)
        XCTAssertEqual(definition.columns, 1, "an empty value is the default, not the parent's 2")
        XCTAssertEqual(definition.notesLines, 8, "YAML 1.1 octal")
        XCTAssertEqual(definition.margins.left, .pt(10))
        XCTAssertEqual(definition.margins.top, .pt(12))
        XCTAssertEqual(definition.margins.right, .pt(10))
        XCTAssertEqual(definition.margins.bottom, .mm(20), "inherited from cards")
        XCTAssertFalse(definition.header.show)
        XCTAssertFalse(definition.header.client)
        XCTAssertTrue(definition.footer.rule)
        XCTAssertNil(definition.picture.figures)
        XCTAssertEqual(definition.picture.placement, .top, "inherited from cards")
    }

    func testYAMLNumbers() {
        XCTAssertEqual(YAMLNumber.whole("0x1F"), 31)
        XCTAssertEqual(YAMLNumber.whole("-0b101"), -5)
        XCTAssertEqual(YAMLNumber.whole("+2"), 2)
        XCTAssertEqual(YAMLNumber.whole("1:30"), 90)
        XCTAssertNil(YAMLNumber.whole("09"))
        XCTAssertNil(YAMLNumber.whole("2.5"))
        XCTAssertNil(YAMLNumber.whole("99999999999:0:0:0:0:0"), "overflow is not a number")
        XCTAssertEqual(YAMLNumber.real("-1:30.5"), -90.5)
        XCTAssertEqual(YAMLNumber.real("1_000.5"), 1000.5)
        XCTAssertEqual(YAMLNumber.real("-.INF"), -.infinity)
        XCTAssertNil(YAMLNumber.real("12mm"))
    }

    func testALayoutFileLeavingNoRoomInsideItsMarginsIsAnErrorAtItsMargins() throws {
        XCTAssertEqual(
            try problems("extends: classic\npage: {size: 40mm x 40mm}\nmargins: {left: 18mm, right: 18mm}\n"),
            "mine.yaml:2:1: error: the page size 40 mm x 40 mm leaves only 4 mm x 0 mm inside the margins of the "
                + "mine layout; a sheet needs at least 55 mm each way (a6, 105mm x 148mm, or larger)")
    }

    func testAPartLongerThanThePageIsAnErrorAtItsValue() throws {
        XCTAssertEqual(
            try problems("extends: classic\nspacing:\n  step-padding: 28000\n"),
            "mine.yaml:3:17: error: `spacing.step-padding` is 9878 mm, longer than the page itself (279 mm); "
                + "lengths without a unit are points")
        XCTAssertEqual(
            try problems("extends: cards\ncheckbox: {row-gap: 400mm}\n"),
            "mine.yaml:2:21: error: `checkbox.row-gap` is 400 mm, longer than the page itself (279 mm); "
                + "lengths without a unit are points")
        XCTAssertNoThrow(try library.load(try write("extends: classic\nspacing: {step-padding: 20mm}\n")))
    }
}
