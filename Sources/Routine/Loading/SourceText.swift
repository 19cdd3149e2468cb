/// The bytes of a routine file with a table of line starts, to turn byte offsets into line and column.
struct SourceText: Sendable {
    /// The file name used in diagnostics.
    let fileName: String
    /// The UTF-8 bytes of the text.
    let bytes: [UInt8]
    /// Byte offset at which each line starts.
    private let lineStarts: [Int]

    /// Indexes `bytes` (which need not be valid UTF-8) for locations.
    init(fileName: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// The location of a byte offset: 1-based line, and 1-based column counted in Unicode scalars as libyaml does.
    func location(ofOffset offset: Int) -> SourceLocation {
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        while index < clamped {
            // Count lead bytes only, so a multi-byte character is one column.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(file: fileName, line: low + 1, column: column)
    }

    /// A location from a 1-based line and column.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: fileName, line: line, column: column)
    }

    /// The start of the file, where whole-file problems are reported.
    var start: SourceLocation { SourceLocation(file: fileName, line: 1, column: 1) }

    /// The byte offset of the first byte that is not part of valid UTF-8, or `nil` when all of it is.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
