import CPango
import Layout

/// Draws a page's display list on a Cairo context: one walk over the items.
struct PageDrawer {
    let cairo: OpaquePointer
    /// Shaped text, kept between pages and sheets.
    let texts: ShapedTextCache
    let debugBoxes: Bool
    /// Font families for each run.
    let fonts: FontLibrary
    /// The document's pictures, decoded once.
    let images: ImageCache
    /// Draw characters no font has as boxes instead of failing.
    let allowMissingGlyphs: Bool

    /// Draws every item of `page` in order.
    /// - Throws: `RenderError.missingGlyph` for a character no font has, `.badImage` for a picture
    ///   that cannot be drawn.
    func draw(_ page: Page) throws(RenderError) {
        for item in page.items { try draw(item) }
        if debugBoxes { outline(page.items) }
    }

    /// Draws `page` with structure tags (PDF): decoration first and untagged, then the content in
    /// reading order inside its tags.
    /// - Returns: the plan drawn, whose figure descriptions and link texts the finishing pass adds.
    func drawTagged(_ page: Page, first: Bool) throws(RenderError) -> TagPlan {
        let plan = TagPlan(page, first: first)
        paintPaper(page.size)
        for index in plan.artifacts { try draw(page.items[index]) }
        for step in plan.steps {
            switch step {
            case .open(let name, let attributes): cairo_tag_begin(cairo, name, attributes)
            case .close(let name): cairo_tag_end(cairo, name)
            case .draw(let index): try draw(page.items[index])
            case .space(let index):
                guard case .text(var run) = page.items[index] else { continue }
                // At the run's end: its right for left-to-right text, its left for right-to-left.
                let rightToLeft = run.direction == .rightToLeft
                run.origin.x = rightToLeft ? run.origin.x - run.font.size * 0.3 : run.origin.x + run.width
                run.text = " "
                run.width = run.font.size * 0.3
                try draw(.text(run))
            }
        }
        if debugBoxes { outline(page.items) }
        return plan
    }

    /// Fills the page white, under everything (an artifact to a reader). Cairo's PDF surface adds
    /// the extent of every drawing operation to the region it has seen; over the paper that region
    /// stays one rectangle, where small scattered items make it hundreds, each added at a cost
    /// growing with their number: about 1.3 M instructions a sheet (issue 19).
    private func paintPaper(_ size: Size) {
        cairo_save(cairo)
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_rectangle(cairo, 0, 0, size.width.points, size.height.points)
        cairo_fill(cairo)
        cairo_restore(cairo)
    }

    private func draw(_ item: PageItem) throws(RenderError) {
        switch item {
        case .text(let run): try draw(run)
        case .box(let box): draw(box)
        case .rule(let rule): draw(rule)
        case .checkbox(let box): draw(box)
        case .checkmark(let mark): draw(mark)
        case .image(let image):
            let f = image.frame
            do {
                try images.draw(
                    image.path, in: (f.minX.points, f.minY.points, f.width.points, f.height.points), on: cairo)
            } catch {
                var problem = error
                problem.location = problem.location ?? image.source
                throw .badImage(problem)
            }
        case .link(let link): draw(link)
        case .shape(let shape): draw(shape)
        }
    }

    private func setColor(_ color: Color) {
        cairo_set_source_rgba(cairo, color.red, color.green, color.blue, color.alpha)
    }

    private func draw(_ run: TextRun) throws(RenderError) {
        guard let shaped = texts.entry(for: run, families: fonts.families(for: run.font.family)) else { return }
        let text = shaped.text
        if !allowMissingGlyphs, let missing = shaped.missingCharacters.first {
            throw .missingGlyph(MissingGlyph(character: missing, field: "the text \"\(run.text)\""))
        }
        setColor(run.color)
        cairo_move_to(cairo, run.origin.x.points, run.origin.y.points - text.baseline)
        pango_cairo_show_layout(cairo, text.layout)
    }

    /// How far a quarter circle's Bézier handles reach, as a share of its radius: 4/3·tan(π/8).
    static let quarterCircleHandle = 0.552_284_749_830_793_6

    private func roundedRect(_ frame: Rect, radius: Length) {
        let x = frame.minX.points, y = frame.minY.points, w = frame.width.points, h = frame.height.points
        let r = min(radius.points, w / 2, h / 2)
        guard r > 0 else {
            cairo_rectangle(cairo, x, y, w, h)
            return
        }
        // Each corner the one Bézier curve `cairo_arc` makes of a quarter circle, without its
        // sines and transforms: every checkbox has four (issue 19).
        let k = r * Self.quarterCircleHandle
        cairo_new_sub_path(cairo)
        cairo_move_to(cairo, x + w - r, y)
        cairo_curve_to(cairo, x + w - r + k, y, x + w, y + r - k, x + w, y + r)
        cairo_line_to(cairo, x + w, y + h - r)
        cairo_curve_to(cairo, x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h)
        cairo_line_to(cairo, x + r, y + h)
        cairo_curve_to(cairo, x + r - k, y + h, x, y + h - r + k, x, y + h - r)
        cairo_line_to(cairo, x, y + r)
        cairo_curve_to(cairo, x, y + r - k, x + r - k, y, x + r, y)
        cairo_close_path(cairo)
    }

