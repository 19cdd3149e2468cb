extension String {
    /// The text with every `placeholder` ("{n}") replaced by `value`, as Foundation's
    /// `replacingOccurrences(of:with:)` does, compared code unit by code unit. Labels are filled
    /// for every step of every sheet; Foundation goes through `NSString`, about 18,000
    /// instructions a call, where this scan of UTF-8 bytes takes a few hundred (issue 19).
    package func filling(_ placeholder: String, with value: String) -> String {
        let key = Array(placeholder.utf8)
        guard let first = key.first, utf8.count >= key.count else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + value.utf8.count)
        var found = false
        var contiguous = self
        contiguous.withUTF8 { text in
            var index = 0
            while index < text.count {
                if text[index] == first, index + key.count <= text.count,
                    text[index..<index + key.count].elementsEqual(key)
                {
                    bytes.append(contentsOf: value.utf8)
                    index += key.count
                    found = true
                } else {
                    bytes.append(text[index])
                    index += 1
                }
            }
        }
        return found ? String(decoding: bytes, as: UTF8.self) : self
    }
}
