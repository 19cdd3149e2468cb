import Foundation

/// A point or direction in body units (a standing figure is about 100 tall), y pointing up.
struct Vector: Sendable, Hashable {
    var x: Double
    var y: Double

    static let zero = Vector(x: 0, y: 0)

    /// The unit direction `degrees` away from straight up, turning toward +x (the figure's front).
    static func direction(_ degrees: Double) -> Vector {
        let radians = degrees * .pi / 180
        return Vector(x: sin(radians), y: cos(radians))
    }

    static func + (a: Vector, b: Vector) -> Vector { Vector(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: Vector, b: Vector) -> Vector { Vector(x: a.x - b.x, y: a.y - b.y) }
    static func * (a: Vector, k: Double) -> Vector { Vector(x: a.x * k, y: a.y * k) }

    /// Length of the vector.
    var length: Double { (x * x + y * y).squareRoot() }

    /// The point `fraction` of the way to `other`.
    func lerp(_ other: Vector, _ fraction: Double) -> Vector { self + (other - self) * fraction }

    /// Mirrored left to right.
    var mirrored: Vector { Vector(x: -x, y: y) }
}
