import Foundation
import Layout
import Routine
import XCTest

/// Every layout engine tags the runs it sets from the routine's words with where they come from,
/// so a character no font has is reported at its field and line.
final class TextSourceTests: XCTestCase {
    static let text = """
        title: Sources
        intro: Gentle moves.
        sections:
          - title: Warm up
            steps:
              - name: Pelvic tilt
                reps: 10
              - name: Glute bridge
                hold: 3s
                reps: 5
                instructions:
                  - Lie on your back with your knees bent and your feet flat on the floor, hip-width apart.
                  - Lift your hips.
                notes: Breathe out as you lift.
                caution: Stop if it hurts.
                alternative:
                  name: Small bridge
                  reason: Too hard?
                progress:
                  - name: Low bridge
                  - name: High bridge
                    when: when 5 feel easy
        notes:
          - Move slowly.
        """

    func routine() throws -> Routine {
        var routine = try RoutineLoader.load(text: Self.text, fileName: "sources.yaml", baseDirectory: nil)
        routine.sections[0].steps[1].stage = 0
        return routine
    }

    func sheet(_ layout: String, _ routine: Routine) throws -> Sheet {
        var definition = try LayoutLibrary(directory: GoldenDumpTests.root.appendingPathComponent("Layouts").path)
            .load(layout)
        definition.page.size = try XCTUnwrap(PaperSize.named("letter"))
        return SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
    }

    func testEveryEngineTagsAStepsNameWithItsNumberAndLine() throws {
        let routine = try routine()
        let bridge = try XCTUnwrap(routine.allSteps[1].location)
        XCTAssertEqual(bridge.line, 8)
        for layout in ["classic", "cards", "tracker", "compact", "large-print"] {
            let runs = try sheet(layout, routine).pages.flatMap(\.textRuns)
            let named = runs.filter { $0.source == TextSource(.stepName(step: 2), at: bridge) }
            XCTAssertFalse(named.isEmpty, layout)
            XCTAssertTrue(named.allSatisfy { $0.text.contains("bridge") || $0.text.contains("Glute") }, layout)
            XCTAssertTrue(runs.contains { $0.source == TextSource(.title) && $0.text == "Sources" }, layout)
            XCTAssertTrue(
                runs.contains { $0.source == TextSource(.stepName(step: 1), at: routine.allSteps[0].location) },
                layout)
            XCTAssertTrue(
                runs.contains {
                    $0.source == TextSource(.alternative(step: 2), at: bridge) && $0.text.contains("Small")
                },
                layout)
            XCTAssertTrue(
                runs.contains { $0.source?.field == .stepCaution(step: 2) && $0.text.contains("Stop") }, layout)
            XCTAssertTrue(runs.contains { $0.source?.field == .note(1) && $0.text == "Move slowly." }, layout)
            // The stage line is at the stage's own line.
            let stage = runs.first { $0.source?.field == .stage(1, step: 2) }
            XCTAssertEqual(stage?.source?.location?.line, 20, layout)
            XCTAssertTrue(runs.contains { $0.source?.field == .stage(2, step: 2) }, layout)
            // The sheet's own words carry no source.
            XCTAssertTrue(runs.filter { $0.text == "10" || $0.text == "1" }.allSatisfy { $0.source == nil }, layout)
            if layout != "tracker" {
                XCTAssertTrue(runs.contains { $0.source?.field == .sectionTitle(section: 1) }, layout)
                // Every line broken from the long first instruction carries its source.
                let first = runs.filter { $0.source == TextSource(.instruction(1, step: 2), at: bridge) }
                XCTAssertEqual(
                    first.map(\.text).joined(separator: " ").split(separator: " ").count,
                    "Lie on your back with your knees bent and your feet flat on the floor, hip-width apart."
                        .split(separator: " ").count, layout)
                XCTAssertTrue(runs.contains { $0.source?.field == .stepNotes(step: 2) }, layout)
            }
        }
    }

    /// The dumps and the golden files do not see sources: they say where things are, not why.
    func testTheDumpAndTheEncodingLeaveTheSourceOut() throws {
        let run = TextRun(
            text: "A", font: FontSpec(family: "Sans", size: .pt(10)), color: .black, origin: Point(x: .zero, y: .zero),
            width: .pt(5), source: TextSource(.title, at: SourceLocation(file: "f", line: 1, column: 1)))
        var plain = run
        plain.source = nil
        func dump(_ run: TextRun) -> String {
            Sheet(
                pages: [Page(size: Size(width: .pt(100), height: .pt(100)), items: [.text(run)])], title: "T",
                date: nil, language: "en"
            ).dump()
        }
        XCTAssertEqual(dump(run), dump(plain))
        XCTAssertNotEqual(run, plain)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        XCTAssertEqual(try encoder.encode(run), try encoder.encode(plain))
    }
}
