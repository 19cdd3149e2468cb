/// A position on a page, measured from the top-left corner, y growing downwards.
public struct Point: Sendable, Hashable, Codable {
    public var x: Length
    public var y: Length
    /// Creates a point.
    public init(x: Length, y: Length) {
        self.x = x
        self.y = y
    }
}

/// A width and a height.
public struct Size: Sendable, Hashable, Codable {
    public var width: Length
    public var height: Length
    /// Creates a size.
    public init(width: Length, height: Length) {
        self.width = width
        self.height = height
    }
}

/// An axis-aligned rectangle on a page.
public struct Rect: Sendable, Hashable, Codable {
    public var origin: Point
    public var size: Size

    /// Creates a rectangle from its top-left corner and size.
    public init(x: Length, y: Length, width: Length, height: Length) {
        origin = Point(x: x, y: y)
        size = Size(width: width, height: height)
    }

    public var minX: Length { origin.x }
    public var minY: Length { origin.y }
    public var maxX: Length { origin.x + size.width }
    public var maxY: Length { origin.y + size.height }
    public var width: Length { size.width }
    public var height: Length { size.height }

    /// Whether `other` lies wholly inside this rectangle, allowing `tolerance` at each edge.
    public func contains(_ other: Rect, tolerance: Length = .pt(0.01)) -> Bool {
        other.minX >= minX - tolerance && other.minY >= minY - tolerance
            && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }

    /// Whether the two rectangles share area (touching edges do not count).
    public func overlaps(_ other: Rect, tolerance: Length = .pt(0.01)) -> Bool {
        minX < other.maxX - tolerance && other.minX < maxX - tolerance
            && minY < other.maxY - tolerance && other.minY < maxY - tolerance
    }

    /// The rectangle moved by `dx`, `dy`.
    public func offsetBy(dx: Length = .zero, dy: Length = .zero) -> Rect {
        Rect(x: minX + dx, y: minY + dy, width: width, height: height)
    }
}
