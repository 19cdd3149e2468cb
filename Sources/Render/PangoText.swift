import CPango
import Layout

/// A Pango layout for one run of text in one font; frees its Pango objects when released.
final class PangoText {
    let layout: OpaquePointer

    /// Marks a glyph Pango drew as a missing-glyph box; the rest of the value is the character.
    static let unknownGlyphFlag: UInt32 = 0x1000_0000

    /// - Parameters:
    ///   - families: a comma-separated family list, tried in order for each character.
    ///   - direction: the paragraph direction; `nil` takes it from the first strong letter.
    init?(context: OpaquePointer, text: String, font: FontSpec, families: String, direction: TextDirection? = nil) {
        switch direction {
        case .rightToLeft?: pango_context_set_base_dir(context, PANGO_DIRECTION_RTL)
        case .leftToRight?: pango_context_set_base_dir(context, PANGO_DIRECTION_LTR)
        case nil: pango_context_set_base_dir(context, PANGO_DIRECTION_WEAK_LTR)
        }
        guard let layout = pango_layout_new(context) else { return nil }
        self.layout = layout
        pango_layout_set_auto_dir(layout, direction == nil ? 1 : 0)
        guard let description = pango_font_description_new() else { return nil }
        pango_font_description_set_family(description, families)
        pango_font_description_set_weight(description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(description, font.size.points * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_text(layout, text, -1)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// The logical width in points.
    var width: Double { Double(pangoWidth) / Double(PANGO_SCALE) }

    /// The logical width in Pango units.
    var pangoWidth: Int32 {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return logical.width
    }

    /// Distance from the layout's top to its first baseline, in points.
    var baseline: Double { Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE) }

    /// The characters drawn as missing-glyph boxes because no font has them, in order, once each.
    var missingCharacters: [Unicode.Scalar] {
        guard pango_layout_get_unknown_glyphs_count(layout) > 0, let iterator = pango_layout_get_iter(layout) else {
            return []
        }
        defer { pango_layout_iter_free(iterator) }
        var found: [Unicode.Scalar] = []
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iterator), let glyphs = run.pointee.glyphs else {
                continue
            }
            for index in 0..<Int(glyphs.pointee.num_glyphs) {
                let glyph = UInt32(glyphs.pointee.glyphs[index].glyph)
                guard glyph & Self.unknownGlyphFlag != 0, let scalar = Unicode.Scalar(glyph & ~Self.unknownGlyphFlag)
                else { continue }
                if !found.contains(scalar) { found.append(scalar) }
            }
        } while pango_layout_iter_next_run(iterator) != 0
        return found
    }

    /// Breaks the text into lines of at most `width` points (words first, then characters).
    func lines(maxWidth: Double) -> [String] {
        pango_layout_set_width(layout, Self.wrapWidth(points: maxWidth))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        guard let textPointer = pango_layout_get_text(layout) else { return [] }
        let bytes = Array(
            UnsafeBufferPointer(
                start: UnsafeRawPointer(textPointer).assumingMemoryBound(to: UInt8.self), count: strlen(textPointer)))
        keepWordsWhole(Self.hangulWords(in: bytes))
        var result: [String] = []
        // Whether each line ends a paragraph: its line break ("\n", U+2028) is in the text
        // but in no line, so the next line starts after a gap.
        var endsParagraph: [Bool] = []
        var previousEnd: Int?
        var list = pango_layout_get_lines_readonly(layout)
        while let node = list {
            if let line = node.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self) {
                let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
                if start >= 0, length >= 0, start + length <= bytes.count {
                    if let previousEnd, !endsParagraph.isEmpty {
                        endsParagraph[endsParagraph.count - 1] = start > previousEnd
                    }
                    result.append(String(decoding: bytes[start..<start + length], as: UTF8.self))
                    endsParagraph.append(true)
                    previousEnd = start + length
                }
            }
            list = node.pointee.next
        }
        return Self.hyphenated(result, endsParagraph: endsParagraph)
    }

    /// Forbids line breaks inside each of `ranges` (byte ranges of the text).
    private func keepWordsWhole(_ ranges: [Range<Int>]) {
        guard !ranges.isEmpty, let list = pango_attr_list_new() else { return }
        for range in ranges {
            guard let attribute = pango_attr_allow_breaks_new(0) else { continue }
            attribute.pointee.start_index = UInt32(range.lowerBound)
            attribute.pointee.end_index = UInt32(range.upperBound)
            pango_attr_list_insert(list, attribute)
        }
        pango_layout_set_attributes(layout, list)
        pango_attr_list_unref(list)
    }

    /// The byte ranges of the Korean words of UTF-8 `bytes`: runs of two or more Hangul letters.
    /// Korean spaces its words and breaks lines between them, never between the syllables of a
    /// word ("쉬세 / 요." split a verb); Unicode's line breaking, which Pango follows, allows a
    /// break between any two syllables.
    static func hangulWords(in bytes: [UInt8]) -> [Range<Int>] {
        func isHangul(_ value: UInt32) -> Bool {
            (0xAC00...0xD7A3).contains(value) || (0x1100...0x11FF).contains(value)
                || (0x3130...0x318F).contains(value)
        }
        // Hangul's UTF-8 lead bytes are 0xE1 (jamo), 0xE3 (compatibility jamo) and 0xEA–0xED
        // (syllables): most text has none, and is not decoded here.
        guard bytes.contains(where: { (0xE1...0xED).contains($0) }) else { return [] }
        var ranges: [Range<Int>] = []
        var start: Int?
        var count = 0
        var offset = 0
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let length = UTF8.width(scalar)
            if isHangul(scalar.value) {
                if start == nil { (start, count) = (offset, 0) }
                count += 1
            } else if let first = start {
                if count > 1 { ranges.append(first..<offset) }
                start = nil
            }
            offset += length
        }
        if let first = start, count > 1 { ranges.append(first..<offset) }
        return ranges
    }

    /// `lines` without their trailing spaces, with a hyphen after each that Pango broke inside a
    /// word of a script that spaces its words (Latin, Greek, Cyrillic): Pango draws that hyphen
    /// itself, but the lines are drawn one by one. Pango counts the hyphen's width when it
    /// breaks, so the line still fits. A line that ends its paragraph (`endsParagraph`, where
    /// the text has a line break) was not broken inside a word.
    static func hyphenated(_ lines: [String], endsParagraph: [Bool] = []) -> [String] {
        var result = lines.map { $0.trimmingWhitespaceAtEnd() }
        for index in lines.indices.dropLast() {
            if index < endsParagraph.count, endsParagraph[index] { continue }
            // A line that ends in a space (trimmed above) was broken between words.
            guard let last = lines[index].unicodeScalars.last, let next = lines[index + 1].unicodeScalars.first,
                spacesWords(last), spacesWords(next)
            else { continue }
            result[index] += "-"
        }
        return result
    }

    /// Whether `scalar` is a letter of a script whose words are separated by spaces.
    private static func spacesWords(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.isAlphabetic else { return false }
        switch scalar.value {
        case 0x41...0x24F, 0x370...0x3FF, 0x400...0x52F, 0x1E00...0x1FFF: return true
        default: return false
        }
    }
}

extension String {
    func trimmingWhitespaceAtEnd() -> String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\n" || last == "\t" || last == "\u{2028}" {
            text.removeLast()
        }
        return String(text)
    }
}
