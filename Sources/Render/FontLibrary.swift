import CPango
import Foundation

/// The bundled fonts, loaded through a private fontconfig configuration so they always win
/// and a sheet looks the same on every machine.
public final class FontLibrary: @unchecked Sendable {
    let config: OpaquePointer
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    /// The font files that were loaded.
    public let files: [String]

    /// Loads every .ttf and .otf file in `directory`.
    /// - Throws: `RenderError.fontsUnavailable` when none loads.
    public init(directory: String) throws(RenderError) {
        guard let config = FcConfigCreate() else { throw .fontsUnavailable(directory: directory) }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        var loaded: [String] = []
        for name in names where name.lowercased().hasSuffix(".ttf") || name.lowercased().hasSuffix(".otf") {
            let path = (directory as NSString).appendingPathComponent(name)
            if FcConfigAppFontAddFile(config, path) == FcTrue { loaded.append(path) }
        }
        // Make the private configuration the current one, so nothing loads the system configuration.
        FcConfigSetCurrent(config)
        guard !loaded.isEmpty,
            let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)
        else {
            FcConfigDestroy(config)
            throw .fontsUnavailable(directory: directory)
        }
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        self.config = config
        self.fontMap = map
        self.files = loaded
    }

    deinit {
        g_object_unref(fontMap)
        FcConfigDestroy(config)
    }

    /// A Pango context at 72 dpi (sizes in points) with glyph rounding and hinting off, so
    /// PDF and PNG measure and break text alike.
    func makeContext() -> OpaquePointer? {
        guard let context = pango_font_map_create_context(fontMap) else { return nil }
        pango_context_set_round_glyph_positions(context, 0)
        pango_cairo_context_set_resolution(context, 72)
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
        return context
    }
}
