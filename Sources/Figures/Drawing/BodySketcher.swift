/// Draws a placed pose's body as pictogram marks: round-capped limbs, a separate head, far limbs
/// lighter, near limbs cut free of the body by a thin gap.
enum BodySketcher {
    /// The body's marks; `faint` draws everything in the start-pose tone without gaps.
    static func marks(_ placed: PlacedPose, faint: Bool = false) -> [Mark] {
        let s = placed.skeleton
        var marks: [Mark] = []
        let side = placed.pose.view == .side || placed.pose.view == .above
        func tone(_ t: Tone) -> Tone { faint ? .faint : t }
        if side {
            marks += leg(s, left: false, tone: tone(.far), knockout: false)
            marks += arm(s, left: false, tone: tone(.far), knockout: false)
        } else {
            marks += leg(s, left: false, tone: tone(.solid), knockout: false)
            marks += leg(s, left: true, tone: tone(.solid), knockout: false)
        }
        let trunkWidth = side ? Proportions.trunkWidthSide : Proportions.trunkWidthFront
        marks.append(.stroke(curve(s[.pelvis], s[.waist], s[.neckBase]), width: trunkWidth, tone: tone(.solid)))
        marks.append(.disc(s[.head], radius: Proportions.headRadius, tone: tone(.solid)))
        if side {
            marks += leg(s, left: true, tone: tone(.solid), knockout: !faint)
            marks += arm(s, left: true, tone: tone(.solid), knockout: !faint)
        } else {
            marks += arm(s, left: false, tone: tone(.solid), knockout: !faint)
            marks += arm(s, left: true, tone: tone(.solid), knockout: !faint)
        }
        return marks
    }

    /// A smooth line from `a` through `b` to `c` (a quadratic curve, sampled).
    static func curve(_ a: Vector, _ b: Vector, _ c: Vector) -> [Vector] {
        let control = b * 2 - (a + c) * 0.5
        return (0...8).map { i in
            let t = Double(i) / 8
            return a * ((1 - t) * (1 - t)) + control * (2 * (1 - t) * t) + c * (t * t)
        }
    }

    private static func arm(_ s: Skeleton, left: Bool, tone: Tone, knockout: Bool) -> [Mark] {
        let shoulder = s[left ? .leftShoulder : .rightShoulder]
        let elbow = s[left ? .leftElbow : .rightElbow]
        let wrist = s[left ? .leftWrist : .rightWrist]
        let hand = s[left ? .leftHand : .rightHand]
        var marks: [Mark] = []
        if knockout {
            let gap = Proportions.knockout * 2
            marks.append(
                .stroke([shoulder.lerp(elbow, 0.45), elbow], width: Proportions.upperArmWidth + gap, tone: .knockout))
            marks.append(.stroke([elbow, wrist, hand], width: Proportions.forearmWidth + gap, tone: .knockout))
        }
        marks.append(.stroke([shoulder, elbow], width: Proportions.upperArmWidth, tone: tone))
        marks.append(.stroke([elbow, wrist, hand], width: Proportions.forearmWidth, tone: tone))
        return marks
    }

    private static func leg(_ s: Skeleton, left: Bool, tone: Tone, knockout: Bool) -> [Mark] {
        let hip = s[left ? .leftHip : .rightHip]
        let knee = s[left ? .leftKnee : .rightKnee]
        let ankle = s[left ? .leftAnkle : .rightAnkle]
        let toe = s[left ? .leftToe : .rightToe]
        var marks: [Mark] = []
        if knockout {
            let gap = Proportions.knockout * 2
            marks.append(.stroke([hip.lerp(knee, 0.5), knee], width: Proportions.thighWidth + gap, tone: .knockout))
            marks.append(.stroke([knee, ankle], width: Proportions.shinWidth + gap, tone: .knockout))
            marks.append(.stroke([ankle, toe], width: Proportions.footWidth + gap, tone: .knockout))
        }
        marks.append(.stroke([hip, knee], width: Proportions.thighWidth, tone: tone))
        marks.append(.stroke([knee, ankle], width: Proportions.shinWidth, tone: tone))
        marks.append(.stroke([ankle, toe], width: Proportions.footWidth, tone: tone))
        return marks
    }
}
