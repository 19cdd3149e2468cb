import XCTest

@testable import Render
@testable import RepSheet

/// The quick character-map check before shaping, and what it remembers between sheets.
final class FontCoverageTests: XCTestCase {
    func testCoverageIsRememberedButNeverForACharacterNoFontHas() throws {
        let fonts = try FontLibrary(directory: Resources(root: Tool.packageRoot.path).fontsDirectory)
        XCTAssertTrue(fonts.covers(["Pelvic tilts\t· 10 reps", "Hold 5 s"]))
        // Known now: the same words again, and spaces, need no character map.
        XCTAssertTrue(fonts.coveredCharacters.containsASCII("Pelvic tilts"))
        XCTAssertTrue(fonts.coveredCharacters.containsASCII(" \t"))
        XCTAssertFalse(fonts.coveredCharacters.containsASCII("Zebra"), "Z and b were never looked up")
        XCTAssertTrue(fonts.covers(["Pelvic tilts"]))
        // A character no bundled font has (a Linear B syllable) is never taken as known.
        for _ in 0..<2 {
            XCTAssertFalse(fonts.covers(["Pelvic tilts \u{10000}"]))
            XCTAssertFalse(fonts.coveredCharacters.contains("\u{10000}"))
        }
        XCTAssertTrue(fonts.covers(["Ünïcödé — ok"]))
        XCTAssertTrue(fonts.coveredCharacters.contains("ö"))
    }
}
