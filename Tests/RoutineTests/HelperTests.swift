import XCTest

@testable import Routine

/// "Did you mean" suggestions, JSON grammar and picture checks.
final class HelperTests: XCTestCase {
    func testSuggestsCloseKeysOnly() {
        let keys = NodeReader.stepKeys
        XCTAssertEqual(KeySuggestion.closest(to: "hodl", among: keys), "hold")
        XCTAssertEqual(KeySuggestion.closest(to: "rep", among: keys), "reps")
        XCTAssertEqual(KeySuggestion.closest(to: "Reps", among: keys), "reps")
        XCTAssertEqual(KeySuggestion.closest(to: "instruction", among: keys), "instructions")
        XCTAssertEqual(KeySuggestion.closest(to: "side", among: keys), "sides")
        XCTAssertNil(KeySuggestion.closest(to: "colour", among: keys))
        XCTAssertNil(KeySuggestion.closest(to: "x", among: keys))
        XCTAssertEqual(KeySuggestion.editDistance("hodl", "hold"), 1)
        XCTAssertEqual(KeySuggestion.editDistance("", "abc"), 3)
    }

    func testJSONChecker() {
        XCTAssertNil(
            JSONSyntaxChecker.firstError(
                in: Array(#"{"a": [1, -2.5e3, true, false, null, "\u00e9\n", {}, []]}"#.utf8)))
        XCTAssertEqual(JSONSyntaxChecker.firstError(in: Array(#"{"a": 1,}"#.utf8))?.offset, 7)
        XCTAssertEqual(
            JSONSyntaxChecker.firstError(in: Array("[1, 2 ,\n ]".utf8))?.message,
            "a trailing comma before `]`; JSON allows no `,` after the last item")
        XCTAssertEqual(JSONSyntaxChecker.firstError(in: Array(#"{"a": 01}"#.utf8))?.offset, 7)
        XCTAssertEqual(JSONSyntaxChecker.firstError(in: Array(#"{"a": "x}"#.utf8))?.offset, 6)
        XCTAssertEqual(JSONSyntaxChecker.firstError(in: Array(#"[1] 2"#.utf8))?.offset, 4)
        XCTAssertNotNil(
            JSONSyntaxChecker.firstError(in: Array(String(repeating: "[", count: 100_000).utf8)))
    }

    func testPictureMagicBytes() {
        XCTAssertTrue(ImageFile.isPicture([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]))
        XCTAssertTrue(ImageFile.isPicture([0xFF, 0xD8, 0xFF, 0xE0]))
        XCTAssertTrue(ImageFile.isPicture(Array("<svg xmlns='http://www.w3.org/2000/svg'/>".utf8)))
        XCTAssertTrue(ImageFile.isPicture(Array("<?xml version='1.0'?>\n<!-- x -->\n<svg/>".utf8)))
        XCTAssertFalse(ImageFile.isPicture(Array("GIF89a".utf8)))
        XCTAssertFalse(ImageFile.isPicture(Array("<html><svg/></html>".utf8)))
        XCTAssertEqual(
            ImageFile.check(path: FixturePaths.images.appendingPathComponent("photo.jpg").path), .ok)
        XCTAssertEqual(
            ImageFile.check(path: FixturePaths.images.appendingPathComponent("notes.txt").path),
            .wrongType)
        XCTAssertEqual(ImageFile.check(path: "/nonexistent.png"), .missing)
    }

    func testNestingScannerAllowsOrdinaryFiles() {
        let pretty = """
            {
              "sections": [
                {
                  "steps": [
                    {
                      "instructions": [
                        "a"
                      ]
                    }
                  ]
                }
              ]
            }
            """
        XCTAssertNil(NestingScanner.firstOffsetTooDeep(in: Array(pretty.utf8)))
        XCTAssertNil(NestingScanner.firstOffsetTooDeep(in: Array(RoutineTemplate.yaml.utf8)))
        XCTAssertNotNil(
            NestingScanner.firstOffsetTooDeep(in: Array(String(repeating: "- ", count: 60).utf8)))
    }
}
