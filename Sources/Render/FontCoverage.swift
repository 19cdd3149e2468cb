import CPango

extension FontLibrary {
    /// Whether some loaded font has a glyph for every character of `texts` (spaces and
    /// formatting characters aside).
    ///
    /// A quick look at the fonts' character maps: when it says yes, shaping every text again
    /// to look for missing glyphs is not needed; when it says no, the exact check names the
    /// character. Characters found once are remembered (`CoveredCharacters`), so a batch looks
    /// each up once, not once a sheet.
    package func covers(_ texts: some Sequence<String>) -> Bool {
        withLock {
            var charsets: [OpaquePointer]?
            for text in texts {
                // Most text is ASCII that was seen before: a byte at a time, no Unicode decoding.
                if coveredCharacters.containsASCII(text) { continue }
                for scalar in text.unicodeScalars where !coveredCharacters.contains(scalar) {
                    // Spaces and formatting characters need no glyph: known as covered too.
                    let needsNoGlyph =
                        scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
                        || scalar.properties.generalCategory == .control
                    if !needsNoGlyph {
                        let maps = charsets ?? characterMaps()
                        charsets = maps
                        guard maps.contains(where: { FcCharSetHasChar($0, scalar.value) == FcTrue }) else {
                            return false
                        }
                    }
                    coveredCharacters.insert(scalar)
                }
            }
            return true
        }
    }

    /// Whether some loaded font has a glyph for every character of `text`.
    package func covers(_ text: String) -> Bool { covers(CollectionOfOne(text)) }

    /// The character maps of the loaded fonts; call holding the lock.
    private func characterMaps() -> [OpaquePointer] {
        guard let fonts = FcConfigGetFonts(config, FcSetApplication) else { return [] }
        var charsets: [OpaquePointer] = []
        for index in 0..<Int(fonts.pointee.nfont) {
            var charset: OpaquePointer?
            guard let pattern = fonts.pointee.fonts[index],
                FcPatternGetCharSet(pattern, FC_CHARSET, 0, &charset) == FcResultMatch, let charset
            else { continue }
            charsets.append(charset)
        }
        return charsets
    }
}

/// Characters some loaded font is known to have: one bit each for the Basic Multilingual Plane,
/// a set beyond it. Fonts are only ever added, so a character once covered stays covered.
struct CoveredCharacters {
    private var plane = [UInt64](repeating: 0, count: 1024)
    private var beyond: Set<UInt32> = []

    /// Whether `text` is all ASCII, every character of it known.
    func containsASCII(_ text: String) -> Bool {
        let low = plane[0]
        let high = plane[1]
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes {
                let known = byte < 64 ? low & (1 << UInt64(byte)) : byte < 128 ? high & (1 << UInt64(byte - 64)) : 0
                if known == 0 { return false }
            }
            return true
        }
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value < 0x10000 else { return beyond.contains(value) }
        return plane[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
    }

    mutating func insert(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        guard value < 0x10000 else {
            beyond.insert(value)
            return
        }
        plane[Int(value >> 6)] |= 1 << UInt64(value & 63)
    }
}