    private func draw(_ box: Box) {
        roundedRect(box.frame, radius: box.cornerRadius)
        if let fill = box.fill {
            setColor(fill)
            if box.stroke != nil { cairo_fill_preserve(cairo) } else { cairo_fill(cairo) }
        }
        if let stroke = box.stroke {
            setColor(stroke)
            cairo_set_line_width(cairo, box.lineWidth.points)
            cairo_stroke(cairo)
        }
        cairo_new_path(cairo)
    }

    private func draw(_ rule: Rule) {
        setColor(rule.color)
        cairo_set_line_width(cairo, rule.lineWidth.points)
        cairo_set_line_cap(cairo, CAIRO_LINE_CAP_BUTT)
        cairo_move_to(cairo, rule.from.x.points, rule.from.y.points)
        cairo_line_to(cairo, rule.to.x.points, rule.to.y.points)
        cairo_stroke(cairo)
    }

    private func draw(_ box: Checkbox) {
        // The stroke sits inside the frame so the box's outer edge is exactly the frame.
        let inset = box.lineWidth / 2
        let frame = Rect(
            x: box.frame.minX + inset, y: box.frame.minY + inset, width: box.frame.width - box.lineWidth,
            height: box.frame.height - box.lineWidth)
        roundedRect(frame, radius: box.cornerRadius)
        setColor(.white)
        cairo_fill_preserve(cairo)
        setColor(box.stroke)
        cairo_set_line_width(cairo, box.lineWidth.points)
        cairo_stroke(cairo)
    }

    private func draw(_ mark: Checkmark) {
        let f = mark.frame
        func at(_ u: Double, _ v: Double) -> (Double, Double) {
            (f.minX.points + u * f.width.points, f.minY.points + v * f.height.points)
        }
        setColor(mark.color)
        cairo_set_line_width(cairo, mark.lineWidth.points)
        cairo_set_line_cap(cairo, CAIRO_LINE_CAP_ROUND)
        cairo_set_line_join(cairo, CAIRO_LINE_JOIN_ROUND)
        let a = at(0.24, 0.52), b = at(0.42, 0.70), c = at(0.76, 0.30)
        cairo_move_to(cairo, a.0, a.1)
        cairo_line_to(cairo, b.0, b.1)
        cairo_line_to(cairo, c.0, c.1)
        cairo_stroke(cairo)
    }

    private func draw(_ shape: Shape) {
        cairo_new_path(cairo)
        for segment in shape.segments {
            switch segment {
            case .move(let p): cairo_move_to(cairo, p.x.points, p.y.points)
            case .line(let p): cairo_line_to(cairo, p.x.points, p.y.points)
            case .curve(let a, let b, let c):
                cairo_curve_to(cairo, a.x.points, a.y.points, b.x.points, b.y.points, c.x.points, c.y.points)
            case .circle(let center, let radius):
                cairo_new_sub_path(cairo)
                cairo_arc(cairo, center.x.points, center.y.points, radius.points, 0, 2 * Double.pi)
                cairo_close_path(cairo)
            case .close: cairo_close_path(cairo)
            }
        }
        if let fill = shape.fill {
            setColor(fill)
            if shape.stroke != nil { cairo_fill_preserve(cairo) } else { cairo_fill(cairo) }
        }
        if let stroke = shape.stroke {
            setColor(stroke)
            cairo_set_line_width(cairo, shape.lineWidth.points)
            cairo_set_line_cap(cairo, shape.rounded ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
            cairo_set_line_join(cairo, shape.rounded ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
            cairo_stroke(cairo)
        }
        cairo_new_path(cairo)
    }

    private func draw(_ link: Link) {
        let f = link.frame
        let escaped = link.url.cairoAttributeEscaped
        let attributes =
            "rect=[\(f.minX.points) \(f.minY.points) \(f.width.points) \(f.height.points)] uri='\(escaped)'"
        cairo_tag_begin(cairo, CAIRO_TAG_LINK, attributes)
        cairo_tag_end(cairo, CAIRO_TAG_LINK)
    }

    /// Thin red outlines around every item, to see layout mistakes at a glance.
    private func outline(_ items: [PageItem]) {
        cairo_set_source_rgba(cairo, 0.9, 0.1, 0.1, 0.8)
        cairo_set_line_width(cairo, 0.3)
        for item in items {
            let f = item.frame
            cairo_rectangle(cairo, f.minX.points, f.minY.points, f.width.points, f.height.points)
            cairo_stroke(cairo)
        }
    }
}

extension String {
    /// The text as a quoted value of a Cairo tag attribute (`uri='…'`): backslashes and single
    /// quotes escaped.
    var cairoAttributeEscaped: String { filling("\\", with: "\\\\").filling("'", with: "\\'") }
}
