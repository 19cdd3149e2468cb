import Foundation
import Routine
import XCTest

@testable import Layout

/// A layout may print steps' videos as QR codes (the default) or, with `video-codes: false`, as
/// links only, and then says which steps lose their codes.
final class VideoCodesTests: XCTestCase {
    let routine = Routine(
        title: "Videos",
        sections: [
            Section(
                title: nil,
                steps: [
                    Step(name: "Knee to chest", video: "https://example.com/knee"),
                    Step(name: "Bridge"),
                    Step(name: "Cat and cow", video: "https://example.com/cat"),
                ])
        ])

    func sheet(_ layoutText: String) throws -> Sheet {
        let definition = try AllLayoutsTests.library.load(text: layoutText, file: "mine.yaml")
        return SheetLayout(definition: definition, measurer: FixedWidthMeasurer(), qrCodes: BlankQRCodes())
            .layout(routine)
    }

    func codes(_ sheet: Sheet) -> Int {
        sheet.pages.flatMap(\.items).filter { if case .shape = $0 { true } else { false } }.count
    }

    func testEveryVideoPrintsItsCodeByDefault() throws {
        for layout in ["classic", "large-print", "tracker", "compact"] {
            let sheet = try self.sheet("extends: \(layout)\n")
            XCTAssertEqual(codes(sheet), 2, layout)
            XCTAssertTrue(sheet.warnings.isEmpty, "\(layout): \(sheet.warnings)")
        }
    }

    /// An address too long to type (a tracking link) is printed in part beside its code; the
    /// link over it and the code carry it whole.
    func testALongAddressIsPrintedInPart() throws {
        let address = "example.com/watch?v=" + String(repeating: "x", count: 1_800)
        let long = Routine(
            title: "Videos", sections: [Section(title: nil, steps: [Step(name: "Bridge", video: "https://" + address)])]
        )
        let definition = try AllLayoutsTests.library.load(text: "extends: classic\n", file: "mine.yaml")
        let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer(), qrCodes: BlankQRCodes())
            .layout(long)
        let shown = sheet.pages.flatMap(\.textRuns).filter { $0.text.contains("example.com") || $0.text.contains("xx") }
        XCTAssertEqual(shown.map(\.text).joined(), address.prefix(StepMedia.longestShownAddress - 1) + "…")
        XCTAssertTrue(shown.last?.text.hasSuffix("…") ?? false, "\(shown.map(\.text))")
        let links = sheet.pages.flatMap(\.items).compactMap { item -> Link? in
            if case .link(let link) = item { return link }
            return nil
        }
        XCTAssertTrue(links.allSatisfy { $0.url == "https://" + address })
        XCTAssertEqual(sheet.pages.count, 1)
    }

    func testALayoutWithoutVideoCodesWarnsNamingTheSteps() throws {
        let sheet = try self.sheet("extends: classic\nvideo-codes: false\n")
        XCTAssertEqual(codes(sheet), 0)
        XCTAssertEqual(
            sheet.warnings.map(\.message),
            [
                "the layout mine prints no video codes (video-codes: false): the video of steps 1 Knee to chest, "
                    + "3 Cat and cow is only a link on the step's name in the PDF"
            ])
        let links = sheet.pages.flatMap(\.items).compactMap { if case .link(let link) = $0 { link.url } else { nil } }
        XCTAssertTrue(links.contains("https://example.com/knee") && links.contains("https://example.com/cat"))
    }
}
