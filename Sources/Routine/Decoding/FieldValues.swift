/// What a value written as text means, read one way for every file kind: whole numbers,
/// lengths of time, dates and language tags (YAML numbers are `YAMLNumber`).
///
/// The reader of each file kind (routine `NodeReader`, layout `LayoutReader`, client
/// `ClientFieldReader`, catalogue `ExerciseReader`) takes the text out of its node and reports at
/// the node's location; these say what the text means or, in `Messages`' words, what is wrong.
package enum FieldValues {
    /// What is wrong with a value, in words for a diagnostic.
    package struct Problem: Error, Equatable {
        /// The message.
        package var message: String
        /// Hints shown under it.
        package var hints: [String] = []
    }

    /// A whole number written with digits only (at most nine of them); `nil` otherwise.
    package static func digits(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// A length of time such as `30`, `"30 s"`, `"1 min"` or `"1:30"`, at most an hour; 0 is
    /// `nil` (none).
    /// - Parameters:
    ///   - key: The key, for the message.
    ///   - found: The value as messages show it (`describe` of its node).
    package static func duration(_ text: String, key: String, found: String) -> Result<TimeSpan?, Problem> {
        guard let span = TimeSpan(parsing: text) else {
            return .failure(Problem(message: Messages.duration(key, found: found)))
        }
        if span.seconds > RoutineLimits.maxDurationSeconds {
            return .failure(Problem(message: Messages.durationTooLong(key, found: found)))
        }
        return .success(span.seconds == 0 ? nil : span)
    }

    /// A calendar date written YYYY-MM-DD that exists; a date that cannot exist says why
    /// ("February 2026 has 28 days").
    /// - Parameter found: The value as messages show it.
    package static func date(_ text: String, found: String) -> Result<CalendarDate, Problem> {
        if let date = CalendarDate(text) { return .success(date) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let shaped =
            parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard shaped, let year = Int(parts[0]), let month = Int(parts[1]) else {
            return .failure(Problem(message: Messages.dateShape(found: found)))
        }
        guard year >= 1 else { return .failure(Problem(message: Messages.yearZero(text))) }
        guard (1...12).contains(month) else {
            return .failure(Problem(message: Messages.impossibleDate(text, days: nil, monthName: nil)))
        }
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let name = month == 2 ? "February \(year)" : names[month - 1]
        let days = CalendarDate.daysIn(month: month, year: year)
        return .failure(Problem(message: Messages.impossibleDate(text, days: days, monthName: name)))
    }

    /// Whether `text` is a BCP 47 language tag such as "en" or "es-MX" (its shape, not a list).
    package static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy {
                (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            }
    }

    /// The first control character (ESC, BEL, NUL…) of `text` that no sheet can print, or a
    /// direction override (U+202D, U+202E), which would print the words after it backwards; tabs
    /// and line breaks are fine.
    package static func firstControl(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first {
            (TextEscaping.isControl($0) && $0 != "\n" && $0 != "\t") || TextEscaping.isDirectionOverride($0)
        }
    }
}

extension FieldValues {
    /// Whether a scalar written as `text` is an empty value: `key:` with nothing after it, `~` or
    /// `null`, without quotes.
    package static func isNull(_ text: String, plain: Bool) -> Bool {
        plain && ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// A value as every file kind's messages show it: `nothing` for an empty value, a number
    /// written without quotes as it is, other text in quotes, its first line cut to 40 characters
    /// and control characters escaped (the file may not be one the user named).
    package static func described(_ text: String, plain: Bool) -> String {
        if isNull(text, plain: plain) { return "nothing" }
        if plain, Double(text) != nil, text.count <= 20 { return text }
        var firstLine = String(text.prefix { $0 != "\n" })
        if firstLine.count > 40 { firstLine = String(firstLine.prefix(40)) }
        let cut = firstLine.count < text.count ? "…" : ""
        return "\"" + TextEscaping.escaped(firstLine) + cut + "\""
    }
}
