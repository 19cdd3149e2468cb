/// Encodes text as a QR code; the renderer's encoder in production, a fake in tests.
package protocol QRCodeMaker: Sendable {
    /// The code for `text`, or `nil` when it cannot be encoded (too long).
    func qrCode(for text: String) -> QRCode?
}

/// A QR code's modules: a square grid of dark and light cells, without the quiet zone.
package struct QRCode: Sendable, Hashable {
    /// Modules per side.
    package let size: Int
    /// Row by row, `true` for a dark module.
    package let modules: [Bool]

    /// Creates a code from `size × size` modules, row by row; `nil` when the count is wrong.
    package init?(size: Int, modules: [Bool]) {
        guard size > 0, modules.count == size * size else { return nil }
        self.size = size
        self.modules = modules
    }

    /// Whether the module in `row`, `column` is dark.
    package func isDark(row: Int, column: Int) -> Bool { modules[row * size + column] }

    /// The dark modules as one filled vector shape, `side` wide with its top-left corner at
    /// `origin`; each run of dark modules in a row is one rectangle.
    package func shape(origin: Point, side: Length, color: Color) -> Shape {
        let module = side / Double(size)
        var segments: [Shape.Segment] = []
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < size, isDark(row: row, column: column) { column += 1 }
                let x0 = origin.x + module * Double(start)
                let x1 = origin.x + module * Double(column)
                let y0 = origin.y + module * Double(row)
                let y1 = y0 + module
                segments += [
                    .move(Point(x: x0, y: y0)), .line(Point(x: x1, y: y0)), .line(Point(x: x1, y: y1)),
                    .line(Point(x: x0, y: y1)), .close,
                ]
            }
        }
        return Shape(segments: segments, fill: color, rounded: false)
    }
}
