import CPango
import Layout
import RepSheet
import XCTest

@testable import Render

/// A text that fits its line is given back on one line without Pango breaking it again
/// (`PangoMeasurer`, issue 19): the lines are those Pango's own breaking gives, at widths just
/// under, at and just over the text's own width, in every script and font a sheet uses.
final class OneLineBreakTests: XCTestCase {
    private static let texts = [
        "Lie on your back.", "Hold 30 seconds ", "Brustwirbelsäulenstreckung", "Sitzen Sie ohne den Kopf",
        "استلق على ظهرك", "Keep it (استلق) level", "仰卧，双膝弯曲", "Ξαπλώστε ανάσκελα", "Лягте на спину", "3 × 10",
        "well-known", "A\u{00AD}B", "a\tb", "", " ", "e-mail: x@example.org",
    ]

    func testTheShortcutBreaksAsPangoDoes() throws {
        let measurer = try SheetMaker().measurer
        let fonts = measurer.fonts
        let specs = [
            FontSpec(family: "Atkinson Hyperlegible", size: .pt(10)),
            FontSpec(family: "Atkinson Hyperlegible", size: .pt(13), weight: .bold),
            FontSpec(family: "Atkinson Hyperlegible", size: .pt(9), italic: true),
        ]
        var compared = 0
        for font in specs {
            for text in Self.texts {
                let families = fonts.families(for: font.family)
                let own = fonts.withLock {
                    fonts.shapedTextCache()?.entry(text: text, font: font, families: families)?.pangoWidth ?? 0
                }
                for units in [own - 1, own, own + 1, own * 2, own / 2, 1] where units > 0 {
                    let width = Length.pt(Double(units) / Double(PANGO_SCALE))
                    let expected = fonts.withLock {
                        PangoText(context: measurer.context, text: text, font: font, families: families)?
                            .lines(maxWidth: width.points)
                    }
                    XCTAssertEqual(
                        measurer.lines(of: text, font: font, maxWidth: width), expected,
                        "\(text) at \(units) units")
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 200)
    }
}
