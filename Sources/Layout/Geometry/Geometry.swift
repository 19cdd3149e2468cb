/// A position on a page, measured from the top-left corner, y growing downwards.
package struct Point: Sendable, Hashable, Codable {
    package var x: Length
    package var y: Length
    /// Creates a point.
    package init(x: Length, y: Length) {
        self.x = x
        self.y = y
    }
}

/// A width and a height.
package struct Size: Sendable, Hashable, Codable {
    package var width: Length
    package var height: Length
    /// Creates a size.
    package init(width: Length, height: Length) {
        self.width = width
        self.height = height
    }
}

/// An axis-aligned rectangle on a page.
package struct Rect: Sendable, Hashable, Codable {
    package var origin: Point
    package var size: Size

    /// Creates a rectangle from its top-left corner and size.
    package init(x: Length, y: Length, width: Length, height: Length) {
        origin = Point(x: x, y: y)
        size = Size(width: width, height: height)
    }

    package var minX: Length { origin.x }
    package var minY: Length { origin.y }
    package var maxX: Length { origin.x + size.width }
    package var maxY: Length { origin.y + size.height }
    package var width: Length { size.width }
    package var height: Length { size.height }

    /// Whether `other` lies wholly inside this rectangle, allowing `tolerance` at each edge.
    package func contains(_ other: Rect, tolerance: Length = .pt(0.01)) -> Bool {
        other.minX >= minX - tolerance && other.minY >= minY - tolerance
            && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }

    /// Whether the two rectangles share area (touching edges do not count).
    package func overlaps(_ other: Rect, tolerance: Length = .pt(0.01)) -> Bool {
        minX < other.maxX - tolerance && other.minX < maxX - tolerance
            && minY < other.maxY - tolerance && other.minY < maxY - tolerance
    }

    /// The rectangle moved by `dx`, `dy`.
    package func offsetBy(dx: Length = .zero, dy: Length = .zero) -> Rect {
        Rect(x: minX + dx, y: minY + dy, width: width, height: height)
    }
}
