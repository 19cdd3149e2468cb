import Foundation
import Layout
import XCTest

@testable import RepSheet

/// Issue 19: `repsheet render` loads a sheet's fonts on a second thread, by laying a small
/// routine out in the sheet's layout, while the command line and the routine are read.
final class FontWarmUpTests: XCTestCase {
    static let example = Tool.packageRoot.appendingPathComponent("examples/back-stretches.yaml").path
    static let layouts = ["classic", "cards", "compact", "tracker", "large-print"]

    /// The distinct fonts the text runs of `sheet` are set in.
    private func fonts(of sheet: Sheet) -> Set<FontSpec> {
        Set(
            sheet.pages.flatMap(\.items).compactMap { item -> FontSpec? in
                if case .text(let run) = item { return run.font }
                return nil
            })
    }

    /// A sheet made after the warm-up is byte for byte the sheet made without it: the warm-up
    /// only fills caches that the sheet would fill itself, with the same results.
    func testAWarmedUpMakerDrawsTheSameSheet() throws {
        for (layout, pageSize) in [("classic", nil), ("cards", "a4"), ("compact", "half-letter")] as [(String, String?)]
        {
            var options = SheetOptions(format: .pdf, layout: layout)
            options.pageSize = pageSize
            let cold = try SheetMaker()
            let warm = try SheetMaker()
            XCTAssertNotNil(warm.warmFonts(layout: layout, pageSize: pageSize), layout)
            // Each maker reads the routine: its figures come from the catalogue exercises it loaded.
            let coldRoutine = try cold.loadRoutine(path: Self.example)
            let warmRoutine = try warm.loadRoutine(path: Self.example)
            XCTAssertEqual(
                try warm.layout(warmRoutine, options: options).dump(),
                try cold.layout(coldRoutine, options: options).dump(), layout)
            XCTAssertEqual(
                try warm.render(warmRoutine, options: options), try cold.render(coldRoutine, options: options), layout)
        }
    }

    /// The warm-up sets its text in the fonts the example's sheet uses, in every layout and at
    /// another page size (which scales the type): nearly every font the sheet needs is loaded
    /// before its layout starts.
    func testTheWarmUpUsesTheFontsOfTheSheet() throws {
        let maker = try SheetMaker()
        let routine = try maker.loadRoutine(path: Self.example)
        for layout in Self.layouts {
            for pageSize in [nil, "a5"] as [String?] {
                var options = SheetOptions(format: .pdf, layout: layout)
                options.pageSize = pageSize
                let needed = fonts(of: try maker.layout(routine, options: options))
                let warmed = fonts(of: try XCTUnwrap(maker.warmFonts(layout: layout, pageSize: pageSize)))
                let missed = needed.subtracting(warmed)
                XCTAssertFalse(needed.isEmpty)
                XCTAssertLessThanOrEqual(
                    missed.count, needed.count / 5,
                    "\(layout) \(pageSize ?? "own size"): not warmed \(missed.map(\.description).sorted())")
            }
        }
    }

    /// An unknown layout warms nothing and throws nothing: the command reports it.
    func testAnUnknownLayoutWarmsNothing() throws {
        XCTAssertNil(try SheetMaker().warmFonts(layout: "no-such-layout", pageSize: nil))
    }

    /// Once cancelled, the warm-up's layout measures nothing more and runs to its end.
    func testACancelledWarmUpMeasuresNothing() throws {
        let counter = CountingMeasurer()
        let cancelled = LockedFlag()
        let measurer = CancellableMeasurer(base: counter, isCancelled: { cancelled.value })
        XCTAssertEqual(measurer.width(of: "Bridge", font: FontSpec(family: "Sans", size: .pt(10))), .pt(60))
        XCTAssertEqual(counter.calls, 1)
        cancelled.value = true
        XCTAssertEqual(measurer.width(of: "Bridge", font: FontSpec(family: "Sans", size: .pt(10))), .zero)
        XCTAssertEqual(
            measurer.lines(of: "Lie on your back", font: FontSpec(family: "Sans", size: .pt(10)), maxWidth: .pt(20)),
            ["Lie on your back"])
        XCTAssertEqual(counter.calls, 1)
        // The whole warm-up, cancelled before it starts, still lays its routine out.
        let sheet = try XCTUnwrap(try SheetMaker().warmFonts(layout: "classic", pageSize: nil, isCancelled: { true }))
        XCTAssertFalse(sheet.pages.isEmpty)
    }

    /// The layout, page size and output are read from a render command line as hints, in
    /// every spelling, the last one given winning, and not past `--`.
    func testOptionHintsFromACommandLine() {
        let arguments = [
            "back.yaml", "--layout", "cards", "--page-size=a4", "-o", "x.pdf", "--output", "y.png", "--", "--clients",
            "c.csv",
        ]
        XCTAssertEqual(SheetMaker.optionHint("--layout", in: arguments), "cards")
        XCTAssertEqual(SheetMaker.optionHint("--page-size", in: arguments), "a4")
        XCTAssertEqual(SheetMaker.optionHint("--output", "-o", in: arguments), "y.png")
        XCTAssertEqual(SheetMaker.optionHint("--output", "-o", in: ["a.yaml", "-o", "x.pdf"]), "x.pdf")
        XCTAssertNil(SheetMaker.optionHint("--clients", in: arguments))
        XCTAssertNil(SheetMaker.optionHint("--layout", in: ["back.yaml", "--layout"]))
        XCTAssertNil(SheetMaker.optionHint("--layout", in: ["back.yaml", "--layouts", "cards"]))
    }
}

/// A measurer that counts its calls and gives every text ten points a character.
private final class CountingMeasurer: TextMeasurer, @unchecked Sendable {
    // @unchecked: used by one test on one thread.
    var calls = 0

    func width(of text: String, font: FontSpec) -> Length {
        calls += 1
        return .pt(Double(text.count) * 10)
    }

    func lines(of text: String, font: FontSpec, maxWidth: Length) -> [String] {
        calls += 1
        return [text]
    }
}

/// A flag one thread sets and another reads.
private final class LockedFlag: @unchecked Sendable {
    // @unchecked: `stored` is read and written only while holding `lock`.
    private let lock = NSLock()
    private var stored = false

    var value: Bool {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
