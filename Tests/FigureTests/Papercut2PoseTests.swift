import Foundation
import XCTest

@testable import Figures

/// Issue 21, item 6: the pelvic-tilt figure lies with its arms by its sides, not waving one in the air.
final class Papercut2PoseTests: XCTestCase {
    func testPelvicTiltKeepsBothHandsDownBesideTheBody() throws {
        let catalogue = try Catalogue.load(directory: CatalogueTests.root.appendingPathComponent("Exercises").path)
        let exercise = try XCTUnwrap(catalogue.exercise(named: "pelvic tilt"))
        for pose in [exercise.figure.start, exercise.figure.end].compactMap({ $0 }) {
            let placed = PlacedPose(pose)
            let skeleton = placed.skeleton
            // Lying on the back, the shoulders are the trunk's height above the floor; a hand raised
            // toward the ceiling would be well above them.
            let arms: [(hand: Skeleton.Joint, elbow: Skeleton.Joint, shoulder: Skeleton.Joint)] = [
                (.leftHand, .leftElbow, .leftShoulder), (.rightHand, .rightElbow, .rightShoulder),
            ]
            for arm in arms {
                let shoulder = skeleton[arm.shoulder].y
                XCTAssertLessThanOrEqual(skeleton[arm.hand].y, shoulder + 1, "\(arm.hand) is raised")
                XCTAssertLessThanOrEqual(skeleton[arm.elbow].y, shoulder + 1, "\(arm.elbow) is raised")
            }
            // And the knees, bent, are the highest part of the figure.
            XCTAssertGreaterThan(skeleton[.leftKnee].y, skeleton[.leftHand].y + 5)
        }
    }
}
