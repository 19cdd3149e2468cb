import Layout
import Routine

/// A pictogram of an exercise: one pose, or a movement from a start pose (drawn faint) to an end
/// pose (solid) with an arrow along the moving part's path.
package struct Figure: Sendable, Hashable {
    /// Where a movement starts; `nil` for a still pose.
    package var start: Pose?
    /// The pose drawn solid.
    package var end: Pose
    /// The part the movement arrow follows; no arrow when `nil`.
    package var moving: BodyPart?

    /// Creates a figure.
    package init(start: Pose? = nil, end: Pose, moving: BodyPart? = nil) {
        self.start = start
        self.end = end
        self.moving = moving
    }

    /// The figure's marks in body units, for the left side (mirrored for the right).
    var sketch: Sketch {
        let endPlaced = PlacedPose(end)
        let startPlaced = start.map(PlacedPose.init)
        let startMarks = startPlaced.map { BodySketcher.marks($0, faint: true) } ?? []
        let body = BodySketcher.marks(endPlaced)
        var arrow: [Mark] = []
        if let startPlaced, let moving { arrow = MovementArrow.marks(from: startPlaced, to: endPlaced, part: moving) }
        let figure = Sketch(marks: startMarks + body + arrow)
        let props = PropSketcher.behind(endPlaced, body: figure)
        var marks = props + startMarks + body + PropSketcher.over(endPlaced) + arrow
        if end.view != .top, end.view != .above {
            let b = Sketch(marks: marks).bounds
            marks.insert(PropSketcher.floor(from: b.min.x - 5, to: b.max.x + 5), at: 0)
        }
        return Sketch(marks: marks)
    }

    /// Body parts that go below the floor, in any pose of the figure: (depth in body units, pose).
    var belowFloor: Double {
        let poses = [start, end].compactMap { $0 }
        return poses.compactMap { PlacedPose($0).belowFloor?.depth }.max() ?? 0
    }

    /// The figure drawn into `frame`, scaled to fit and centred, keeping its aspect.
    ///
    /// - Parameters:
    ///   - frame: where to draw; nothing goes outside it.
    ///   - color: the ink: the layout's accent, or black for large print.
    ///   - background: what lies behind, for the gaps around near limbs and the lighter tones.
    ///   - mirrored: draw the right-side version (the pose mirrored left to right).
    /// - Returns: vector shapes, in drawing order.
    package func items(in frame: Rect, color: Color, background: Color = .white, mirrored: Bool = false) -> [PageItem] {
        let marks = mirrored ? sketch.mirrored : sketch
        return SketchRenderer(sketch: marks, frame: frame, color: color, background: background).items
    }

    /// The figure for a step's sides: one panel, or for `.each` a Left panel and a mirrored Right
    /// panel side by side, each half of `frame`, drawn at the same scale.
    ///
    /// - Parameters:
    ///   - sides: the step's sides; `.right` draws the mirrored figure alone.
    ///   - frame: the whole area for the panels.
    ///   - color: the ink.
    ///   - background: what lies behind.
    package func panels(sides: Sides, in frame: Rect, color: Color, background: Color = .white) -> [FigurePanel] {
        switch sides {
        case .none:
            return [FigurePanel(side: nil, frame: frame, items: items(in: frame, color: color, background: background))]
        case .left, .right:
            let mirrored = sides == .right
            return [
                FigurePanel(
                    side: sides, frame: frame,
                    items: items(in: frame, color: color, background: background, mirrored: mirrored))
            ]
        case .each:
            let gap = frame.width * 0.06
            let half = (frame.width - gap) / 2
            let left = Rect(x: frame.minX, y: frame.minY, width: half, height: frame.height)
            let right = Rect(x: frame.minX + half + gap, y: frame.minY, width: half, height: frame.height)
            return [
                FigurePanel(side: .left, frame: left, items: items(in: left, color: color, background: background)),
                FigurePanel(
                    side: .right, frame: right,
                    items: items(in: right, color: color, background: background, mirrored: true)),
            ]
        }
    }
}
