import CPango
import Layout

/// Pango layouts of text already shaped, shared by measuring and drawing and kept between pages
/// and sheets: a run is measured before it is drawn, and a batch draws the same labels, step
/// names and instructions for every client; shaping them again each time costs more than
/// drawing them.
///
/// Used only while holding the font library's lock. The layouts share one Pango context that
/// is never tied to a Cairo surface: it measures at 72 dpi with hinting off, exactly as
/// `PangoMeasurer` does, so a layout draws the same on a PDF page or a scaled PNG.
final class ShapedTextCache {
    /// A shaped run, its width in points and the characters no font has in it.
    struct Entry {
        let text: PangoText
        /// The logical width in Pango units, as Pango compares it with a line's width.
        let pangoWidth: Int32
        let missingCharacters: [Unicode.Scalar]

        /// The logical width in points.
        var width: Double { Double(pangoWidth) / Double(PANGO_SCALE) }
    }

    private struct Key: Hashable {
        let text: String
        let font: FontSpec
        let families: String
        let direction: TextDirection?
    }

    let context: OpaquePointer
    private var entries: [Key: Entry] = [:]
    /// Entries kept before the cache is emptied, to bound memory over a long batch.
    private static let limit = 4_000

    init?(fonts: FontLibrary) {
        guard let context = fonts.makeContext() else { return nil }
        self.context = context
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(context)) }

    /// The shaped layout of `run`, set in `families`, made on first use.
    func entry(for run: TextRun, families: String) -> Entry? {
        entry(text: run.text, font: run.font, families: families, direction: run.direction)
    }

    /// The shaped layout of `text`, made on first use; `direction` `nil` lets the text decide.
    func entry(text: String, font: FontSpec, families: String, direction: TextDirection? = nil) -> Entry? {
        let key = Key(text: text, font: font, families: families, direction: direction)
        if let known = entries[key] { return known }
        guard let text = PangoText(context: context, text: text, font: font, families: families, direction: direction)
        else { return nil }
        let entry = Entry(text: text, pangoWidth: text.pangoWidth, missingCharacters: text.missingCharacters)
        if entries.count >= Self.limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = entry
        return entry
    }
}
