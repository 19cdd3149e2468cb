import Routine

/// One positioned thing on a page: the display list between layout and rendering.
package enum PageItem: Sendable, Hashable, Codable {
    case text(TextRun)
    case box(Box)
    case rule(Rule)
    case checkbox(Checkbox)
    case checkmark(Checkmark)
    case image(PlacedImage)
    case link(Link)
    case shape(Shape)

    /// The area the item covers on the page.
    package var frame: Rect {
        switch self {
        case .text(let run): return run.frame
        case .box(let box): return box.frame
        case .rule(let rule): return rule.frame
        case .checkbox(let box): return box.frame
        case .checkmark(let mark): return mark.frame
        case .image(let image): return image.frame
        case .link(let link): return link.frame
        case .shape(let shape): return shape.frame
        }
    }
}

/// A single line of text set in one font and colour, placed by its baseline.
package struct TextRun: Sendable, Hashable, Codable {
    package var text: String
    package var font: FontSpec
    package var color: Color
    /// The left end of the baseline.
    package var origin: Point
    /// The measured advance width of the text.
    package var width: Length
    /// The paragraph direction to draw the run in; `nil` lets the text decide by its first letter.
    package var direction: TextDirection?
    /// Which routine text the run was set from, so a character no font has is reported there;
    /// `nil` for the sheet's own words and numbers. Not encoded, and not in the dump.
    package var source: TextSource?

    private enum CodingKeys: String, CodingKey {
        case text, font, color, origin, width, direction
    }

    /// Creates a text run.
    package init(
        text: String, font: FontSpec, color: Color, origin: Point, width: Length, source: TextSource? = nil
    ) {
        self.text = text
        self.font = font
        self.color = color
        self.origin = origin
        self.width = width
        self.source = source
    }

    /// The line box: from ascent above the baseline to descent below it.
    package var frame: Rect {
        Rect(x: origin.x, y: origin.y - font.ascent, width: width, height: font.ascent + font.descent)
    }
}

/// Which way a line of text runs.
package enum TextDirection: String, Sendable, Hashable, Codable {
    case leftToRight
    case rightToLeft
}

/// A rectangle or circle, filled and/or stroked: panels, frames, badges.
package struct Box: Sendable, Hashable, Codable {
    package var frame: Rect
    package var fill: Color?
    package var stroke: Color?
    package var lineWidth: Length
    package var cornerRadius: Length

    /// Creates a box; a corner radius of half the side makes a circle.
    package init(
        frame: Rect, fill: Color? = nil, stroke: Color? = nil, lineWidth: Length = .zero, cornerRadius: Length = .zero
    ) {
        self.frame = frame
        self.fill = fill
        self.stroke = stroke
        self.lineWidth = lineWidth
        self.cornerRadius = cornerRadius
    }
}

/// A straight line: hairlines, section rules, writing lines, accent bars.
package struct Rule: Sendable, Hashable, Codable {
    package var from: Point
    package var to: Point
    package var color: Color
    package var lineWidth: Length

    /// Creates a line from `from` to `to`.
    package init(from: Point, to: Point, color: Color, lineWidth: Length) {
        self.from = from
        self.to = to
        self.color = color
        self.lineWidth = lineWidth
    }

    /// The area the stroke covers.
    package var frame: Rect {
        let half = lineWidth / 2
        let minX = min(from.x, to.x), maxX = max(from.x, to.x)
        let minY = min(from.y, to.y), maxY = max(from.y, to.y)
        let horizontal = from.y == to.y
        let vertical = from.x == to.x
        return Rect(
            x: vertical ? minX - half : minX, y: horizontal ? minY - half : minY,
            width: vertical ? lineWidth : maxX - minX, height: horizontal ? lineWidth : maxY - minY)
    }
}

/// An empty box to tick with a pen, one per rep.
package struct Checkbox: Sendable, Hashable, Codable {
    package var frame: Rect
    package var stroke: Color
    package var lineWidth: Length
    package var cornerRadius: Length

    /// Creates a checkbox.
    package init(frame: Rect, stroke: Color, lineWidth: Length, cornerRadius: Length) {
        self.frame = frame
        self.stroke = stroke
        self.lineWidth = lineWidth
        self.cornerRadius = cornerRadius
    }
}

/// A tick (✓) drawn as a path inside `frame`, so no font needs the glyph.
package struct Checkmark: Sendable, Hashable, Codable {
    package var frame: Rect
    package var color: Color
    package var lineWidth: Length

    /// Creates a tick mark.
    package init(frame: Rect, color: Color, lineWidth: Length) {
        self.frame = frame
        self.color = color
        self.lineWidth = lineWidth
    }
}

/// A picture file drawn into `frame`, keeping its aspect ratio.
package struct PlacedImage: Sendable, Hashable, Codable {
    package var frame: Rect
    /// Absolute path of a PNG, JPEG or SVG file.
    package var path: String
    /// What the picture shows, for a screen reader; `nil` lets the renderer make one.
    package var alt: String?
    /// Where the routine names the picture (the step's `image:`), so a picture that cannot be
    /// drawn is reported there; not encoded.
    package var source: SourceLocation?

    private enum CodingKeys: String, CodingKey {
        case frame, path, alt
    }

    /// Creates a placed image.
    package init(frame: Rect, path: String, alt: String? = nil, source: SourceLocation? = nil) {
        self.frame = frame
        self.path = path
        self.alt = alt
        self.source = source
    }
}

/// A clickable area that opens `url` (a link annotation in a PDF, an `<a>` in an SVG page).
package struct Link: Sendable, Hashable, Codable {
    package var frame: Rect
    package var url: String

    /// Creates a link area.
    package init(frame: Rect, url: String) {
        self.frame = frame
        self.url = url
    }
}
