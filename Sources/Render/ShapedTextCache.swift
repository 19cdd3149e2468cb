import CPango
import Layout

/// Pango layouts of text already shaped, shared by measuring and drawing and kept between pages
/// and sheets: a run is measured before it is drawn, and a batch draws the same labels, step
/// names and instructions for every client; shaping them again each time costs more than
/// drawing them.
///
/// Used only while holding the font library's lock. The layouts share Pango contexts that are
/// never tied to a Cairo surface: they measure at 72 dpi with hinting off, exactly as
/// `PangoMeasurer` does, so a layout draws the same on a PDF page or a scaled PNG. There is one
/// context per paragraph direction: a layout is laid out again with its context's direction
/// whenever the context changes, so one context switched between directions would turn a
/// left-to-right run ("1.5 km") right to left after a right-to-left one.
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

        /// Leaves out `families`, which follows from the font's family in one font library (and
        /// is still compared): hashing its long list for every run of a batch costs more than
        /// hashing the run's text (issue 19).
        func hash(into hasher: inout Hasher) {
            hasher.combine(text)
            hasher.combine(font)
            hasher.combine(direction)
        }
    }

    /// The contexts for text that decides its own direction, left-to-right and right-to-left.
    private let contexts: (natural: OpaquePointer, leftToRight: OpaquePointer, rightToLeft: OpaquePointer)
    private var entries: [Key: Entry] = [:]
    /// Entries kept before the cache is emptied, to bound memory over a long batch.
    private static let limit = 4_000

    init?(fonts: FontLibrary) {
        guard let natural = fonts.makeContext() else { return nil }
        guard let leftToRight = fonts.makeContext() else {
            g_object_unref(UnsafeMutableRawPointer(natural))
            return nil
        }
        guard let rightToLeft = fonts.makeContext() else {
            g_object_unref(UnsafeMutableRawPointer(natural))
            g_object_unref(UnsafeMutableRawPointer(leftToRight))
            return nil
        }
        contexts = (natural, leftToRight, rightToLeft)
    }

    deinit {
        for context in [contexts.natural, contexts.leftToRight, contexts.rightToLeft] {
            g_object_unref(UnsafeMutableRawPointer(context))
        }
    }

    /// The context for text of `direction`.
    private func context(for direction: TextDirection?) -> OpaquePointer {
        switch direction {
        case nil: contexts.natural
        case .leftToRight?: contexts.leftToRight
        case .rightToLeft?: contexts.rightToLeft
        }
    }

    /// The shaped layout of `run`, set in `families`, made on first use.
    func entry(for run: TextRun, families: String) -> Entry? {
        entry(text: run.text, font: run.font, families: families, direction: run.direction)
    }

    /// The shaped layout of `text`, made on first use; `direction` `nil` lets the text decide.
    func entry(text: String, font: FontSpec, families: String, direction: TextDirection? = nil) -> Entry? {
        let key = Key(text: text, font: font, families: families, direction: direction)
        if let known = entries[key] { return known }
        guard
            let text = PangoText(
                context: context(for: direction), text: text, font: font, families: families, direction: direction)
        else { return nil }
        let entry = Entry(text: text, pangoWidth: text.pangoWidth, missingCharacters: text.missingCharacters)
        if entries.count >= Self.limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = entry
        return entry
    }
}
