import Foundation
import XCTest

@testable import Layout
@testable import RepSheet

/// The checks of a laid-out sheet are one walk over its display list: failed pictures at the
/// placed picture's source, in the order the sheet shows them, then those it only attaches.
final class SheetProblemsTests: XCTestCase {
    func testFailedPicturesAreReportedFromTheDisplayList() throws {
        let maker = try SheetMaker()
        let routine = Routine(title: "T", sections: [Section(title: nil, steps: [Step(name: "A")])])
        let checks = SheetChecks(routine: routine, measurer: maker.measurer, world: maker.world)
        let frame = Rect(x: .pt(10), y: .pt(10), width: .pt(50), height: .pt(50))
        let placedAt = SourceLocation(file: "r.yaml", line: 9, column: 12)
        let page = Page(
            size: Size(width: .pt(612), height: .pt(792)),
            items: [
                .image(PlacedImage(frame: frame, path: "/p/second.png", source: placedAt)),
                .image(PlacedImage(frame: frame, path: "/p/second.png", source: placedAt)),
            ])
        let sheet = Sheet(pages: [page], title: "T", date: nil, language: "en")
        let first = ImageProblem(
            path: "/p/first.svg", reason: "is not a picture",
            location: SourceLocation(file: "r.yaml", line: 4, column: 12))
        let second = ImageProblem(
            path: "/p/second.png", reason: "is empty", location: SourceLocation(file: "r.yaml", line: 1, column: 1))
        let problems = checks.problems(in: sheet, failedPictures: [first, second], glyphs: true)
        XCTAssertEqual(
            problems.map { "\($0)" },
            [
                "r.yaml:9:12: error: the picture /p/second.png is empty",
                "r.yaml:4:12: error: the picture /p/first.svg is not a picture",
            ])
    }
}
