import Figures
import Layout
import Routine
import XCTest

/// The built-in catalogue: every entry loads, draws inside its frame, mirrors, keeps its proportions.
final class CatalogueTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func catalogue() throws -> Catalogue {
        try Catalogue.load(directory: Self.root.appendingPathComponent("Exercises").path)
    }

    func testAtLeastThirtyEntriesIncludingTheBackRoutineStretches() throws {
        let catalogue = try catalogue()
        XCTAssertGreaterThanOrEqual(catalogue.exercises.count, 30)
        let required = [
            "pelvic tilt", "knee to chest", "double knee to chest", "lower trunk rotation",
            "quadratus lumborum side bend",
            "child's pose", "cat/cow", "bridge", "seated rhomboid stretch", "upper trapezius stretch",
            "doorway pectoral stretch", "thread the needle", "open book", "prone press-up", "seated rolldown",
            "piriformis stretch", "hamstring stretch", "hip flexor stretch", "wall slide", "chin tuck",
            "shoulder blade squeeze", "bird dog", "dead bug", "side plank (modified)", "heel slide",
            "standing extension",
            // The back-stretches example's names.
            "Pelvic tilts", "Trunk rotation", "Quadratus lumborum (QL) stretch", "Child’s pose (prayer stretch)",
            "Cat/cow (cat/dog)",
        ]
        for name in required { XCTAssertNotNil(catalogue.exercise(named: name), name) }
    }

    func testEveryFigureDrawsInsideItsFrame() throws {
        let frame = Rect(x: .mm(10), y: .mm(20), width: .mm(60), height: .mm(22))
        for exercise in try catalogue().exercises {
            for sides in [Sides.none, .each] {
                let panels = exercise.figure.panels(sides: sides, in: frame, color: .black)
                XCTAssertFalse(panels.isEmpty)
                for panel in panels {
                    XCTAssertFalse(panel.items.isEmpty, exercise.id)
                    for item in panel.items {
                        XCTAssertTrue(
                            panel.frame.contains(item.frame, tolerance: .pt(0.05)),
                            "\(exercise.id): \(item.frame) outside \(panel.frame)")
                        XCTAssertTrue(frame.contains(item.frame, tolerance: .pt(0.05)), exercise.id)
                        guard case .shape = item else { return XCTFail("\(exercise.id): not a vector shape") }
                    }
                }
            }
        }
    }

    func testRightSideIsTheLeftSideMirrored() throws {
        let frame = Rect(x: .zero, y: .zero, width: .mm(40), height: .mm(30))
        for exercise in try catalogue().exercises {
            let left = exercise.figure.items(in: frame, color: .black)
            let right = exercise.figure.items(in: frame, color: .black, mirrored: true)
            XCTAssertEqual(left.count, right.count)
            for (a, b) in zip(left, right) {
                // Mirrored about the frame's vertical centre line: same top and size, reflected x.
                XCTAssertEqual(a.frame.minY.points, b.frame.minY.points, accuracy: 0.01, exercise.id)
                XCTAssertEqual(a.frame.width.points, b.frame.width.points, accuracy: 0.01, exercise.id)
                XCTAssertEqual(a.frame.minX.points, (frame.width - b.frame.maxX).points, accuracy: 0.01, exercise.id)
            }
        }
    }

    func testSegmentLengthsStayConstantAcrossPoses() throws {
        var lengths: [String: Double] = [:]
        for exercise in try catalogue().exercises {
            for pose in [exercise.figure.start, exercise.figure.end].compactMap({ $0 }) where pose.view == .side {
                for (name, length) in pose.segmentLengths {
                    if let known = lengths[name] {
                        XCTAssertEqual(length, known, accuracy: 0.001, "\(exercise.id) \(name)")
                    } else {
                        lengths[name] = length
                    }
                }
            }
        }
        XCTAssertEqual(lengths.count, 8)
    }

    func testUnknownExerciseSuggestsTheClosest() throws {
        let resolver = ExerciseResolver(catalogue: try catalogue())
        let location = SourceLocation(file: "r.yaml", line: 4, column: 19)
        var step = Step(name: "")
        step.exercise = ExerciseReference(name: "kne-to-chest", location: location, givenKeys: [])
        let problems = resolver.resolve(&step)
        XCTAssertEqual(
            problems.map(\.description),
            [
                "r.yaml:4:19: error: unknown exercise \"kne-to-chest\" (did you mean `knee-to-chest`?; `repsheet exercises` lists the catalogue)"
            ])
    }

    func testExerciseFillsWhatTheStepDoesNotGive() throws {
        let resolver = ExerciseResolver(catalogue: try catalogue())
        let location = SourceLocation(file: "r.yaml", line: 4, column: 19)
        var step = Step(name: "My knee stretch", dose: Dose(reps: 5))
        step.exercise = ExerciseReference(name: "knee-to-chest", location: location, givenKeys: ["name", "reps"])
        XCTAssertEqual(resolver.resolve(&step), [])
        XCTAssertEqual(step.name, "My knee stretch")
        XCTAssertEqual(step.dose.reps, 5)
        XCTAssertEqual(step.dose.hold, TimeSpan(seconds: 30))
        XCTAssertEqual(step.dose.sides, .each)
        XCTAssertEqual(step.figure, .named("knee-to-chest", at: location))
        guard case .paragraph(let text) = step.instructions else { return XCTFail("no instructions") }
        XCTAssertTrue(text.hasPrefix("Lie on your back"))
    }
}
