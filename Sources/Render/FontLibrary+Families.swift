import CPango
import Foundation

extension FontLibrary {
    /// The family names of the loaded fonts (bundled, and the system CJK fonts once loaded), sorted.
    package var familyNames: [String] {
        withLock {
            var families: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
            var count: Int32 = 0
            pango_font_map_list_families(fontMap, &families, &count)
            defer { g_free(families) }
            guard let families else { return [] }
            var names: Set<String> = []
            for index in 0..<Int(count) {
                if let family = families[index], let name = pango_font_family_get_name(family) {
                    names.insert(String(cString: name))
                }
            }
            return names.sorted()
        }
    }
}
