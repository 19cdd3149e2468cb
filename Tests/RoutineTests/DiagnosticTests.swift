import Routine
import XCTest

/// One diagnostic model: location or file, severity, message, hints; safe to print.
final class DiagnosticTests: XCTestCase {
    func testControlCharactersAreEscapedForLibraryCallers() {
        let diagnostic = Diagnostic(
            .error, "unknown key `\u{1B}]0;pwned\u{07}`", at: SourceLocation(file: "a.yaml", line: 2, column: 3),
            hints: ["did you mean `x\u{0}`?"])
        XCTAssertEqual(
            diagnostic.description, "a.yaml:2:3: error: unknown key `\\u{1B}]0;pwned\\u{7}` (did you mean `x\\u{0}`?)")
        XCTAssertFalse(diagnostic.description.unicodeScalars.contains { TextEscaping.isControl($0) })
        XCTAssertEqual(diagnostic.summary, "unknown key `\\u{1B}]0;pwned\\u{7}` (did you mean `x\\u{0}`?)")
    }

    func testLineBreaksOfAMessageAreKept() {
        XCTAssertEqual(Diagnostic(.warning, "one\ntwo", at: nil).description, "warning: one\ntwo")
    }

    func testAProblemWithoutALineNamesItsFile() {
        let diagnostic = Diagnostic(.warning, "no words for language \"xx\"", at: nil, file: "back.yaml")
        XCTAssertEqual(diagnostic.description, "back.yaml: warning: no words for language \"xx\"")
        let located = Diagnostic(
            .error, "bad", at: SourceLocation(file: "a.yaml", line: 1, column: 2), file: "ignored.yaml")
        XCTAssertEqual(located.description, "a.yaml:1:2: error: bad")
    }
}
