import CPango
import Foundation

/// Cairo keeps one font face per font file and set of load options for the whole process, shared
/// by every Pango font map, and cairo 1.16 finds or adds it in a list it does not lock. Two
/// batch workers, each with its own font library, that make the same face at once can both add
/// one: a worker then sets some sizes in one face and others in its twin, and every sheet it
/// writes embeds that font twice (a file 5 KB larger, no longer byte-identical to a one-worker
/// run). Making every face once, before the workers start, and keeping them leaves the workers
/// only finding faces, never adding one.
extension FontLibrary {
    /// Held while a font library makes its Cairo faces, so no two libraries make them at once.
    private static let faceMaking = NSLock()

    /// Makes the Cairo face of every family the library holds, in regular, bold, italic and
    /// bold italic (a face Pango fakes by slanting or emboldening is a face of its own), and
    /// keeps them for the library's life; the CJK faces too when they are loaded later. Call it
    /// for each library before several are used on different threads at once; later calls do
    /// nothing.
    package func anchorFaces() {
        withLock {
            guard !anchorsFaces else { return }
            anchorsFaces = true
            anchorLoadedFaces()
        }
    }

    /// Makes and keeps the faces of every family now loaded, when the library anchors its
    /// faces; call holding the lock.
    func anchorLoadedFaces() {
        guard anchorsFaces, let context = makeContext() else { return }
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        Self.faceMaking.lock()
        defer { Self.faceMaking.unlock() }
        for family in familyNames {
            for weight in [PANGO_WEIGHT_NORMAL, PANGO_WEIGHT_BOLD] {
                for style in [PANGO_STYLE_NORMAL, PANGO_STYLE_ITALIC] {
                    guard let description = pango_font_description_new() else { continue }
                    defer { pango_font_description_free(description) }
                    pango_font_description_set_family(description, family)
                    pango_font_description_set_weight(description, weight)
                    pango_font_description_set_style(description, style)
                    pango_font_description_set_absolute_size(description, 10 * Double(PANGO_SCALE))
                    guard let font = pango_font_map_load_font(fontMap, context, description) else { continue }
                    // Pango makes the Cairo face when the font is first asked for its scaled font.
                    _ = pango_cairo_font_get_scaled_font(OpaquePointer(font))
                    anchoredFonts.append(font)
                }
            }
        }
    }
}
