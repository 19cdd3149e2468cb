package import Figures
import Foundation

/// Pages that show catalogue figures on their own: one exercise (`repsheet exercises show`) or a
/// contact sheet of the whole catalogue.
package struct FigurePages: Sendable {
    /// Measures the labels.
    package let measurer: any TextMeasurer
    /// The labels' font family (the bundled face).
    package var family = "Atkinson Hyperlegible"
    /// The figures' ink.
    package var color = Color(hex: "#1D5F73") ?? .black
    /// What lies behind the figures.
    package var background = Color.white

    /// Creates a page maker measuring with `measurer`.
    package init(measurer: any TextMeasurer) { self.measurer = measurer }

    /// One exercise: its name over its figure, Left and Right panels for an each-side exercise.
    package func page(for exercise: Exercise) -> Page {
        let width = Length.mm(exercise.sides == .each ? 150 : 90)
        let size = Size(width: width, height: .mm(78))
        var items: [PageItem] = [
            .box(Box(frame: Rect(x: .zero, y: .zero, width: size.width, height: size.height), fill: background))
        ]
        let font = FontSpec(family: family, size: .pt(14), weight: .bold)
        items.append(text(exercise.name, font: font, x: .mm(6), baseline: .mm(10), color: .black))
        let frame = Rect(x: .mm(6), y: .mm(16), width: width - .mm(12), height: .mm(56))
        items += panels(exercise, in: frame)
        return Page(size: size, items: items)
    }

    /// Every exercise in a grid, `columns` across, each with its name: for looking at them all.
    package func contactSheet(_ exercises: [Exercise], columns: Int = 5) -> Page {
        let cell = Size(width: .mm(64), height: .mm(46))
        let rows = (exercises.count + columns - 1) / max(columns, 1)
        let size = Size(width: cell.width * Double(columns) + .mm(8), height: cell.height * Double(rows) + .mm(8))
        var items: [PageItem] = [
            .box(Box(frame: Rect(x: .zero, y: .zero, width: size.width, height: size.height), fill: background))
        ]
        let font = FontSpec(family: family, size: .pt(9), weight: .bold)
        for (n, exercise) in exercises.enumerated() {
            let x = .mm(4) + cell.width * Double(n % columns)
            let y = .mm(4) + cell.height * Double(n / columns)
            items.append(
                .box(
                    Box(
                        frame: Rect(
                            x: x + .mm(1), y: y + .mm(1), width: cell.width - .mm(2), height: cell.height - .mm(2)),
                        stroke: Color(hex: "#C4C4C4"), lineWidth: .pt(0.5), cornerRadius: .mm(1.5))))
            items.append(text(exercise.id, font: font, x: x + .mm(3), baseline: y + .mm(5.5), color: .black))
            items += panels(
                exercise,
                in: Rect(x: x + .mm(3), y: y + .mm(8), width: cell.width - .mm(6), height: cell.height - .mm(11)))
        }
        return Page(size: size, items: items)
    }

    /// The exercise's figure panels, each-side ones labelled Left and Right.
    private func panels(_ exercise: Exercise, in frame: Rect) -> [PageItem] {
        let labelFont = FontSpec(family: family, size: .pt(8), weight: .bold)
        let sides = exercise.sides ?? .none
        let labelled = sides != .none
        let figureFrame =
            labelled ? Rect(x: frame.minX, y: frame.minY, width: frame.width, height: frame.height - .mm(4)) : frame
        var items: [PageItem] = []
        for panel in exercise.figure.panels(sides: sides, in: figureFrame, color: color, background: background) {
            items += panel.items
            guard let side = panel.side else { continue }
            let label = side == .left ? "Left" : "Right"
            let width = measurer.width(of: label, font: labelFont)
            let x = panel.frame.minX + (panel.frame.width - width) / 2
            items.append(
                text(
                    label, font: labelFont, x: x, baseline: frame.maxY - .mm(0.5),
                    color: Color(hex: "#545454") ?? .black))
        }
        return items
    }

    private func text(_ string: String, font: FontSpec, x: Length, baseline: Length, color: Color) -> PageItem {
        .text(
            TextRun(
                text: string, font: font, color: color, origin: Point(x: x, y: baseline),
                width: measurer.width(of: string, font: font)))
    }
}
