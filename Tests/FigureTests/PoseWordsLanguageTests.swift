import Layout
import XCTest

@testable import Figures

/// A figure's pose is described for a screen reader in the sheet's language: each table of
/// sheet words with pose words finds its own, Traditional Chinese its Traditional ones.
final class PoseWordsLanguageTests: XCTestCase {
    func testTheLanguagesWithPoseWordsFindThem() throws {
        // Japanese and Hebrew have no pose words yet: their figures are described in none.
        for tag in SheetLabels.languages where !["ja", "he"].contains(tag) {
            XCTAssertNotNil(PoseWords.matching(try XCTUnwrap(SheetLabels(language: tag))), tag)
        }
    }

    func testTraditionalChineseSheetsGetTraditionalPoseWords() throws {
        for tag in ["zh-Hant", "zh-TW", "zh-HK", "zh-MO"] {
            let words = try XCTUnwrap(PoseWords.matching(try XCTUnwrap(SheetLabels(language: tag))), tag)
            XCTAssertEqual([words.lyingOnBack, words.lyingOnSide, words.bothSides], ["仰臥", "側臥", "顯示左右兩側"], tag)
            XCTAssertEqual(words.parts.count, 14, tag)
        }
        let simplified = try XCTUnwrap(PoseWords.matching(try XCTUnwrap(SheetLabels(language: "zh-CN"))))
        XCTAssertEqual([simplified.lyingOnBack, simplified.lyingOnSide], ["仰卧", "侧卧"])
    }
}
