import CPango
import Foundation

/// The bundled fonts, loaded through a private fontconfig configuration so they always win
/// and a sheet looks the same on every machine.
///
/// The configuration holds the bundled files and, when the system has them, the Noto CJK
/// fonts for Chinese, Japanese and Korean, which are too large to bundle; the sheet's language
/// picks their face (`CJKFace`, `family(_:language:)`). No other system font is
/// visible, so a character none of these fonts has is reported instead of drawn from a
/// font that happens to be installed.
package final class FontLibrary: @unchecked Sendable {
    // @unchecked: the fontconfig configuration and the Pango font map are not thread-safe;
    // every use goes through `lock` (see `withLock`).
    let config: OpaquePointer
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let lock = NSRecursiveLock()
    private var loadedFiles: [String]
    private var cjkLoaded = false
    /// The Pango family list of each family name a layout uses; emptied when CJK fonts load.
    private var familyLists: [String: String] = [:]
    /// Layouts of text already shaped, made on first use.
    private var shapedTexts: ShapedTextCache?
    /// Characters some loaded font is known to have (`covers(_:)`); used holding the lock.
    var coveredCharacters = CoveredCharacters()
    private let systemFiles: [String]
    /// Whether every face is made before use and kept (`anchorFaces()`), CJK faces when loaded.
    var anchorsFaces = false
    /// The Pango fonts that keep this library's Cairo faces alive (`anchorFaces()`).
    var anchoredFonts: [UnsafeMutablePointer<PangoFont>] = []

    /// The system font files searched for Chinese, Japanese and Korean.
    package static let systemCJKFiles = [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    ]

    /// Families of bundled fallback fonts, in the order they are tried.
    static let bundledFallbacks = ["Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew"]
    /// The CJK family tried last unless the family names another (`family(_:language:)`).
    static let cjkFamily = CJKFace.simplifiedChinese.family

    /// Loads every .ttf and .otf file in `directory`. The system's Noto CJK fonts are added
    /// only when text needs them (`loadCJKFonts()`): scanning them costs more than a whole sheet.
    /// - Parameters:
    ///   - directory: the bundled `Fonts/` folder.
    ///   - systemFiles: extra system font files to make visible for CJK text when they exist.
    ///   - cacheFolder: where fontconfig may keep its scan of the bundled fonts (`World.cacheFolder`);
    ///     `nil` scans them each time.
    /// - Throws: `RenderError.fontsUnavailable` when no bundled font loads.
    package init(directory: String, systemFiles: [String] = FontLibrary.systemCJKFiles, cacheFolder: String? = nil)
        throws(RenderError)
    {
        guard let config = FcConfigCreate() else { throw .fontsUnavailable(directory: directory) }
        // With a cache folder, fontconfig scans the bundled files once and later runs map its
        // cache instead (it rescans when the folder changes); without one every file is scanned
        // each run (adding the folder would make fontconfig complain that it cannot write a cache).
        if let cache = cacheFolder {
            _ = FcConfigParseAndLoadFromMemory(
                config, "<fontconfig><cachedir>\(FontLibrary.xmlEscaped(cache))</cachedir></fontconfig>", FcFalse)
            _ = FcConfigAppFontAddDir(config, directory)
        } else {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
            for name in names where name.lowercased().hasSuffix(".ttf") || name.lowercased().hasSuffix(".otf") {
                _ = FcConfigAppFontAddFile(config, (directory as NSString).appendingPathComponent(name))
            }
        }
        let loaded = FontLibrary.files(in: config)
        // The process's current configuration is left alone: Pango is given this one, and a
        // program that wants the system's left unread says so once (`ProcessFonts.isolate()`).
        guard !loaded.isEmpty,
            let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)
        else {
            FcConfigDestroy(config)
            throw .fontsUnavailable(directory: directory)
        }
        // Slanted and emboldened stand-ins for faces a family lacks (Noto Sans has no italic
        // file here), as the system's 90-synthetic.conf would make them.
        _ = FcConfigParseAndLoadFromMemory(config, FontLibrary.syntheticRules, FcFalse)
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        self.config = config
        self.fontMap = map
        self.loadedFiles = loaded
        self.systemFiles = systemFiles
    }

    deinit {
        for font in anchoredFonts { g_object_unref(UnsafeMutableRawPointer(font)) }
        g_object_unref(fontMap)
        FcConfigDestroy(config)
    }

    static func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The files of the fonts added to `config`, in order.
    private static func files(in config: OpaquePointer) -> [String] {
        guard let set = FcConfigGetFonts(config, FcSetApplication) else { return [] }
        var files: [String] = []
        for index in 0..<Int(set.pointee.nfont) {
            var file: UnsafeMutablePointer<FcChar8>?
            if let font = set.pointee.fonts[index], FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch,
                let file
            {
                let path = String(cString: file)
                if !files.contains(path) { files.append(path) }
            }
        }
        return files
    }

    /// The font files that were loaded, bundled first.
    package var files: [String] { withLock { loadedFiles } }

    /// Families tried, in order, after the one a layout names: Latin, Greek and Cyrillic,
    /// then Arabic, Hebrew and, once loaded, CJK.
    package var fallbackFamilies: [String] {
        withLock { FontLibrary.bundledFallbacks + (cjkLoaded ? [FontLibrary.cjkFamily] : []) }
    }

    /// Whether the system's CJK fonts have been made visible (`loadCJKFonts()`).
    package var hasCJKFonts: Bool { withLock { cjkLoaded } }

    /// Makes the system's Noto CJK fonts visible, once; returns whether any was found.
    @discardableResult
    package func loadCJKFonts() -> Bool {
        withLock {
            if cjkLoaded { return true }
            var added = false
            for path in systemFiles where FileManager.default.isReadableFile(atPath: path) {
                if FcConfigAppFontAddFile(config, path) == FcTrue {
                    loadedFiles.append(path)
                    added = true
                }
            }
            if added {
                pango_fc_font_map_config_changed(OpaquePointer(fontMap))
                cjkLoaded = true
                familyLists.removeAll()
                anchorLoadedFaces()
            }
            return added
        }
    }

    /// Whether `text` has Chinese, Japanese or Korean characters, which need the CJK fonts.
    package static func needsCJK(_ text: String) -> Bool {
        // Every such character is U+1100 or above, three or four bytes in UTF-8 from lead byte 0xE1.
        guard text.utf8.contains(where: { $0 >= 0xE1 }) else { return false }
        return text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF,
                0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
                return true
            default:
                return false
            }
        }
    }

    /// Runs `body` holding the library's lock: fontconfig and the Pango font map are shared
    /// by every measurer and renderer made from this library and must not be used concurrently.
    package func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// The family name for text of a sheet in `language`: `family` itself for text whose Chinese
    /// characters take the Simplified Chinese face, else `family` and the language's CJK face
    /// separated by a comma ("Atkinson Hyperlegible,Noto Sans CJK JP" for `ja`). Layouts set a
    /// sheet's text in this family so measuring and drawing alike use the language's face.
    /// - Parameters:
    ///   - family: the layout's font family; a CJK face already named in it is replaced.
    ///   - language: the sheet's BCP 47 language tag.
    package static func family(_ family: String, language: String) -> String {
        let primary = family.split(separator: ",").first.map(String.init) ?? family
        let face = CJKFace(language: language)
        return face == .simplifiedChinese ? primary : "\(primary),\(face.family)"
    }

    /// The Pango family list for text set in `family`: that family first, then the fallbacks,
    /// with the CJK face `family` names (see `family(_:language:)`) in place of the default one.
    func families(for family: String) -> String {
        withLock {
            if let known = familyLists[family] { return known }
            let names = family.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let primary = names.first ?? family
            let face = names.dropFirst().lazy.compactMap(CJKFace.init(family:)).first
            var fallbacks = FontLibrary.bundledFallbacks
            if cjkLoaded { fallbacks.append(face?.family ?? FontLibrary.cjkFamily) }
            let list = ([primary] + fallbacks.filter { $0 != primary }).joined(separator: ",")
            familyLists[family] = list
            return list
        }
    }

    /// The cache of shaped text layouts; call while holding the lock.
    func shapedTextCache() -> ShapedTextCache? {
        if shapedTexts == nil { shapedTexts = ShapedTextCache(fonts: self) }
        return shapedTexts
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

    private static let syntheticRules = """
        <?xml version="1.0"?>
        <fontconfig>
          <match target="font">
            <test name="slant" compare="eq"><const>roman</const></test>
            <test target="pattern" name="slant" compare="not_eq"><const>roman</const></test>
            <edit name="matrix" mode="assign">
              <times><name>matrix</name><matrix><double>1</double><double>0.2</double><double>0</double><double>1</double></matrix></times>
            </edit>
            <edit name="slant" mode="assign"><const>oblique</const></edit>
          </match>
          <match target="font">
            <test name="weight" compare="less_eq"><const>medium</const></test>
            <test target="pattern" name="weight" compare="more_eq"><const>bold</const></test>
            <edit name="embolden" mode="assign"><bool>true</bool></edit>
            <edit name="weight" mode="assign"><const>bold</const></edit>
          </match>
        </fontconfig>
        """
}
