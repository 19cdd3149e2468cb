import Routine

/// Draws a step's figure (a pictogram of the exercise) as vector items, so a layout engine can
/// show it without depending on the Figures stage: passed in like the `TextMeasurer`.
///
/// The Figures target supplies `PoseFigureDrawer`; layout tests may pass a fake or `nil`.
package protocol FigureDrawer: Sendable {
    /// The step's figure laid into `frame`: one panel, or a Left and a Right panel (mirrored)
    /// for a `sides: each` step. Empty when the figure cannot be drawn.
    ///
    /// - Parameters:
    ///   - figure: the step's resolved figure reference.
    ///   - sides: the step's sides; `.each` gives two panels side by side.
    ///   - frame: the area to draw into; figures are scaled to fit and centred, keeping their aspect.
    ///   - color: the figure's ink (the layout's accent, or black for large print).
    ///   - background: the colour behind the figure, used to cut a thin gap around near limbs.
    func panels(for figure: FigureReference, sides: Sides, in frame: Rect, color: Color, background: Color)
        -> [FigurePanel]

    /// What the figure shows for a screen reader, in the language of `labels` ("lying on the back,
    /// moving one knee"); `nil` when the drawer has no words for that language.
    func poseDescription(for figure: FigureReference, labels: SheetLabels) -> PoseDescription?
}

/// One drawing of a figure: for one side, or for a step without sides.
package struct FigurePanel: Sendable, Hashable {
    /// The side this panel shows; `nil` for a step without sides. Label it "Left"/"Right".
    package var side: Sides?
    /// The panel's area (the figure lies inside it).
    package var frame: Rect
    /// The vector items drawing the figure.
    package var items: [PageItem]

    /// Creates a panel.
    package init(side: Sides?, frame: Rect, items: [PageItem]) {
        self.side = side
        self.frame = frame
        self.items = items
    }
}

extension FigureDrawer {
    /// No words for any figure: a drawer that does not describe its poses.
    package func poseDescription(for figure: FigureReference, labels: SheetLabels) -> PoseDescription? { nil }
}
