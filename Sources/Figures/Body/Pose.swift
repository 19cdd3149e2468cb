/// A 2D human figure given by joint angles, in degrees: the data a pictogram is drawn from.
///
/// The figure faces right (side view) or the viewer (front and top views). Its left limbs are the
/// near ones in side view, so a pose shows the left-side version of an exercise; the right side is
/// drawn mirrored. See docs/poses.md for every angle's meaning and range.
public struct Pose: Sendable, Hashable {
    /// From where the figure is seen.
    public enum View: String, Sendable, Hashable, CaseIterable {
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
    public struct Arm: Sendable, Hashable {
        /// Side view: forward raise from hanging (0) to overhead (180), back −60.
        /// Front view: sideways raise from hanging (0) to overhead (180).
        public var shoulder: Double = 0
        /// Bend, 0 (straight) to 150.
        public var elbow: Double = 0
        /// Bend of the hand, −80 to 80.
        public var wrist: Double = 0
        /// Creates an arm.
        public init(shoulder: Double = 0, elbow: Double = 0, wrist: Double = 0) {
            self.shoulder = shoulder
            self.elbow = elbow
            self.wrist = wrist
        }
    }

    /// The angles of one leg.
    public struct Leg: Sendable, Hashable {
        /// Side view: forward bend from standing (0) to 140, back −30. Front view: sideways, −40 to 80.
        public var hip: Double = 0
        /// Bend, 0 (straight) to 160; a knee never bends backwards.
        public var knee: Double = 0
        /// Pointing the toes (+) or pulling them up (−), −30 to 50.
        public var ankle: Double = 0
        /// Front and top views: forward bend of the thigh toward the viewer, 0 to 140 (shortens it).
        public var flex: Double = 0
        /// Front and top views: the shin's turn against the thigh in the picture, −150 to 150.
        public var turn: Double = 0
        /// Creates a leg.
        public init(hip: Double = 0, knee: Double = 0, ankle: Double = 0, flex: Double = 0, turn: Double = 0) {
            self.hip = hip
            self.knee = knee
            self.ankle = ankle
            self.flex = flex
            self.turn = turn
        }
    }

    public var view: View = .side
    /// Lean of the whole trunk from upright: + forward (side) or toward the figure's left (front);
    /// 90 lies face down, −90 lies on the back.
    public var trunk: Double = 0
    /// Bend of the upper back against the lower: + rounds forward (or sideways), − arches.
    public var spine: Double = 0
    /// Bend of the head: + chin toward the chest (or ear toward the left shoulder).
    public var neck: Double = 0
    public var leftArm = Arm()
    public var rightArm = Arm()
    public var leftLeg = Leg()
    public var rightLeg = Leg()
    /// The body parts that rest on the support; the lowest of them is set on it.
    public var restsOn: [BodyPart] = [.feet]
    /// What that part rests on.
    public var support: Support = .floor
    /// Things drawn with the figure in a lighter tone.
    public var props: [Prop] = []

    /// Creates a pose standing upright, seen from the side.
    public init() {}
}

/// What the resting body part is on.
public enum Support: String, Sendable, Hashable, CaseIterable {
    case floor, chair, step, ball
}

extension Pose {
    /// The length of every drawn segment, by name, for checking that proportions never change.
    public var segmentLengths: [String: Double] {
        let s = Skeleton(self)
        func d(_ a: Skeleton.Joint, _ b: Skeleton.Joint) -> Double { (s[a] - s[b]).length }
        return [
            "trunk-lower": d(.pelvis, .waist), "trunk-upper": d(.waist, .neckBase), "neck": d(.neckBase, .head),
            "upper-arm": d(.leftShoulder, .leftElbow), "forearm": d(.leftElbow, .leftWrist),
            "thigh": d(.leftHip, .leftKnee), "shin": d(.leftKnee, .leftAnkle), "foot": d(.leftAnkle, .leftToe),
        ]
    }
}
