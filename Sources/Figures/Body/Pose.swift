/// A 2D human figure given by joint angles, in degrees: the data a pictogram is drawn from.
///
/// The figure faces right (side view) or the viewer (front and top views). Its left limbs are the
/// near ones in side view, so a pose shows the left-side version of an exercise; the right side is
/// drawn mirrored. See docs/poses.md for every angle's meaning and range.
package struct Pose: Sendable, Hashable {
    /// From where the figure is seen.
    package enum View: String, Sendable, Hashable, CaseIterable {
        /// From the side, facing right: bending forward and back shows.
        case side
        /// From the front: leaning and reaching sideways shows.
        case front
        /// From above, for lying poses seen from the ceiling (front-view angles): no floor line.
        case top
        /// From above for side-lying poses (side-view angles): no floor line.
        case above
    }

    /// The angles of one arm.
    package struct Arm: Sendable, Hashable {
        /// Side view: forward raise from hanging (0) to overhead (180), back −60.
        /// Front view: sideways raise from hanging (0) to overhead (180).
        package var shoulder: Double = 0
        /// Bend, 0 (straight) to 150.
        package var elbow: Double = 0
        /// Bend of the hand, −80 to 80.
        package var wrist: Double = 0
        /// Creates an arm.
        package init(shoulder: Double = 0, elbow: Double = 0, wrist: Double = 0) {
            self.shoulder = shoulder
            self.elbow = elbow
            self.wrist = wrist
        }
    }

    /// The angles of one leg.
    package struct Leg: Sendable, Hashable {
        /// Side view: forward bend from standing (0) to 140, back −30. Front view: sideways, −40 to 80.
        package var hip: Double = 0
        /// Bend, 0 (straight) to 160; a knee never bends backwards.
        package var knee: Double = 0
        /// Pointing the toes (+) or pulling them up (−), −30 to 50.
        package var ankle: Double = 0
        /// Front and top views: forward bend of the thigh toward the viewer, 0 to 140 (shortens it).
        package var flex: Double = 0
        /// Front and top views: the shin's turn against the thigh in the picture, −150 to 150.
        package var turn: Double = 0
        /// Creates a leg.
        package init(hip: Double = 0, knee: Double = 0, ankle: Double = 0, flex: Double = 0, turn: Double = 0) {
            self.hip = hip
            self.knee = knee
            self.ankle = ankle
            self.flex = flex
            self.turn = turn
        }
    }

    package var view: View = .side
    /// Lean of the whole trunk from upright: + forward (side) or toward the figure's left (front);
    /// 90 lies face down, −90 lies on the back.
    package var trunk: Double = 0
    /// Bend of the upper back against the lower: + rounds forward (or sideways), − arches.
    package var spine: Double = 0
    /// Bend of the head: + chin toward the chest (or ear toward the left shoulder).
    package var neck: Double = 0
    package var leftArm = Arm()
    package var rightArm = Arm()
    package var leftLeg = Leg()
    package var rightLeg = Leg()
    /// The body parts that rest on the support; the lowest of them is set on it.
    package var restsOn: [BodyPart] = [.feet]
    /// What that part rests on.
    package var support: Support = .floor
    /// Things drawn with the figure in a lighter tone.
    package var props: [Prop] = []

    /// Creates a pose standing upright, seen from the side.
    package init() {}
}

/// What the resting body part is on.
package enum Support: String, Sendable, Hashable, CaseIterable {
    case floor, chair, step, ball
}

extension Pose {
    /// The length of every drawn segment, by name, for checking that proportions never change.
    package var segmentLengths: [String: Double] {
        let s = Skeleton(self)
        func d(_ a: Skeleton.Joint, _ b: Skeleton.Joint) -> Double { (s[a] - s[b]).length }
        return [
            "trunk-lower": d(.pelvis, .waist), "trunk-upper": d(.waist, .neckBase), "neck": d(.neckBase, .head),
            "upper-arm": d(.leftShoulder, .leftElbow), "forearm": d(.leftElbow, .leftWrist),
            "thigh": d(.leftHip, .leftKnee), "shin": d(.leftKnee, .leftAnkle), "foot": d(.leftAnkle, .leftToe),
        ]
    }
}
