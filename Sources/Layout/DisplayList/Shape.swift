/// A vector outline: figures, pictograms, QR modules, arrows. Drawn as paths, never rasterised.
package struct Shape: Sendable, Hashable, Codable {
    /// One drawing command of a path, in page coordinates.
    package enum Segment: Sendable, Hashable, Codable {
        case move(Point)
        case line(Point)
        /// A cubic Bézier curve through two control points.
        case curve(Point, Point, Point)
        /// A full circle (its own sub-path).
        case circle(center: Point, radius: Length)
        case close
    }

    package var segments: [Segment]
    package var fill: Color?
    package var stroke: Color?
    package var lineWidth: Length
    /// Round caps and joins (limbs, arrows) rather than sharp ones.
    package var rounded: Bool
    /// What the drawing shows, for a screen reader (a step's figure); `nil` for decoration.
    package var alt: String? = nil
    /// The area the shape covers, including half the stroke.
    package var frame: Rect

    /// Creates a shape; its frame is computed from the points it passes through.
    package init(
        segments: [Segment], fill: Color? = nil, stroke: Color? = nil, lineWidth: Length = .zero, rounded: Bool = true
    ) {
        self.segments = segments
        self.fill = fill
        self.stroke = stroke
        self.lineWidth = lineWidth
        self.rounded = rounded
        frame = Shape.bounds(of: segments, padding: stroke == nil ? .zero : lineWidth / 2)
    }

    static func bounds(of segments: [Segment], padding: Length) -> Rect {
        var xs: [Length] = [], ys: [Length] = []
        for segment in segments {
            switch segment {
            case .move(let p), .line(let p):
                xs.append(p.x)
                ys.append(p.y)
            case .curve(let a, let b, let c):
                xs += [a.x, b.x, c.x]
                ys += [a.y, b.y, c.y]
            case .circle(let center, let radius):
                xs += [center.x - radius, center.x + radius]
                ys += [center.y - radius, center.y + radius]
            case .close: break
            }
        }
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else {
            return Rect(x: .zero, y: .zero, width: .zero, height: .zero)
        }
        return Rect(
            x: minX - padding, y: minY - padding, width: maxX - minX + padding * 2, height: maxY - minY + padding * 2)
    }

    /// The shape moved by `dx`, `dy`.
    package func offsetBy(dx: Length = .zero, dy: Length = .zero) -> Shape {
        func move(_ p: Point) -> Point { Point(x: p.x + dx, y: p.y + dy) }
        let moved: [Segment] = segments.map { segment in
            switch segment {
            case .move(let p): return .move(move(p))
            case .line(let p): return .line(move(p))
            case .curve(let a, let b, let c): return .curve(move(a), move(b), move(c))
            case .circle(let center, let radius): return .circle(center: move(center), radius: radius)
            case .close: return .close
            }
        }
        var shape = Shape(segments: moved, fill: fill, stroke: stroke, lineWidth: lineWidth, rounded: rounded)
        shape.alt = alt
        return shape
    }
}
