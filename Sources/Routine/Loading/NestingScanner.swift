/// A fast pass over the raw bytes that rejects nesting too deep for the recursive YAML composer.
///
/// Yams builds its node tree recursively, so 100,000 nested `[` would overflow the stack before any
/// error could be reported. This scan over-estimates the depth without parsing: every `[` and `{`
/// counts (even inside text, so nothing can hide from it), and block nesting is bounded by the open
/// indentation levels and the `- `, `? `, `: ` indicators that start a line.
enum NestingScanner {
    /// The byte offset at which the estimated depth first exceeds `limit`, or `nil` when it never does.
    static func firstOffsetTooDeep(in bytes: [UInt8], limit: Int = RoutineLimits.maxNestingDepth)
        -> Int?
    {
        var flowDepth = 0
        var indents: [Int] = []
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if let offset = blockDepthOverflow(bytes, lineStart, lineEnd, &indents, flowDepth, limit) {
                return offset
            }
            for offset in lineStart..<lineEnd {
                switch bytes[offset] {
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    flowDepth += 1
                    if 2 * indents.count + flowDepth > limit { return offset }
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    flowDepth = max(0, flowDepth - 1)
                default:
                    break
                }
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// Updates the stack of open indentation columns for one line; returns an offset when too deep.
    private static func blockDepthOverflow(
        _ bytes: [UInt8], _ start: Int, _ end: Int, _ indents: inout [Int], _ flowDepth: Int,
        _ limit: Int
    ) -> Int? {
        var position = start
        while position < end, bytes[position] == UInt8(ascii: " ") { position += 1 }
        guard position < end, bytes[position] != UInt8(ascii: "#"),
            bytes[position] != UInt8(ascii: "\r")
        else {
            return nil
        }
        let indent = position - start
        while let last = indents.last, last > indent { indents.removeLast() }
        if indents.last.map({ indent > $0 }) ?? true { indents.append(indent) }
        if 2 * indents.count + flowDepth > limit { return position }
        // Compact nesting on one line: "- - - x", "? ? x", ": - x".
        while position < end, isIndicator(bytes[position]),
            position + 1 == end || bytes[position + 1] == UInt8(ascii: " ")
        {
            position += 1
            while position < end, bytes[position] == UInt8(ascii: " ") { position += 1 }
            let column = position - start
            if indents.last.map({ column > $0 }) ?? true { indents.append(column) }
            if 2 * indents.count + flowDepth > limit { return position }
        }
        return nil
    }

    private static func isIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":")
    }
}
