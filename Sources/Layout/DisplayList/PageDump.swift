/// A readable text form of the display list, one item a line, for golden-file tests.
extension Sheet {
    /// Every page and item with lengths in points, two decimals at most.
    package func dump() -> String {
        var lines: [String] = []
        for (index, page) in pages.enumerated() {
            lines.append("page \(index + 1) \(f(page.size.width))x\(f(page.size.height))")
            for item in page.items { lines.append("  " + item.dumpLine) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension PageItem {
    var dumpLine: String {
        switch self {
        case .text(let run):
            let direction = run.direction == .rightToLeft ? " rtl" : ""
            return "text \(p(run.origin)) w\(f(run.width)) \(run.font) \(run.color)\(direction) \"\(run.text)\""
        case .box(let box):
            let fill = box.fill.map { " fill \($0)" } ?? ""
            let stroke = box.stroke.map { " stroke \($0) \(f(box.lineWidth))" } ?? ""
            return "box \(r(box.frame)) r\(f(box.cornerRadius))\(fill)\(stroke)"
        case .rule(let rule):
            return "rule \(p(rule.from))-\(p(rule.to)) \(f(rule.lineWidth)) \(rule.color)"
        case .checkbox(let box):
            return "checkbox \(r(box.frame))"
        case .checkmark(let mark):
            return "checkmark \(r(mark.frame))"
        case .image(let image):
            return "image \(r(image.frame)) \(image.path)"
        case .link(let link):
            return "link \(r(link.frame)) \(link.url)"
        case .shape(let shape):
            let fill = shape.fill.map { " fill \($0)" } ?? ""
            let stroke = shape.stroke.map { " stroke \($0) \(f(shape.lineWidth))" } ?? ""
            return "shape \(r(shape.frame)) \(shape.segments.count) segments\(fill)\(stroke)"
        }
    }
}

private func f(_ length: Length) -> String { Length.format(length.points) }
private func p(_ point: Point) -> String { "\(f(point.x)),\(f(point.y))" }
private func r(_ rect: Rect) -> String { "\(f(rect.minX)),\(f(rect.minY)) \(f(rect.width))x\(f(rect.height))" }
