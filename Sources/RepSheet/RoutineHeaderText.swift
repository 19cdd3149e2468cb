/// Top-level scalar keys of a YAML routine (`client:`, `date:`, …) set by editing the text's lines,
/// so a batch's sheets carry their client's routine without parsing and writing the YAML again
/// for every sheet.
enum RoutineHeaderText {
    /// `text` with each `(key, value)` set: an existing one-line `key:` at the start of a line is
    /// replaced, a missing one is added before the first line. `nil` when the text is not a plain
    /// block mapping whose keys can be edited that way (JSON, a document marker, a value on
    /// several lines); the caller then writes the YAML in full.
    static func setting(_ fields: [(key: String, value: String)], in text: String) -> String? {
        guard let first = text.unicodeScalars.first, first != "{", first != "%", !text.hasPrefix("---"),
            !text.utf8.contains(UInt8(ascii: "\r"))
        else { return nil }
        // Worked on as bytes: a batch does this for every sheet.
        let bytes = Array(text.utf8)
        let newline = UInt8(ascii: "\n")
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == newline { starts.append(index + 1) }
        func line(_ number: Int) -> ArraySlice<UInt8> {
            bytes[starts[number]..<(number + 1 < starts.count ? starts[number + 1] - 1 : bytes.count)]
        }
        var replaced: [Int: String] = [:]
        var added: [String] = []
        for (key, value) in fields {
            let setting = key + ": " + quoted(value)
            let prefix = Array((key + ":").utf8)
            let matches = starts.indices.filter { line($0).starts(with: prefix) }
            guard matches.count <= 1 else { return nil }
            guard let number = matches.first else {
                added.append(setting)
                continue
            }
            let rest = line(number).dropFirst(prefix.count).drop { $0 == UInt8(ascii: " ") }
            guard let start = rest.first, !Array("|>&*!{[\"'".utf8).contains(start) else { return nil }
            // A plain value continued on the next line, indented, cannot be replaced by one line.
            if number + 1 < starts.count, let next = line(number + 1).first,
                next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")
            {
                return nil
            }
            replaced[number] = setting
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        for setting in added {
            out += setting.utf8
            out.append(newline)
        }
        for number in starts.indices {
            if number > 0 { out.append(newline) }
            if let setting = replaced[number] { out += setting.utf8 } else { out += line(number) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The value as a YAML scalar: plain when it reads back as the same text, else double-quoted.
    static func quoted(_ value: String) -> String {
        let plain =
            value.unicodeScalars.allSatisfy { s in
                s.properties.isAlphabetic || s.properties.numericType != nil || " .-_'".unicodeScalars.contains(s)
            } && value.first.map { $0.isLetter || $0.isNumber } == true && value.last != " "
            && !["yes", "no", "true", "false", "null", "on", "off", "y", "n"].contains(value.lowercased())
            && Double(value) == nil
        if plain { return value }
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

extension String {
    /// The string with zeros before it up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
