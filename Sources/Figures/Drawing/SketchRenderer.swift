import Layout

/// Turns a sketch in body units into page shapes fitted into a frame.
struct SketchRenderer {
    let sketch: Sketch
    let frame: Rect
    let color: Color
    let background: Color

    /// The shapes, in drawing order.
    var items: [PageItem] {
        let b = sketch.bounds
        let width = max(b.max.x - b.min.x, 1)
        let height = max(b.max.y - b.min.y, 1)
        let scale = min(frame.width.points / width, frame.height.points / height)
        let left = frame.minX.points + (frame.width.points - width * scale) / 2
        let top = frame.minY.points + (frame.height.points - height * scale) / 2
        func point(_ v: Vector) -> Point {
            Point(x: .pt(left + (v.x - b.min.x) * scale), y: .pt(top + (b.max.y - v.y) * scale))
        }
        return sketch.marks.map { mark in
            switch mark {
            case .stroke(let points, let w, let tone):
                return .shape(
                    Shape(
                        segments: path(points.map(point)), stroke: ink(tone), lineWidth: .pt(w * scale), rounded: true))
            case .line(let points, let w, let tone):
                return .shape(
                    Shape(
                        segments: path(points.map(point)), stroke: ink(tone), lineWidth: .pt(w * scale), rounded: false)
                )
            case .disc(let centre, let radius, let tone):
                return .shape(
                    Shape(segments: [.circle(center: point(centre), radius: .pt(radius * scale))], fill: ink(tone)))
            case .fill(let points, let tone):
                return .shape(Shape(segments: path(points.map(point)) + [.close], fill: ink(tone)))
            }
        }
    }

    private func path(_ points: [Point]) -> [Shape.Segment] {
        guard let first = points.first else { return [] }
        return [.move(first)] + points.dropFirst().map { .line($0) }
    }

    /// The figure's colour blended toward the background by the tone.
    private func ink(_ tone: Tone) -> Color {
        let k = tone.strength
        return Color(
            red: color.red * k + background.red * (1 - k), green: color.green * k + background.green * (1 - k),
            blue: color.blue * k + background.blue * (1 - k))
    }
}
