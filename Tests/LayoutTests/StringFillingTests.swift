import Foundation
import XCTest

@testable import Layout

/// Label placeholders are filled by a byte scan that must give Foundation's result.
final class StringFillingTests: XCTestCase {
    func testEveryPlaceholderIsFilledAndOtherTextKept() {
        XCTAssertEqual("{n} s".filling("{n}", with: "30"), "30 s")
        XCTAssertEqual("Página {n} de {total}".filling("{n}", with: "2"), "Página 2 de {total}")
        XCTAssertEqual("{n}{n} – {n}".filling("{n}", with: "7"), "77 – 7")
        XCTAssertEqual("第{n}周".filling("{n}", with: "3"), "第3周")
        XCTAssertEqual("no placeholder".filling("{n}", with: "1"), "no placeholder")
        XCTAssertEqual("{n".filling("{n}", with: "1"), "{n")
        XCTAssertEqual("".filling("{n}", with: "1"), "")
    }

    func testTheResultIsFoundationsOnManyTexts() {
        let pieces = ["{n}", "{", "}", "n", "é", "e\u{301}", "{total}", " ", "週", "🙂", "{n", "n}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            for placeholder in ["{n}", "{total}"] {
                XCTAssertEqual(
                    text.filling(placeholder, with: "42"),
                    text.replacingOccurrences(of: placeholder, with: "42"), "\(text)")
            }
        }
    }
}
