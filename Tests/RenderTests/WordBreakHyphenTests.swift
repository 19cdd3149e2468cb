import Layout
import RepSheet
import XCTest

@testable import Render

/// A word too long for its line is broken with a hyphen, which the line drawn on its own keeps;
/// lines broken between words, and scripts that do not space their words, get none.
final class WordBreakHyphenTests: XCTestCase {
    func testALineBrokenInsideAWordEndsWithAHyphen() {
        XCTAssertEqual(
            PangoText.hyphenated(["Brustwirbelsäulenstreckun", "g über die Stuhllehne"]),
            ["Brustwirbelsäulenstreckun-", "g über die Stuhllehne"])
    }

    func testALineBrokenAtASpaceHasNoHyphenAndLosesTheSpace() {
        XCTAssertEqual(PangoText.hyphenated(["Sitzen Sie ohne ", "den Kopf"]), ["Sitzen Sie ohne", "den Kopf"])
    }

    func testChineseAndArabicLinesGetNoHyphen() {
        XCTAssertEqual(PangoText.hyphenated(["仰卧，双膝弯曲", "收紧腹部"]), ["仰卧，双膝弯曲", "收紧腹部"])
        XCTAssertEqual(PangoText.hyphenated(["استلق على ظهرك", "واثن ركبتيك"]), ["استلق على ظهرك", "واثن ركبتيك"])
    }

    /// A line break written in the text (a `|` block, a client's name on two lines) ends a
    /// line between words: no hyphen, in a paragraph that fits its width or one that wraps.
    func testALineBreakInTheTextGetsNoHyphen() throws {
        let measurer = try SheetMaker().measurer
        let font = FontSpec(family: "Atkinson Hyperlegible", size: .pt(10))
        XCTAssertEqual(
            measurer.lines(of: "First line of instructions\nsecond line\u{2028}third", font: font, maxWidth: .mm(120)),
            ["First line of instructions", "second line", "third"])
        let wrapped = measurer.lines(
            of: "Brustwirbelsäulenstreckung\nüber die Stuhllehne", font: font, maxWidth: .mm(25))
        XCTAssertTrue(wrapped[0].hasSuffix("-"), "\(wrapped)")
        XCTAssertEqual(wrapped.filter { $0.hasSuffix("-") }.count, 1, "\(wrapped)")
        XCTAssertTrue(wrapped.contains("über die"), "\(wrapped)")
    }

    /// Korean breaks between its spaced words, never between the syllables of one ("쉬세 / 요.").
    func testKoreanBreaksOnlyBetweenWords() throws {
        let measurer = try SheetMaker().measurer
        let font = FontSpec(family: "Atkinson Hyperlegible", size: .pt(12))
        let text = "튼튼한 의자나 식탁 옆에서 운동하세요. 천천히 숨을 쉬세요. 무릎을 천천히 펴고 다시 내리세요."
        let words = Set(text.split(separator: " ").map(String.init))
        for millimetres in stride(from: 30.0, through: 90.0, by: 7.5) {
            let lines = measurer.lines(of: text, font: font, maxWidth: .mm(millimetres))
            XCTAssertGreaterThan(lines.count, 1, "\(millimetres) mm")
            for line in lines {
                for word in line.split(separator: " ") {
                    XCTAssertTrue(words.contains(String(word)), "\(millimetres) mm: \(word) in \(lines)")
                }
            }
        }
        XCTAssertEqual(PangoText.hangulWords(in: Array("ab 쉬세요. 가".utf8)), [3..<12])
    }

    func testPangoBreaksANarrowWordWithAHyphenThatFits() throws {
        let measurer = try SheetMaker().measurer
        let font = FontSpec(family: "Atkinson Hyperlegible", size: .pt(10), weight: .bold)
        let width = Length.mm(30)
        let lines = measurer.lines(of: "Brustwirbelsäulenstreckung über die Stuhllehne", font: font, maxWidth: width)
        XCTAssertGreaterThan(lines.count, 1)
        XCTAssertTrue(lines[0].hasSuffix("-"), "\(lines)")
        for line in lines {
            XCTAssertLessThanOrEqual(measurer.width(of: line, font: font).points, width.points + 0.5, line)
        }
    }
}
