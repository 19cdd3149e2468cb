import Routine
import XCTest

/// Text values are kept whole or refused, never cut; holds are whole seconds however small the fraction.
final class ContainedTextTests: XCTestCase {
    func testTinyFractionsOfASecondAreRefusedLikeHalfASecond() {
        for text in ["0.5 s", "0.0000001 s", "0.0000001", "30.00001 s", "0.000001 min"] {
            XCTAssertNil(TimeSpan(parsing: text), text)
        }
        // Binary rounding of a written whole number of seconds is still whole.
        XCTAssertEqual(TimeSpan(parsing: "0.1 min")?.seconds, 6)
        XCTAssertEqual(TimeSpan(parsing: "0.7 min")?.seconds, 42)
        XCTAssertEqual(TimeSpan(parsing: "0.0 s")?.seconds, 0)
    }

    func testControlCharactersInTextAreRefusedNotTruncated() {
        let cases: [(String, String)] = [
            (
                "title: \"A\\0B\"\nsteps:\n  - name: A\n",
                "t.yaml:1:8: error: title must not contain control characters, found U+0000"
            ),
            (
                "title: T\nsteps:\n  - name: \"\\e]0;pwned\\a\"\n",
                "t.yaml:3:11: error: name must not contain control characters, found U+001B"
            ),
            (
                "title: T\nsteps:\n  - name: \"A\\x85B\"\n",
                "t.yaml:3:11: error: name must not contain control characters, found U+0085"
            ),
            // Only invisible characters: nothing to print.
            (
                "title: T\nsteps:\n  - name: \"\\u200B\\u2060\"\n",
                "t.yaml:3:11: error: name must be the exercise's name, found"
            ),
            (
                "title: T\ndate: 0000-01-01\nsteps:\n  - name: A\n",
                "t.yaml:2:7: error: date 0000-01-01 does not exist; years are numbered from 0001"
            ),
            // Invisible, and turns "Bridge" into "egdirB" on paper.
            (
                "title: \"Back \\u202Eegdirb\"\nsteps:\n  - name: A\n",
                "t.yaml:1:8: error: title must not contain a direction override (U+202E), which prints the words "
                    + "after it backwards; remove it"
            ),
            (
                "title: T\nsteps:\n  - name: A\n    notes: \"x\u{202D}y\"\n",
                "t.yaml:4:12: error: notes must not contain a direction override (U+202D)"
            ),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try RoutineLoader.load(text: text, fileName: "t.yaml", baseDirectory: nil)) { error in
                XCTAssertTrue((error as? RoutineError)?.description.hasPrefix(expected) ?? false, "\(error)")
            }
        }
        // Tabs and line breaks are text, and so are the marks and isolates right-to-left text uses.
        let fine =
            "title: T\nsteps:\n  - name: A\n    notes: \"one\\ttwo\\nthree\"\n    instructions: \"\u{200F}א\u{2067}12\u{2069}\"\n"
        XCTAssertEqual(
            try RoutineLoader.load(text: fine, fileName: "t.yaml", baseDirectory: nil).allSteps[0].notes,
            "one\ttwo\nthree")
    }

    func testEscapingWritesControlCharactersAsCodes() {
        XCTAssertEqual(TextEscaping.escaped("a\u{1B}]0;x\u{07}b\u{0}c\u{9B}"), "a\\u{1B}]0;x\\u{7}b\\u{0}c\\u{9B}")
        XCTAssertEqual(TextEscaping.escaped("line\nnext\ttab", keepLineBreaks: true), "line\nnext\ttab")
        XCTAssertEqual(TextEscaping.escaped("ab\u{202E}cd"), "ab\\u{202E}cd")
        XCTAssertEqual(TextEscaping.escaped("line\n"), "line\\u{A}")
        XCTAssertEqual(TextEscaping.excerpt(String(repeating: "x", count: 100), limit: 10), "xxxxxxxxxx…")
    }
}
