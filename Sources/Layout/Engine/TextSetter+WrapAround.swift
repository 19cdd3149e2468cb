/// Where a paragraph set beside a picture may widen: below `until`, its lines run `width` wide
/// from `x`, under the picture, instead of staying in the narrow column beside it.
struct WrapAround {
    /// The least top of a line box set wide: the picture's bottom and a little clearance.
    let until: Length
    /// Left edge of the wide lines.
    let x: Length
    /// Width of the wide lines.
    let width: Length

    /// Space left between a picture's bottom and the first line box set under it.
    static let clearance = Length.mm(1.5)
    /// The fewest lines a paragraph must run below the picture, in the narrow column, to go on
    /// under it: a line or two more under the tile is not worth a paragraph of two widths.
    static let leastLinesUnder = 3

    /// The column a piece starting at `top` is set in: the narrow one (`x`, `width`) above
    /// `until`, the wide one below it.
    func column(at top: Length, x: Length, width: Length) -> (x: Length, width: Length) {
        top >= until ? (self.x, self.width) : (x, width)
    }
}

extension TextSetter {
    /// A paragraph as `paragraph` sets it, but going on under a picture: the lines whose box
    /// starts above `wrap.until` are set `width` wide at `x`, beside the picture; the rest of
    /// the text is broken again `wrap.width` wide at `wrap.x`, when it would take at least
    /// `WrapAround.leastLinesUnder` lines of the narrow column. A long paragraph on a wide card
    /// then fills the space under its picture tile rather than running down a narrow column
    /// with the tile's width left empty below it.
    ///
    /// When the lines cannot be matched back to the text (a break the measurer made in a way
    /// this does not recognise), the whole paragraph stays narrow, as `paragraph` sets it.
    func paragraph(
        _ text: String, font: FontSpec, color: Color, x: Length, top: Length, width: Length,
        source: TextSource? = nil, wrap: WrapAround?
    ) -> (runs: [PageItem], height: Length) {
        guard let wrap, wrap.width > width else {
            return paragraph(text, font: font, color: color, x: x, top: top, width: width, source: source)
        }
        if top >= wrap.until {
            return paragraph(text, font: font, color: color, x: wrap.x, top: top, width: wrap.width, source: source)
        }
        let narrowLines = measurer.lines(of: text, font: font, maxWidth: width).filter { !$0.isEmpty }
        var beside = 0
        while beside < narrowLines.count, top + font.lineHeight * Double(beside) < wrap.until { beside += 1 }
        guard narrowLines.count - beside >= WrapAround.leastLinesUnder,
            let rest = Self.text(of: text, after: narrowLines.prefix(beside))
        else {
            return paragraph(text, font: font, color: color, x: x, top: top, width: width, source: source)
        }
        let placed =
            narrowLines.prefix(beside).map { ($0, x, width) }
            + measurer.lines(of: rest, font: font, maxWidth: wrap.width).filter { !$0.isEmpty }.map {
                ($0, wrap.x, wrap.width)
            }
        return stacked(placed, font: font, color: color, top: top, source: source)
    }

    /// What is left of `text` after the broken `lines` that begin it, without the space at the
    /// break; `nil` when the lines do not spell the start of `text`. Space the break took and
    /// soft hyphens are skipped; a hyphen ending a line that the text does not have there is
    /// one the break added inside a word, which the rest then continues.
    static func text(of text: String, after lines: ArraySlice<String>) -> String? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        for line in lines {
            let lineScalars = Array(line.unicodeScalars)
            var at = 0
            while at < lineScalars.count {
                if index < scalars.count, scalars[index] == lineScalars[at] {
                    index += 1
                    at += 1
                } else if index < scalars.count, scalars[index].properties.isWhitespace || scalars[index] == "\u{AD}" {
                    index += 1
                } else if at == lineScalars.count - 1, ["-", "\u{2010}"].contains(lineScalars[at]) {
                    at += 1
                } else {
                    return nil
                }
            }
        }
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        guard index < scalars.count else { return nil }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[index...])
        return String(rest)
    }
}
