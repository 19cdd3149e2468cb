import Layout
import Routine

/// Draws steps' figures for a layout engine: catalogue figures by name, inline poses read anew.
///
/// Pass one to a layout engine as its `FigureDrawer`; `ExerciseResolver` has already checked every
/// figure reference, so drawing never fails (a reference that cannot be drawn gives no panels).
public struct PoseFigureDrawer: FigureDrawer {
    /// Where named figures come from.
    public let catalogue: Catalogue

    /// Creates a drawer for `catalogue`.
    public init(catalogue: Catalogue) { self.catalogue = catalogue }

    /// The figure a reference names or holds; `nil` when it cannot be read.
    public func figure(for reference: FigureReference) -> Figure? {
        switch reference {
        case .named(let name, _): return catalogue.exercise(named: name)?.figure
        case .inline(let node):
            var reader = FigureReader()
            return reader.figure(node)
        }
    }

    public func panels(for figure: FigureReference, sides: Sides, in frame: Rect, color: Color, background: Color)
        -> [FigurePanel]
    {
        self.figure(for: figure)?.panels(sides: sides, in: frame, color: color, background: background) ?? []
    }

    public func poseDescription(for figure: FigureReference, labels: SheetLabels) -> PoseDescription? {
        guard let words = PoseWords.matching(labels), let drawn = self.figure(for: figure),
            let pose = words.describe(drawn)
        else { return nil }
        return PoseDescription(pose: pose, colon: words.colon, semicolon: words.semicolon, bothSides: words.bothSides)
    }
}
