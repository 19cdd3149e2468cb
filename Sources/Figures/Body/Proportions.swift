/// Fixed segment lengths and limb widths, in body units (a standing figure is about 100 tall).
///
/// Lengths follow standard anthropometric proportions of stature (Drillis and Contini):
/// thigh 0.245, shank 0.246, upper arm 0.186, forearm 0.146; the head and the limb widths are
/// enlarged in the way public-information pictograms (ISO 7001, AIGA) draw people.
enum Proportions {
    /// Hip joint to waist.
    static let lumbar = 12.0
    /// Waist to the top of the shoulders.
    static let thoracic = 17.0
    /// Top of the shoulders to the bottom of the head (the visible gap included).
    static let neck = 9.0
    static let headRadius = 6.6
    static let upperArm = 16.5
    static let forearm = 14.0
    static let hand = 5.0
    static let thigh = 24.0
    static let shin = 23.5
    static let foot = 9.5
    /// How far below the top of the trunk the arms hang from.
    static let shoulderDrop = 2.5
    /// Half the distance between the shoulder joints, front view.
    static let shoulderHalfWidth = 9.0
    /// Half the distance between the hip joints, front view.
    static let hipHalfWidth = 5.2

    /// Stroke widths.
    static let trunkWidthSide = 13.0
    static let trunkWidthFront = 18.0
    static let upperArmWidth = 6.4
    static let forearmWidth = 5.6
    static let thighWidth = 8.6
    static let shinWidth = 7.0
    static let footWidth = 4.6
    /// The gap cut around a near limb where it crosses the body.
    static let knockout = 1.6
}
