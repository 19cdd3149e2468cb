/// A strict JSON grammar check that finds the first syntax error and where it is.
///
/// Routine files named `.json` must be real JSON; the YAML parser alone would also accept YAML
/// syntax there. The check is iterative, so deep nesting cannot overflow the stack.
enum JSONSyntaxChecker {
    /// The first syntax error: its byte offset and a description, or `nil` when the text is valid JSON.
    static func firstError(in bytes: [UInt8]) -> (offset: Int, message: String)? {
        var checker = Checker(bytes: bytes)
        do {
            try checker.run()
            return nil
        } catch {
            return (error.offset, error.message)
        }
    }

    fileprivate struct Failure: Error {
        let offset: Int
        let message: String
    }

    private enum Container { case array, object }

    private struct Checker {
        let bytes: [UInt8]
        var position = 0
        var stack: [Container] = []

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() throws(Failure) {
            var expectingValue = true
            while true {
                if expectingValue {
                    try valueStart()
                    expectingValue = justOpened
                    continue
                }
                guard let container = stack.last else { break }
                skipSpace()
                let closing: UInt8 = container == .array ? UInt8(ascii: "]") : UInt8(ascii: "}")
                guard let byte = peek() else {
                    throw fail(
                        container == .array
                            ? "a list opened with `[` is not closed with `]`"
                            : "an object opened with `{` is not closed with `}`")
                }
                if byte == closing {
                    position += 1
                    stack.removeLast()
                } else if byte == UInt8(ascii: ",") {
                    let comma = position
                    position += 1
                    skipSpace()
                    if peek() == closing {
                        throw Failure(
                            offset: comma,
                            message:
                                "a trailing comma before `\(Character(Unicode.Scalar(closing)))`; JSON allows no `,` after the last item"
                        )
                    }
                    if container == .object { try key() }
                    expectingValue = true
                } else {
                    throw fail(
                        "expected `,` or `\(Character(Unicode.Scalar(closing)))` after a value, found \(found())"
                    )
                }
            }
            skipSpace()
            if position < bytes.count {
                throw fail("extra text after the end of the JSON data, found \(found())")
            }
        }

        /// Whether the last `valueStart()` opened a non-empty container, whose first element comes next.
        var justOpened = false

        /// Reads a scalar, an empty container, or the opening of a container (pushed on the stack).
        mutating func valueStart() throws(Failure) {
            justOpened = false
            skipSpace()
            guard let byte = peek() else { throw fail("expected a value, found the end of the file") }
            switch byte {
            case UInt8(ascii: "{"):
                position += 1
                skipSpace()
                if peek() == UInt8(ascii: "}") {
                    position += 1
                    return
                }
                stack.append(.object)
                try key()
                justOpened = true
            case UInt8(ascii: "["):
                position += 1
                skipSpace()
                if peek() == UInt8(ascii: "]") {
                    position += 1
                    return
                }
                stack.append(.array)
                justOpened = true
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            default:
                for word in ["true", "false", "null"] where matches(word) {
                    position += word.utf8.count
                    return
                }
                throw fail(
                    "expected a value (text in double quotes, a number, true, false, null, `[` or `{`), found \(found())"
                )
            }
        }

        mutating func key() throws(Failure) {
            skipSpace()
            guard peek() == UInt8(ascii: "\"") else {
                throw fail("expected a key in double quotes, found \(found())")
            }
            try string()
            skipSpace()
            guard peek() == UInt8(ascii: ":") else {
                throw fail("expected `:` after the key, found \(found())")
            }
            position += 1
        }

        mutating func string() throws(Failure) {
            let start = position
            position += 1
            while let byte = peek() {
                switch byte {
                case UInt8(ascii: "\""):
                    position += 1
                    return
                case UInt8(ascii: "\\"):
                    position += 1
                    guard let escaped = peek() else { break }
                    if escaped == UInt8(ascii: "u") {
                        position += 1
                        for _ in 0..<4 {
                            guard let hex = peek(), isHexDigit(hex) else {
                                throw fail("`\\u` must be followed by four hexadecimal digits")
                            }
                            position += 1
                        }
                    } else if Array("\"\\/bfnrt".utf8).contains(escaped) {
                        position += 1
                    } else {
                        throw fail(
                            "unknown escape `\\\(Character(Unicode.Scalar(escaped)))` in text; write `\\\\` for a backslash"
                        )
                    }
                case 0..<0x20:
                    throw fail(
                        "text in quotes cannot contain a line break or control character; write `\\n` for a new line"
                    )
                default:
                    position += 1
                }
            }
            throw Failure(offset: start, message: "text that starts here is missing its closing `\"`")
        }

        mutating func number() throws(Failure) {
            if peek() == UInt8(ascii: "-") { position += 1 }
            guard let first = peek(), isDigit(first) else {
                throw fail("expected a digit after `-`, found \(found())")
            }
            position += 1
            if first != UInt8(ascii: "0") { while let byte = peek(), isDigit(byte) { position += 1 } }
            if peek() == UInt8(ascii: ".") {
                position += 1
                guard let byte = peek(), isDigit(byte) else {
                    throw fail("expected a digit after `.`, found \(found())")
                }
                while let byte = peek(), isDigit(byte) { position += 1 }
            }
            if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
                position += 1
                if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
                guard let byte = peek(), isDigit(byte) else {
                    throw fail("expected a digit in the exponent, found \(found())")
                }
                while let byte = peek(), isDigit(byte) { position += 1 }
            }
        }

        func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

        func matches(_ word: String) -> Bool {
            let utf8 = Array(word.utf8)
            return position + utf8.count <= bytes.count
                && Array(bytes[position..<position + utf8.count]) == utf8
        }

        mutating func skipSpace() {
            while let byte = peek(), [0x20, 0x09, 0x0A, 0x0D].contains(byte) { position += 1 }
        }

        func fail(_ message: String) -> Failure { Failure(offset: position, message: message) }

        /// The character at the current position, in words.
        func found() -> String {
            guard position < bytes.count else { return "the end of the file" }
            var end = position + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let text = String(decoding: bytes[position..<end], as: UTF8.self)
            if text == "\n" || text == "\r" { return "the end of the line" }
            return "`\(text)`"
        }

        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

        func isHexDigit(_ byte: UInt8) -> Bool {
            isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
    }
}
