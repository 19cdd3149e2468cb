/// Sets measured text as positioned runs: paragraphs, single lines, aligned lines.
struct TextSetter {
    let measurer: any TextMeasurer

    /// Horizontal placement of a single line.
    enum Alignment {
        case left, right, center
    }

    /// A wrapped paragraph whose first line box starts at `top`; returns its runs and height.
    /// Every line carries `source`, the routine text it was set from.
    func paragraph(
        _ text: String, font: FontSpec, color: Color, x: Length, top: Length, width: Length,
        source: TextSource? = nil
    ) -> (runs: [PageItem], height: Length) {
        let lines = measurer.lines(of: text, font: font, maxWidth: width).filter { !$0.isEmpty }
        return stacked(lines.map { ($0, x, width) }, font: font, color: color, top: top, source: source)
    }

    /// Lines set one under another, the first line box starting at `top`, each at its own left
    /// edge and no wider than its own width; returns their runs and height.
    func stacked(
        _ lines: [(text: String, x: Length, width: Length)], font: FontSpec, color: Color, top: Length,
        source: TextSource?
    ) -> (runs: [PageItem], height: Length) {
        var runs: [PageItem] = []
        var baseline = top + font.ascent
        for line in lines {
            let run = TextRun(
                text: line.text, font: font, color: color, origin: Point(x: line.x, y: baseline),
                width: min(measurer.width(of: line.text, font: font), line.width), source: source)
            runs.append(.text(run))
            baseline += font.lineHeight
        }
        return (runs, height(lines: runs.count, font: font))
    }

    /// Height of `lines` lines of `font`, from the first line box's top to the last one's bottom.
    func height(lines: Int, font: FontSpec) -> Length {
        guard lines > 0 else { return .zero }
        return font.lineHeight * Double(lines - 1) + font.ascent + font.descent
    }

    /// One line of text on `baseline`, shortened with "…" when wider than `maxWidth`, carrying
    /// `source`, the routine text it was set from.
    func line(
        _ text: String, font: FontSpec, color: Color, x: Length, baseline: Length,
        maxWidth: Length, alignment: Alignment = .left, source: TextSource? = nil
    ) -> TextRun {
        let fitted = fit(text, font: font, maxWidth: maxWidth)
        let width = min(measurer.width(of: fitted, font: font), maxWidth)
        let left: Length
        switch alignment {
        case .left: left = x
        case .right: left = x + maxWidth - width
        case .center: left = x + (maxWidth - width) / 2
        }
        return TextRun(
            text: fitted, font: font, color: color, origin: Point(x: left, y: baseline), width: width, source: source)
    }

    /// One line as `line` sets it, but set smaller first, down to `least` of its size, when it
    /// is wider than `maxWidth`: a long name or a long word of another language is shown whole
    /// where it can be, and cut short with "…" only past that.
    func shrinkingLine(
        _ text: String, font: FontSpec, color: Color, x: Length, baseline: Length, maxWidth: Length,
        least: Double = 0.75, alignment: Alignment = .left, source: TextSource? = nil
    ) -> TextRun {
        var font = font
        let natural = measurer.width(of: text, font: font)
        if natural > maxWidth, maxWidth > .zero {
            font = font.with(size: font.size * max(least, maxWidth.points / natural.points))
        }
        return line(
            text, font: font, color: color, x: x, baseline: baseline, maxWidth: maxWidth, alignment: alignment,
            source: source)
    }

    /// The smallest share of its size `fittingWords` sets a title at.
    static let leastFittedSize = 0.75

    /// `font` made smaller, down to `least` of its size, until the widest word of `text` fits in
    /// `width`: a title's long word ("Schulterstabilisierungsprogramm" in large print on narrow
    /// paper) is set whole on its line where it can be, and hyphenated only past that.
    func fittingWords(_ text: String, font: FontSpec, width: Length, least: Double = leastFittedSize) -> FontSpec {
        guard width > .zero else { return font }
        let widest = widestWord(of: text, font: font)
        guard widest > width else { return font }
        // A hair under the exact ratio, so that rounding never leaves the word a fraction too wide.
        return font.with(size: font.size * max(least, width.points / widest.points * 0.995))
    }

    /// The width of the widest word of `text` (words separated by white space) in `font`.
    func widestWord(of text: String, font: FontSpec) -> Length {
        text.split(whereSeparator: \.isWhitespace).map { measurer.width(of: String($0), font: font) }.max() ?? .zero
    }

    /// `text`, or its longest prefix with "…" that fits in `maxWidth`.
    func fit(_ text: String, font: FontSpec, maxWidth: Length) -> String {
        if measurer.width(of: text, font: font) <= maxWidth { return text }
        let characters = Array(text)
        var low = 0, high = characters.count
        while low < high {
            let mid = (low + high + 1) / 2
            let candidate = String(characters[0..<mid]) + "…"
            if measurer.width(of: candidate, font: font) <= maxWidth { low = mid } else { high = mid - 1 }
        }
        return low == 0 ? "" : String(characters[0..<low]).trimmingTrailingSpaces() + "…"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
