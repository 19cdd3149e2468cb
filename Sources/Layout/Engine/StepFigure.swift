import Routine

/// A step's figure in a picture area: one panel, or for a one-sided step its panel(s) with a
/// Left/Right label under each, so the picture matches the rows of boxes beside it.
struct StepFigure {
    let composer: BlockComposer

    /// Whether `step` gets a figure: it has one, no image wins over it, the layout shows figures
    /// and a drawer was passed in.
    func shows(_ step: Step) -> Bool {
        step.image == nil && step.figure != nil && composer.figures != nil
            && composer.definition.picture.showsFigures(composer.definition.engine)
    }

    /// The figure's items inside `frame`, labels included; empty when nothing can be drawn.
    /// - Parameters:
    ///   - step: the step whose figure and sides to draw.
    ///   - frame: the whole area, labels included; figures are fitted and centred in it.
    ///   - background: what lies behind the figure (the tint of the frame).
    func items(for step: Step, in frame: Rect, background: Color) -> [PageItem] {
        guard shows(step), let figure = step.figure, let drawer = composer.figures else { return [] }
        let d = composer.definition
        let font = d.font(d.type.small, .bold)
        let sides = step.dose.sides
        let labelHeight = sides == .none ? Length.zero : font.ascent + font.descent + .mm(0.6)
        let area = Rect(
            x: frame.minX, y: frame.minY, width: frame.width, height: frame.height - labelHeight)
        let panels = drawer.panels(
            for: figure, sides: sides, in: area, color: d.colors.accent, background: background)
        let alt = step.figureAlt(
            pose: drawer.poseDescription(for: figure, labels: composer.labels), left: composer.labels.left,
            right: composer.labels.right)
        var items = panels.flatMap(\.items).map { $0.described(alt) }
        for panel in panels {
            guard let side = panel.side, side != .none else { continue }
            let text = side == .right ? composer.labels.right : composer.labels.left
            items.append(
                .text(
                    composer.setter.line(
                        text, font: font, color: d.colors.muted, x: panel.frame.minX,
                        baseline: frame.maxY - font.descent,
                        maxWidth: panel.frame.width, alignment: .center)))
        }
        return items
    }
}
