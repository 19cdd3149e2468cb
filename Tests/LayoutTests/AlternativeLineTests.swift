import XCTest

@testable import Layout

/// The one-line alternative of the tracker and compact layouts: its reason never runs into
/// "Instead".
final class AlternativeLineTests: XCTestCase {
    func testAReasonEndingItsSentenceIsFollowedByASpaceAndAnyOtherByADash() {
        let line = "Instead: Buttock squeeze lying flat · 10 reps"
        XCTAssertEqual(
            AlternativeBlock.line(line, after: "Can't kneel?"),
            "Can't kneel? Instead: Buttock squeeze lying flat · 10 reps")
        XCTAssertEqual(
            AlternativeBlock.line(line, after: "If lifting the hips hurts  "),
            "If lifting the hips hurts — Instead: Buttock squeeze lying flat · 10 reps")
        XCTAssertEqual(AlternativeBlock.line("代わりに: 壁", after: "膝が痛い場合。"), "膝が痛い場合。 代わりに: 壁")
        XCTAssertEqual(AlternativeBlock.line(line, after: " "), line)
    }
}
