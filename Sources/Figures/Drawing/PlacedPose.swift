/// A pose's skeleton set on its support: the resting part touches the floor, seat, step or ball.
struct PlacedPose: Sendable {
    let pose: Pose
    let skeleton: Skeleton

    /// Height of the mat's top.
    static let matHeight = 1.5
    /// Height of a chair seat's top.
    static let seatHeight = 21.0
    /// Height of a step's top.
    static let stepHeight = 8.0
    /// Radius of an exercise ball.
    static let ballRadius = 13.5

    /// Places `pose` so its resting part is on its support.
    init(_ pose: Pose) {
        self.pose = pose
        let free = Skeleton(pose)
        guard pose.view != .top, pose.view != .above else {
            skeleton = free
            return
        }
        let contact =
            pose.restsOn.flatMap(\.joints).map { free[$0].y - Skeleton.radius(at: $0, view: pose.view) }.min() ?? 0
        skeleton = free.moved(by: Vector(x: 0, y: Self.supportTop(of: pose) - contact))
    }

    /// The height the resting part is placed at.
    var supportTop: Double { Self.supportTop(of: pose) }

    private static func supportTop(of pose: Pose) -> Double {
        switch pose.support {
        case .floor: return pose.props.contains(.mat) ? Self.matHeight : 0
        case .chair: return Self.seatHeight
        case .step: return Self.stepHeight
        case .ball: return Self.ballRadius * 2
        }
    }

    /// The resting part's centre across, where a chair or ball goes.
    var contactX: Double {
        let xs = pose.restsOn.flatMap(\.joints).map { skeleton[$0].x }
        return xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count)
    }

    /// How far the lowest body part goes below the floor (0 when none does), and which joint.
    var belowFloor: (depth: Double, joint: Skeleton.Joint)? {
        guard pose.view != .top, pose.view != .above else { return nil }
        var worst: (Double, Skeleton.Joint)?
        for joint in Skeleton.Joint.allCases {
            let bottom = skeleton[joint].y - Skeleton.radius(at: joint, view: pose.view)
            if bottom < -0.75, bottom < -(worst?.0 ?? 0) { worst = (-bottom, joint) }
        }
        return worst
    }
}
