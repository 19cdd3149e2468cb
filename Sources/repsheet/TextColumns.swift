/// Lines up rows of cells in columns for a terminal: every column padded with spaces to its widest
/// cell, measured in terminal cells (a Chinese or Japanese character takes two), so the columns
/// line up whatever the names are written in.
struct TextColumns {
    /// The rows, each a list of cells; a short row leaves its last columns empty.
    var rows: [[String]]
    /// Spaces between one column and the next.
    var gap = 2

    /// One line per row; the last cell of a line is not padded, so no line ends in spaces.
    var lines: [String] {
        let count = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: count)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], Self.displayWidth(of: cell)) }
        }
        return rows.map { row in
            var line = ""
            for (index, cell) in row.enumerated() {
                line += cell
                if index < row.count - 1 {
                    line += String(repeating: " ", count: widths[index] - Self.displayWidth(of: cell) + gap)
                }
            }
            return line
        }
    }

    /// The width of `text` in terminal cells: two for each wide (East Asian) character, none for
    /// a control character, one for any other character (with its combining marks).
    static func displayWidth(of text: String) -> Int {
        text.reduce(0) { total, character in
            guard let scalar = character.unicodeScalars.first else { return total }
            if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { return total }
            return total + (isWide(scalar) ? 2 : 1)
        }
    }

    /// Whether a terminal gives `scalar` two cells: the East Asian Wide and Fullwidth blocks
    /// (Hangul, CJK, kana, fullwidth forms) and pictographic emoji.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
