import Foundation
import Routine
import XCTest

@testable import Layout

/// A brand's header band and colours in the display list.
final class BrandLayoutTests: XCTestCase {
    let plum = Color(red: 0x7A / 255, green: 0x2E / 255, blue: 0x5C / 255)

    func brand() -> Brand {
        var brand = Brand()
        brand.name = "Lakeside Physiotherapy"
        brand.logo = "/logo.svg"
        brand.logoAspect = 4.0 / 3.0
        brand.address = "48 Harbour Road"
        brand.phone = "(555) 010-2030"
        brand.web = "lakeside.example"
        brand.accent = plum
        return brand
    }

    func routine() -> Routine {
        Routine(
            title: "Warm-up", frequency: "Daily",
            sections: [
                Section(title: "Lying", steps: [Step(name: "Knee", dose: Dose(hold: TimeSpan(seconds: 5), reps: 3))])
            ])
    }

    func testContrast() {
        XCTAssertEqual(Color.white.contrast(with: .black), 21, accuracy: 0.01)
        XCTAssertEqual(Color(hex: "#FFFF00")?.contrast(with: .white) ?? 0, 1.07, accuracy: 0.01)
        XCTAssertGreaterThan(plum.contrast(with: .white), Brand.leastContrast)
        XCTAssertGreaterThan(Palette().accent.contrast(with: .white), Brand.leastContrast)
    }

    func testEveryEngineGetsTheHeaderAndOnlyTheBrandsColours() throws {
        let teal = Palette()
        for engine in LayoutDefinition.Engine.allCases {
            var definition = LayoutDefinition()
            definition.engine = engine
            let sheet = SheetLayout(definition: definition.branded(brand()), measurer: FixedWidthMeasurer())
                .layout(routine())
            let page = try XCTUnwrap(sheet.pages.first)
            let logo = page.items.compactMap { if case .image(let image) = $0 { image } else { nil } }
            XCTAssertEqual(logo.count, 1, "\(engine)")
            XCTAssertEqual(logo.first?.frame.height, Length.mm(14), "\(engine): the logo at its set height")
            XCTAssertEqual(logo.first?.frame.width ?? .zero, Length.mm(14) * (4.0 / 3.0), "\(engine)")
            XCTAssertEqual(logo.first?.frame.minY, definition.margins.top, "\(engine): at the top of the page")
            let texts = page.textRuns.map(\.text)
            XCTAssertTrue(texts.contains("(555) 010-2030"), "\(engine)")
            let links = page.items.compactMap { if case .link(let link) = $0 { link.url } else { nil } }
            XCTAssertTrue(links.contains("https://lakeside.example"), "\(engine)")
            // Tints, dots and rules come from the brand's accent: none of the built-in teal is left.
            let colours = page.items.flatMap { item -> [Color] in
                switch item {
                case .text(let run): return [run.color]
                case .box(let box): return [box.fill, box.stroke].compactMap { $0 }
                case .rule(let rule): return [rule.color]
                default: return []
                }
            }
            for old in [teal.accent, teal.tint, teal.accentMid] {
                XCTAssertFalse(colours.contains(old), "\(engine): \(old) left on the page")
            }
            XCTAssertTrue(colours.contains(plum), "\(engine)")
            SheetChecks.assertNoTextOverlaps(sheet)
        }
    }
}
