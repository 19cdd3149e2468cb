import Yams

/// Finds where a key repeats in a mapping, given where it is first written.
///
/// Yams reports a repeated key with the place of its first occurrence only. The second one is
/// usually at the same column further down (block style and pretty-printed JSON), or later on the
/// same line (flow style); failing both, the next spelling followed by `:` anywhere after.
struct RepeatedKeyFinder {
    /// Where a key's own characters are: its scalar index and count, and its 1-based line and column.
    struct Occurrence {
        var start: Int
        var length: Int
        var line: Int
        var column: Int
    }

    let scalars: [Unicode.Scalar]
    private let lineStarts: [Int]

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        lineStarts = starts
    }

    /// The occurrence of `name` as a key after the one at `first`, or `nil` when it cannot be found.
    func secondOccurrence(of name: String, after first: Mark) -> Occurrence? {
        let key = Array(name.unicodeScalars)
        guard !key.isEmpty, first.line >= 1, first.line <= lineStarts.count else { return nil }
        let firstIndex = lineStarts[first.line - 1] + first.column - 1
        // Block style: a sibling key starts at the same column, with only spaces before it.
        var line = first.line + 1
        while line <= lineStarts.count {
            let start = lineStarts[line - 1]
            let indent = countSpaces(from: start)
            let next = start + indent
            if next < scalars.count, scalars[next] != "\n", scalars[next] != "#", scalars[next] != "\r" {
                if indent < first.column - 1 { break }
                if indent == first.column - 1, let found = match(key, at: next, line: line) { return found }
            }
            line += 1
        }
        // Flow style: any later spelling of the key followed by `:`.
        var index = firstIndex + 1
        while index < scalars.count {
            if scalars[index - 1] == " " || scalars[index - 1] == "," || scalars[index - 1] == "{"
                || scalars[index - 1] == "\n" || scalars[index - 1] == "\t",
                let found = match(key, at: index, line: lineOf(index))
            {
                return found
            }
            index += 1
        }
        return nil
    }

    /// `key` written plain, or in single or double quotes, at `index` and followed by a `:`.
    private func match(_ key: [Unicode.Scalar], at index: Int, line: Int) -> Occurrence? {
        for quote in [nil, "\"", "'"] as [Unicode.Scalar?] {
            var position = index
            if let quote {
                guard position < scalars.count, scalars[position] == quote else { continue }
                position += 1
            }
            let keyStart = position
            guard position + key.count <= scalars.count,
                Array(scalars[position..<position + key.count]) == key
            else {
                continue
            }
            position += key.count
            if let quote {
                guard position < scalars.count, scalars[position] == quote else { continue }
                position += 1
            }
            while position < scalars.count, scalars[position] == " " { position += 1 }
            guard position < scalars.count, scalars[position] == ":" else { continue }
            let column = keyStart - lineStarts[line - 1] + 1 - (quote == nil ? 0 : 1)
            return Occurrence(start: keyStart, length: key.count, line: line, column: column)
        }
        return nil
    }

    private func countSpaces(from start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index] == " " { index += 1 }
        return index - start
    }

    private func lineOf(_ index: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }
}
