/// Draws the floor and a pose's props, in the lighter prop tone, from where the body was placed.
enum PropSketcher {
    /// Marks drawn behind the body: floor line, mat, chair, walls, door frame, step, ball.
    static func behind(_ placed: PlacedPose, body: Sketch) -> [Mark] {
        let s = placed.skeleton
        let pose = placed.pose
        let b = body.bounds
        var marks: [Mark] = []
        let trunkJoints: [Skeleton.Joint] = [.pelvis, .waist, .neckBase, .head]
        let trunkRadius = Skeleton.radius(at: .pelvis, view: pose.view)
        for prop in pose.props {
            switch prop {
            case .mat:
                if pose.view == .top || pose.view == .above {
                    marks.append(.fill(rectangle(b.min.x - 5, b.min.y - 5, b.max.x + 5, b.max.y + 5), tone: .area))
                } else {
                    marks.append(.fill(rectangle(b.min.x - 3, 0, b.max.x + 3, PlacedPose.matHeight), tone: .prop))
                }
            case .chair:
                marks += chair(x: placed.contactX, view: pose.view)
            case .wall:
                if pose.view == .side {
                    let x =
                        trunkJoints.map { s[$0].x - (($0 == .head) ? Proportions.headRadius : trunkRadius) }.min() ?? 0
                    marks.append(.fill(rectangle(x - 4.5, 0, x - 0.3, max(b.max.y + 8, 100)), tone: .prop))
                } else {
                    marks.append(.fill(rectangle(b.min.x - 8, 0, b.max.x + 8, max(b.max.y + 6, 100)), tone: .area))
                }
            case .wallAhead:
                marks.append(.fill(rectangle(b.max.x + 0.3, 0, b.max.x + 4.5, max(b.max.y + 8, 100)), tone: .prop))
            case .door:
                marks += doorFrame(s, top: b.max.y + 6)
            case .step:
                let feet = [s[.leftToe], s[.rightToe], s[.leftAnkle], s[.rightAnkle]].map(\.x)
                let front = (feet.max() ?? 0) + 6
                marks.append(.fill(rectangle(front - 22, 0, front, PlacedPose.stepHeight), tone: .prop))
            case .ball:
                let r = PlacedPose.ballRadius
                let centre = Vector(x: placed.contactX, y: placed.pose.support == .ball ? r : r)
                marks.append(.disc(centre, radius: r, tone: .prop))
            case .band: break
            }
        }
        return marks
    }

    /// Marks drawn over the body: a band from the near hand to the near foot.
    static func over(_ placed: PlacedPose) -> [Mark] {
        guard placed.pose.props.contains(.band) else { return [] }
        let s = placed.skeleton
        let foot = s[.leftAnkle].lerp(s[.leftToe], 0.6)
        return [.stroke([s[.leftHand], foot], width: 1.6, tone: .far)]
    }

    /// The floor line under the whole figure.
    static func floor(from minX: Double, to maxX: Double) -> Mark {
        .line([Vector(x: minX, y: -0.8), Vector(x: maxX, y: -0.8)], width: 1.6, tone: .far)
    }

    private static func chair(x: Double, view: Pose.View) -> [Mark] {
        let seat = PlacedPose.seatHeight
        if view == .side {
            return [
                .fill(rectangle(x - 9, seat - 2.6, x + 10, seat), tone: .prop),
                .fill(rectangle(x + 7.6, 0, x + 10, seat), tone: .prop),
                .fill(rectangle(x - 9, 0, x - 6.6, seat + 24), tone: .prop),
            ]
        }
        return [
            .fill(rectangle(x - 14, seat - 2.6, x + 14, seat), tone: .prop),
            .fill(rectangle(x - 14, 0, x - 11.6, seat), tone: .prop),
            .fill(rectangle(x + 11.6, 0, x + 14, seat), tone: .prop),
        ]
    }

    private static func doorFrame(_ s: Skeleton, top: Double) -> [Mark] {
        let half = Proportions.forearmWidth / 2 + 0.4
        let right = max(s[.leftElbow].x, s[.leftWrist].x) + half
        let left = min(s[.rightElbow].x, s[.rightWrist].x) - half
        return [
            .fill(rectangle(right, 0, right + 3.5, top), tone: .prop),
            .fill(rectangle(left - 3.5, 0, left, top), tone: .prop),
            .fill(rectangle(left - 3.5, top - 3.5, right + 3.5, top), tone: .prop),
        ]
    }

    /// The corners of an axis-aligned rectangle.
    static func rectangle(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> [Vector] {
        [Vector(x: x0, y: y0), Vector(x: x1, y: y0), Vector(x: x1, y: y1), Vector(x: x0, y: y1)]
    }
}
