/// How strongly a mark is inked: the figure's colour blended toward the background.
enum Tone: Sendable, Hashable {
    /// The figure itself.
    case solid
    /// Far limbs, behind the body.
    case far
    /// Props and the floor.
    case prop
    /// Large props behind the figure: mats and walls.
    case area
    /// The start pose of a movement.
    case faint
    /// The background: a gap cut around a near limb.
    case knockout

    /// How much of the figure's colour the tone keeps.
    var strength: Double {
        switch self {
        case .solid: return 1
        case .far: return 0.5
        case .prop: return 0.3
        case .area: return 0.13
        case .faint: return 0.28
        case .knockout: return 0
        }
    }
}

/// One mark of a figure in body units (y up): a thick round-capped line, a disc or a filled outline.
enum Mark: Sendable, Hashable {
    case stroke([Vector], width: Double, tone: Tone)
    case disc(Vector, radius: Double, tone: Tone)
    /// A closed outline filled with the tone.
    case fill([Vector], tone: Tone)
    /// A straight-cornered (butt-capped) line, for props.
    case line([Vector], width: Double, tone: Tone)

    /// The mark mirrored left to right.
    var mirrored: Mark {
        switch self {
        case .stroke(let points, let width, let tone): return .stroke(points.map(\.mirrored), width: width, tone: tone)
        case .disc(let centre, let radius, let tone): return .disc(centre.mirrored, radius: radius, tone: tone)
        case .fill(let points, let tone): return .fill(points.map(\.mirrored), tone: tone)
        case .line(let points, let width, let tone): return .line(points.map(\.mirrored), width: width, tone: tone)
        }
    }

    /// The smallest and largest corner of the area the mark covers.
    var bounds: (min: Vector, max: Vector) {
        let points: [Vector]
        let pad: Double
        switch self {
        case .stroke(let p, let width, _), .line(let p, let width, _):
            points = p
            pad = width / 2
        case .disc(let centre, let radius, _):
            points = [centre]
            pad = radius
        case .fill(let p, _):
            points = p
            pad = 0
        }
        let xs = points.map(\.x)
        let ys = points.map(\.y)
        return (
            Vector(x: (xs.min() ?? 0) - pad, y: (ys.min() ?? 0) - pad),
            Vector(x: (xs.max() ?? 0) + pad, y: (ys.max() ?? 0) + pad)
        )
    }

    /// The same mark in another tone.
    func toned(_ newTone: Tone) -> Mark {
        switch self {
        case .stroke(let p, let width, _): return .stroke(p, width: width, tone: newTone)
        case .disc(let centre, let radius, _): return .disc(centre, radius: radius, tone: newTone)
        case .fill(let p, _): return .fill(p, tone: newTone)
        case .line(let p, let width, _): return .line(p, width: width, tone: newTone)
        }
    }
}

/// The marks of a whole figure, in drawing order, in body units.
struct Sketch: Sendable, Hashable {
    var marks: [Mark] = []

    /// The sketch mirrored left to right.
    var mirrored: Sketch { Sketch(marks: marks.map(\.mirrored)) }

    /// The area all marks cover.
    var bounds: (min: Vector, max: Vector) {
        var low = Vector(x: .infinity, y: .infinity)
        var high = Vector(x: -.infinity, y: -.infinity)
        for mark in marks {
            let b = mark.bounds
            low = Vector(x: min(low.x, b.min.x), y: min(low.y, b.min.y))
            high = Vector(x: max(high.x, b.max.x), y: max(high.y, b.max.y))
        }
        if marks.isEmpty { return (.zero, .zero) }
        return (low, high)
    }
}
