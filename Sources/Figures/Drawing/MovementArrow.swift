import Foundation

/// The arrow of a movement: along the moving part's path from its start to its end position,
/// an arc about the joint it turns on, held a little off the body.
enum MovementArrow {
    /// The arrow's marks, or none when the part hardly moves.
    static func marks(from start: PlacedPose, to end: PlacedPose, part: BodyPart) -> [Mark] {
        let joint = part.arrowJoint
        let a = start.skeleton[joint]
        let b = end.skeleton[joint]
        guard (b - a).length > 4 else { return [] }
        var path: [Vector]
        if let pivotJoint = part.pivot {
            let pivot = end.skeleton[pivotJoint]
            let ra = (a - pivot).length
            let rb = (b - pivot).length
            if ra > 3, rb > 3, max(ra, rb) / min(ra, rb) < 1.6 {
                let radius = max(ra, rb) + 9
                var angleA = atan2(a.y - pivot.y, a.x - pivot.x)
                let angleB = atan2(b.y - pivot.y, b.x - pivot.x)
                var sweep = angleB - angleA
                if sweep > .pi { sweep -= 2 * .pi }
                if sweep < -.pi { sweep += 2 * .pi }
                // Leave a little space at both ends.
                let trim = min(abs(sweep) * 0.12, 0.15) * (sweep < 0 ? -1 : 1)
                angleA += trim
                sweep -= 2 * trim
                path = (0...16).map { i in
                    let angle = angleA + sweep * Double(i) / 16
                    return pivot + Vector(x: cos(angle), y: sin(angle)) * radius
                }
                return arrow(path)
            }
        }
        // A straight arrow beside the path.
        let along = b - a
        let unit = along * (1 / along.length)
        let normal = Vector(x: -unit.y, y: unit.x)
        let shift = normal * 10
        path = [a + shift + along * 0.1, a + shift + along * 0.9]
        return arrow(path)
    }

    /// A shaft along `path` with a filled head at its end.
    private static func arrow(_ path: [Vector]) -> [Mark] {
        guard path.count >= 2, let tip = path.last else { return [] }
        let before = path[path.count - 2]
        var back = before - tip
        let length = back.length
        guard length > 0 else { return [] }
        back = back * (1 / length)
        let side = Vector(x: -back.y, y: back.x)
        let headLength = 6.0
        let headWidth = 3.6
        let base = tip + back * headLength
        var shaft = path
        shaft[shaft.count - 1] = tip + back * (headLength * 0.6)
        return [
            .stroke(shaft, width: 2, tone: .solid),
            .fill([tip, base + side * headWidth, base - side * headWidth], tone: .solid),
        ]
    }
}
