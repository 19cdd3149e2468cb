import Figures
import Routine
import XCTest

/// Poses written in YAML: problems reported at their lines, in words.
final class PoseReadingTests: XCTestCase {
    func diagnostics(_ yaml: String) throws -> [String] {
        let node = try SourceNode.parse(yaml: yaml, fileName: "pose.yaml")
        var reader = FigureReader()
        _ = reader.figure(node)
        return reader.diagnostics.map(\.description)
    }

    func testKneeBentBackwardsIsAnErrorAtItsLine() throws {
        let problems = try diagnostics(
            """
            trunk: -90
            rests-on: back
            left-leg:
              hip: 40
              knee: -30
            """)
        XCTAssertEqual(
            problems,
            [
                "pose.yaml:5:9: error: left-leg knee must be a number of degrees from 0 to 160 (a knee bends only one way), found -30"
            ])
    }

    func testEveryProblemIsReportedWithSuggestions() throws {
        let problems = try diagnostics(
            """
            start:
              trunk: -90
              rests-on: bak
              arms: {sholder: 30, elbow: 170}
            end:
              spine: 90
            moving: left-kne
            """)
        XCTAssertEqual(
            problems,
            [
                "pose.yaml:3:13: error: rests-on must be one of head, back, side, pelvis, hands, left-hand, right-hand, elbows, left-elbow, right-elbow, forearms, knees, left-knee, right-knee, shins, feet, left-foot or right-foot, found \"bak\" (did you mean `back`?)",
                "pose.yaml:4:10: error: unknown key `sholder` in `arms` (did you mean `shoulder`?)",
                "pose.yaml:4:30: error: arms elbow must be a number of degrees from 0 to 150 (an elbow bends only one way), found 170",
                "pose.yaml:6:10: error: spine must be a number of degrees from -35 to 60, found 90",
                "pose.yaml:7:9: error: moving must be one of head, back, side, pelvis, hands, left-hand, right-hand, elbows, left-elbow, right-elbow, forearms, knees, left-knee, right-knee, shins, feet, left-foot or right-foot, found \"left-kne\" (did you mean `left-knee`?)",
            ])
    }

    func testBodyBelowTheFloorIsAnError() throws {
        // Lying on the back with the legs pushed back past straight: they go through the floor.
        let problems = try diagnostics(
            """
            trunk: -90
            rests-on: back
            legs: {hip: -30}
            """)
        XCTAssertEqual(
            problems,
            [
                "pose.yaml:1:1: error: this pose puts the left ankle 21 units below the floor; change `rests-on` or the angles"
            ])
    }

    func testEndPoseInheritsTheStartPose() throws {
        let node = try SourceNode.parse(
            yaml: """
                start: {trunk: -90, rests-on: back, legs: {hip: 50, knee: 110}}
                end: {left-leg: {hip: 120}}
                moving: left-knee
                """, fileName: "pose.yaml")
        var reader = FigureReader()
        let figure = try XCTUnwrap(reader.figure(node))
        XCTAssertEqual(figure.end.trunk, -90)
        XCTAssertEqual(figure.end.leftLeg.hip, 120)
        XCTAssertEqual(figure.end.leftLeg.knee, 110)
        XCTAssertEqual(figure.end.rightLeg.hip, 50)
        XCTAssertEqual(figure.moving, .leftKnee)
    }
}
