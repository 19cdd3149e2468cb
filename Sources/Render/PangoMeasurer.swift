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
            guard let layout = PangoText(context: context, text: text, font: font, families: families)
            else { return [text] }
            let lines = layout.lines(maxWidth: maxWidth.points)
            if breaks.count >= Self.cacheLimit { breaks.removeAll(keepingCapacity: true) }
            breaks[key] = lines
            return lines
        }
    }
}

/// What a measurement depends on: the text, the font, the fallback families in use, the width.
private struct MeasureKey: Hashable {
    let text: String
    let font: FontSpec
    let families: String
    let maxWidth: Length
}
