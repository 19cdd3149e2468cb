/// The human range of each angle of a pose, in degrees, with why it is limited.
enum JointRange {
    static let trunk: ClosedRange<Double> = -180...180
    static func spine(_ view: Pose.View) -> ClosedRange<Double> {
        view == .side || view == .above ? -35...60 : -45...45
    }
    static func neck(_ view: Pose.View) -> ClosedRange<Double> { view == .side || view == .above ? -60...70 : -50...50 }
    static func shoulder(_ view: Pose.View) -> ClosedRange<Double> {
        switch view {
        case .side: return -60...180
        case .above: return -120...180
        case .front, .top: return -40...180
        }
    }
    static let elbow: ClosedRange<Double> = 0...150
    static let wrist: ClosedRange<Double> = -80...80
    static func hip(_ view: Pose.View) -> ClosedRange<Double> { view == .side || view == .above ? -30...140 : -60...90 }
    static let knee: ClosedRange<Double> = 0...160
    static let ankle: ClosedRange<Double> = -30...90
    static let flex: ClosedRange<Double> = 0...140
    static let turn: ClosedRange<Double> = -150...150

    /// Why an angle is limited, for the message; `nil` when the range says enough.
    static func reason(_ key: String) -> String? {
        switch key {
        case "knee": return "a knee bends only one way"
        case "elbow": return "an elbow bends only one way"
        case "hip": return "beyond that the hip would dislocate"
        case "shoulder": return "the shoulder's reach"
        case "spine": return "how far a back bends"
        case "neck": return "how far a neck bends"
        default: return nil
        }
    }
}
