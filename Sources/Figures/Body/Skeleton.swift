import Foundation

/// A pose's joints placed by forward kinematics, in body units with y up, before positioning.
struct Skeleton: Sendable {
    /// The named points of the figure.
    enum Joint: Hashable, CaseIterable {
        case pelvis, waist, neckBase, head
        case leftShoulder, leftElbow, leftWrist, leftHand
        case rightShoulder, rightElbow, rightWrist, rightHand
        case leftHip, leftKnee, leftAnkle, leftToe
        case rightHip, rightKnee, rightAnkle, rightToe
    }

    private(set) var points: [Joint: Vector] = [:]
    let view: Pose.View

    /// The point of `joint`.
    subscript(joint: Joint) -> Vector { points[joint] ?? .zero }

    /// Places every joint of `pose`, the pelvis at the origin.
    init(_ pose: Pose) {
        view = pose.view
        typealias P = Proportions
        let dir = Vector.direction
        let lower = pose.trunk
        let upper = pose.trunk + pose.spine
        let pelvis = Vector.zero
        let waist = pelvis + dir(lower) * P.lumbar
        let neckBase = waist + dir(upper) * P.thoracic
        points[.pelvis] = pelvis
        points[.waist] = waist
        points[.neckBase] = neckBase
        points[.head] = neckBase + dir(upper + pose.neck) * (P.neck + P.headRadius)
        let shoulderCentre = neckBase - dir(upper) * P.shoulderDrop
        if pose.view == .side || pose.view == .above {
            placeArm(pose.leftArm, from: shoulderCentre, trunk: upper, sign: 1, left: true)
            placeArm(pose.rightArm, from: shoulderCentre, trunk: upper, sign: 1, left: false)
            placeSideLeg(pose.leftLeg, trunk: lower, left: true)
            placeSideLeg(pose.rightLeg, trunk: lower, left: false)
        } else {
            let across = dir(upper + 90)
            placeArm(
                pose.leftArm, from: shoulderCentre + across * P.shoulderHalfWidth, trunk: upper, sign: 1, left: true)
            placeArm(
                pose.rightArm, from: shoulderCentre - across * P.shoulderHalfWidth, trunk: upper, sign: -1, left: false)
            let hips = dir(lower + 90) * P.hipHalfWidth
            placeFrontLeg(pose.leftLeg, from: pelvis + hips, trunk: lower, sign: 1, left: true)
            placeFrontLeg(pose.rightLeg, from: pelvis - hips, trunk: lower, sign: -1, left: false)
        }
    }

    /// Shoulder, elbow, wrist and hand; `sign` −1 turns a front-view right arm the other way.
    private mutating func placeArm(_ arm: Pose.Arm, from shoulder: Vector, trunk: Double, sign: Double, left: Bool) {
        let dir = Vector.direction
        let upperArm = trunk + 180 - sign * arm.shoulder
        let forearm = upperArm - sign * arm.elbow
        let hand = forearm - sign * arm.wrist
        let elbow = shoulder + dir(upperArm) * Proportions.upperArm
        let wrist = elbow + dir(forearm) * Proportions.forearm
        points[left ? .leftShoulder : .rightShoulder] = shoulder
        points[left ? .leftElbow : .rightElbow] = elbow
        points[left ? .leftWrist : .rightWrist] = wrist
        points[left ? .leftHand : .rightHand] = wrist + dir(hand) * Proportions.hand
    }

    /// Side view: hip, knee, ankle and toe from hip flexion, knee bend and ankle.
    private mutating func placeSideLeg(_ leg: Pose.Leg, trunk: Double, left: Bool) {
        let dir = Vector.direction
        let thigh = trunk + 180 - leg.hip
        let shin = thigh + leg.knee
        let foot = shin - 90 + leg.ankle
        let knee = Vector.zero + dir(thigh) * Proportions.thigh
        let ankle = knee + dir(shin) * Proportions.shin
        points[left ? .leftHip : .rightHip] = .zero
        points[left ? .leftKnee : .rightKnee] = knee
        points[left ? .leftAnkle : .rightAnkle] = ankle
        points[left ? .leftToe : .rightToe] = ankle + dir(foot) * Proportions.foot
    }

    /// Front and top views: the thigh turned out by `hip` and shortened by `flex`; the shin
    /// shortened by how far it points toward the viewer, turned by `turn`; the foot seen end-on.
    private mutating func placeFrontLeg(_ leg: Pose.Leg, from hip: Vector, trunk: Double, sign: Double, left: Bool) {
        let dir = Vector.direction
        let thighAngle = trunk + 180 - sign * leg.hip
        let shinAngle = thighAngle - sign * leg.turn
        let thighLength = Proportions.thigh * max(0.12, cosine(leg.flex))
        let shinLength = Proportions.shin * max(0.12, abs(cosine(leg.flex - leg.knee)))
        let knee = hip + dir(thighAngle) * thighLength
        let ankle = knee + dir(shinAngle) * shinLength
        let footAngle = view == .top ? shinAngle : shinAngle - sign * 90
        points[left ? .leftHip : .rightHip] = hip
        points[left ? .leftKnee : .rightKnee] = knee
        points[left ? .leftAnkle : .rightAnkle] = ankle
        points[left ? .leftToe : .rightToe] = ankle + dir(footAngle) * (Proportions.foot * 0.45)
    }

    private func cosine(_ degrees: Double) -> Double { cos(degrees * .pi / 180) }

    /// Every point moved by `offset`.
    func moved(by offset: Vector) -> Skeleton {
        var copy = self
        for (joint, point) in points { copy.points[joint] = point + offset }
        return copy
    }

    /// The stroke half-width at a joint, for contact with the floor.
    static func radius(at joint: Joint, view: Pose.View) -> Double {
        switch joint {
        case .head: return Proportions.headRadius
        case .pelvis, .waist, .neckBase:
            return (view == .side || view == .above ? Proportions.trunkWidthSide : Proportions.trunkWidthFront) / 2
        case .leftShoulder, .rightShoulder, .leftElbow, .rightElbow: return Proportions.upperArmWidth / 2
        case .leftWrist, .rightWrist, .leftHand, .rightHand: return Proportions.forearmWidth / 2
        case .leftHip, .rightHip, .leftKnee, .rightKnee: return Proportions.thighWidth / 2
        case .leftAnkle, .rightAnkle: return Proportions.shinWidth / 2
        case .leftToe, .rightToe: return Proportions.footWidth / 2
        }
    }

}

extension Skeleton.Joint {
    /// The joint in words, for messages: "the left knee".
    var words: String {
        let name = String(describing: self)
        var words = ""
        for character in name {
            if character.isUppercase { words += " " + character.lowercased() } else { words.append(character) }
        }
        switch self {
        case .neckBase: return "the shoulders"
        case .leftToe: return "the left toes"
        case .rightToe: return "the right toes"
        default: return "the " + words
        }
    }
}
