/// A part of the figure, named for `rests-on:` (what touches the support) and `moving:` (what the
/// movement arrow follows).
package enum BodyPart: String, Sendable, Hashable, CaseIterable {
    case head, back, side, pelvis
    case hands
    case leftHand = "left-hand"
    case rightHand = "right-hand"
    case elbows
    case leftElbow = "left-elbow"
    case rightElbow = "right-elbow"
    case forearms
    case knees
    case leftKnee = "left-knee"
    case rightKnee = "right-knee"
    case shins
    case feet
    case leftFoot = "left-foot"
    case rightFoot = "right-foot"

    /// The joints the part covers, as named in a `Skeleton`.
    var joints: [Skeleton.Joint] {
        switch self {
        case .head: return [.head]
        case .back, .side: return [.pelvis, .waist, .neckBase]
        case .pelvis: return [.pelvis]
        case .hands: return [.leftHand, .rightHand]
        case .leftHand: return [.leftHand]
        case .rightHand: return [.rightHand]
        case .elbows: return [.leftElbow, .rightElbow]
        case .leftElbow: return [.leftElbow]
        case .rightElbow: return [.rightElbow]
        case .forearms: return [.leftElbow, .leftWrist, .rightElbow, .rightWrist]
        case .knees: return [.leftKnee, .rightKnee]
        case .leftKnee: return [.leftKnee]
        case .rightKnee: return [.rightKnee]
        case .shins: return [.leftKnee, .leftAnkle, .rightKnee, .rightAnkle]
        case .feet: return [.leftAnkle, .leftToe, .rightAnkle, .rightToe]
        case .leftFoot: return [.leftAnkle, .leftToe]
        case .rightFoot: return [.rightAnkle, .rightToe]
        }
    }

    /// The joint the part turns about, for the movement arrow's arc.
    var pivot: Skeleton.Joint? {
        switch self {
        case .head: return .neckBase
        case .hands, .leftHand, .elbows, .leftElbow, .forearms: return .leftShoulder
        case .rightHand, .rightElbow: return .rightShoulder
        case .knees, .leftKnee, .shins, .feet, .leftFoot: return .leftHip
        case .rightKnee, .rightFoot: return .rightHip
        case .back, .side: return .pelvis
        case .pelvis: return nil
        }
    }

    /// The joint the movement arrow follows.
    var arrowJoint: Skeleton.Joint {
        switch self {
        case .head: return .head
        case .back, .side: return .neckBase
        case .pelvis: return .pelvis
        case .hands, .leftHand: return .leftHand
        case .rightHand: return .rightHand
        case .elbows, .leftElbow: return .leftElbow
        case .rightElbow: return .rightElbow
        case .forearms: return .leftWrist
        case .knees, .leftKnee: return .leftKnee
        case .rightKnee: return .rightKnee
        case .shins, .feet, .leftFoot: return .leftAnkle
        case .rightFoot: return .rightAnkle
        }
    }
}
