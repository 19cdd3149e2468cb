import Foundation
import Layout
import RepSheet
import Routine
import XCTest

/// Videos in the cards layout: each step's QR code inside its card, decodable from the PNG, and the
/// step's name a link to the video in the PDF, on Letter, A4 and half-letter.
final class CardsVideoTests: XCTestCase {
    static let videos = [
        "https://www.example.org/videos/pelvic-tilts",
        "https://youtu.be/dQw4w9WgXcQ",
        "https://www.example.org/videos/exercise-library/core-stability/bird-dog-progression-level-2?lang=en&utm_source=repsheet",
    ]

    /// Four steps, three with videos (one address long enough for a larger code), one without.
    static var routine: Routine {
        let steps = [
            Step(
                name: "Pelvic tilts", instructions: .paragraph("Lie on your back with knees bent."),
                dose: Dose(reps: 10), video: videos[0]),
            Step(name: "Knee to chest", dose: Dose(reps: 3, sides: .each), video: videos[1]),
            Step(name: "Cat cow", dose: Dose(reps: 10)),
            Step(name: "Bird dog", dose: Dose(reps: 8, sets: 2, sides: .each), video: videos[2]),
        ]
        return Routine(
            title: "Videos in cards", sections: [Section(title: "Exercises", steps: steps)], notes: ["Scan a code."])
    }

    var directory: URL!

    override func setUpWithError() throws {
        directory = try Tool.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testEveryVideoDecodesFromItsCardAndTheStepNameIsALink() throws {
        let maker = try SheetMaker()
        for size in ["letter", "a4", "5.5in x 8.5in"] {
            var options = SheetOptions(format: .png, dpi: 150, layout: "cards")
            options.pageSize = size
            let pages = try maker.render(Self.routine, options: options)
            var decoded: Set<String> = []
            for (index, page) in pages.enumerated() {
                let png = directory.appendingPathComponent("page\(index + 1).png")
                try page.write(to: png)
                let result = try Tool.run("zbarimg", ["--quiet", "--raw", png.path])
                decoded.formUnion(result.stdout.split(separator: "\n").map(String.init))
            }
            XCTAssertEqual(decoded, Set(Self.videos), "\(size): decoded from the cards' PNGs")

            options.format = .pdf
            let sheet = try maker.layout(Self.routine, options: options)
            // The layout as drawn on this paper: scaled down on paper smaller than its own.
            let definition = try maker.layoutDefinition(named: "cards", for: Self.routine).resized(
                to: try XCTUnwrap(PaperSize.parse(size)))
            for (step, url) in zip(Self.routine.allSteps, [Self.videos[0], Self.videos[1], nil, Self.videos[2]]) {
                let page = try XCTUnwrap(sheet.pages.first { $0.textRuns.contains { $0.text == step.name } })
                let name = try XCTUnwrap(page.textRuns.first { $0.text == step.name })
                let links = page.items.compactMap { if case .link(let link) = $0 { link } else { nil } }
                let nameLink = links.first {
                    abs(($0.frame.minX - name.frame.minX).points) < 0.01
                        && abs(($0.frame.minY - name.frame.minY).points) < 0.01
                        && abs(($0.frame.width - name.frame.width).points) < 0.01
                }
                XCTAssertEqual(nameLink?.url, url, "\(size): \(step.name)'s name links to its video")
                guard let url else { continue }
                // The code lies inside the step's card, under its name.
                let code = try XCTUnwrap(
                    links.first {
                        $0.url == url && $0.frame.width == $0.frame.height && $0.frame.minY > name.frame.maxY
                    })
                let card = page.items.compactMap { item -> Rect? in
                    guard case .box(let box) = item, box.stroke == definition.colors.hairline,
                        box.cornerRadius == definition.spacing.cardRadius, box.frame.contains(name.frame)
                    else { return nil }
                    return box.frame
                }.first
                XCTAssertTrue(
                    try XCTUnwrap(card).contains(code.frame), "\(size): \(step.name)'s code is outside its card")
                // Nothing else overlaps the code (no caption, address or checkbox run into it).
                for item in page.items where item.frame.overlaps(code.frame) {
                    switch item {
                    case .text(let run): XCTFail("\(size): \"\(run.text)\" overlaps \(step.name)'s code")
                    case .checkbox: XCTFail("\(size): a checkbox overlaps \(step.name)'s code")
                    default: break
                    }
                }
            }
            let pdf = try PDFSource.text(try XCTUnwrap(maker.render(sheet, options: options).first))
            for url in Self.videos {
                let escaped = url.replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
                XCTAssertTrue(pdf.contains("/URI (\(escaped))"), "\(size): no link to \(url) in the PDF")
            }
        }
    }
}
