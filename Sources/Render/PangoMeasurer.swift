import CPango
import Foundation
import Layout

/// Measures and breaks text with Pango and the bundled fonts, exactly as the renderer draws it.
package final class PangoMeasurer: TextMeasurer, @unchecked Sendable {
    // @unchecked: the Pango context and the caches are used only while holding the font library's lock.
    /// The fonts it measures with.
    package let fonts: FontLibrary
    let context: OpaquePointer
    /// Line breaks already worked out: a batch lays out the same routine for every client, so
    /// most paragraphs are broken again at the same width. (Widths come from the font library's
    /// shaped-text cache.)
    private var breaks: [MeasureKey: [String]] = [:]
    /// Entries kept before a cache is emptied, to bound memory on huge batches.
    private static let cacheLimit = 20_000

    /// Creates a measurer over the bundled fonts.
    /// - Throws: `RenderError.cairo` when Pango cannot create a context.
    package init(fonts: FontLibrary) throws(RenderError) {
        guard let context = fonts.makeContext() else { throw .cairo("cannot create a Pango context") }
        self.fonts = fonts
        self.context = context
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(context)) }

    package func width(of text: String, font: FontSpec) -> Length {
        fonts.withLock {
            // Shaped once, and kept, for measuring and drawing alike.
            let shaped = fonts.shapedTextCache()?.entry(
                text: text, font: font, families: fonts.families(for: font.family))
            return .pt(shaped?.width ?? 0)
        }
    }

    package func lines(of text: String, font: FontSpec, maxWidth: Length) -> [String] {
        fonts.withLock {
            let families = fonts.families(for: font.family)
            let key = MeasureKey(text: text, font: font, families: families, maxWidth: maxWidth)
            if let known = breaks[key] { return known }
            let lines: [String]
            if let line = oneLine(text, font: font, families: families, maxWidth: maxWidth) {
                lines = line
            } else {
                guard let layout = PangoText(context: context, text: text, font: font, families: families)
                else { return [text] }
                lines = layout.lines(maxWidth: maxWidth.points)
            }
            if breaks.count >= Self.cacheLimit { breaks.removeAll(keepingCapacity: true) }
            breaks[key] = lines
            return lines
        }
    }
}

extension PangoMeasurer {
    /// The text on one line, when Pango would not break it at `maxWidth` (`PangoText.staysOneLine`),
    /// found from the shaped-text cache's layout: a short text is measured and drawn whole
    /// anyway, so it is shaped once rather than again in a layout made only to break it. `nil`
    /// when the text may need breaking; a text too long to fit even in narrow letters is not
    /// shaped here at all. Called while holding the font library's lock.
    fileprivate func oneLine(_ text: String, font: FontSpec, families: String, maxWidth: Length) -> [String]? {
        let scalars = text.unicodeScalars
        guard Double(scalars.count) * font.size.points * Self.narrowLetter <= maxWidth.points,
            !scalars.contains(where: { $0 == "\t" || $0 == "\u{0}" }),
            let shaped = fonts.shapedTextCache()?.entry(text: text, font: font, families: families),
            shaped.text.staysOneLine(
                logicalWidth: shaped.pangoWidth, wrapWidth: PangoText.wrapWidth(points: maxWidth.points))
        else { return nil }
        return PangoText.hyphenated([text])
    }

    /// A narrow letter's advance in ems: texts wider than this many per letter are broken by
    /// Pango without first being shaped whole.
    private static let narrowLetter = 0.4
}

/// What a measurement depends on: the text, the font, the fallback families in use, the width.
private struct MeasureKey: Hashable {
    let text: String
    let font: FontSpec
    let families: String
    let maxWidth: Length

    /// Leaves out `families`, which follows from the font's family (and is still compared), as
    /// `ShapedTextCache`'s key does.
    func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(font)
        hasher.combine(maxWidth)
    }
}
