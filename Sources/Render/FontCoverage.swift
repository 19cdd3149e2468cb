import CPango

extension FontLibrary {
    /// Whether some loaded font has a glyph for every character of `text` (spaces and
    /// formatting characters aside).
    ///
    /// A quick look at the fonts' character maps: when it says yes, shaping every text again
    /// to look for missing glyphs is not needed; when it says no, the exact check names the
    /// character.
    package func covers(_ text: String) -> Bool {
        withLock {
            guard let fonts = FcConfigGetFonts(config, FcSetApplication) else { return false }
            var charsets: [OpaquePointer] = []
            for index in 0..<Int(fonts.pointee.nfont) {
                var charset: OpaquePointer?
                guard let pattern = fonts.pointee.fonts[index],
                    FcPatternGetCharSet(pattern, FC_CHARSET, 0, &charset) == FcResultMatch, let charset
                else { continue }
                charsets.append(charset)
            }
            var seen = Set<UInt32>()
            for scalar in text.unicodeScalars where seen.insert(scalar.value).inserted {
                if scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
                    || scalar.properties.generalCategory == .control
                {
                    continue
                }
                if !charsets.contains(where: { FcCharSetHasChar($0, scalar.value) == FcTrue }) { return false }
            }
            return true
        }
    }
}
