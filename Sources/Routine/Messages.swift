/// The wording of every diagnostic, kept apart from the checks so it is easy to review and test.
///
/// The messages about values (numbers, lengths of time, dates, languages, text) and about the
/// file as YAML are shared by every file RepSheet reads: routines, layouts, client lists and the
/// exercise catalogue (`package` ones); each of those adds only the words of its own keys.
///
/// A message names the key, what was expected and what was found, in words a physical therapist
/// understands. Keys are written in backticks, values found in the file in double quotes.
package enum Messages {
    // MARK: Whole file

    static let emptyFile = "the file is empty; a routine needs at least a `title` and `steps`"
    static let onlyComments =
        "the file has only comments; a routine needs at least a `title` and `steps`"
    static let noKeys = "the file holds no keys; a routine needs at least a `title` and `steps`"
    static let isFolder = "this is a folder, not a routine file"
    static let unreadable = "the file cannot be read"

    static func fileTooLarge(bytes: Int, limit: Int) -> String {
        "the file is \(bytes) bytes; a routine file can be at most \(limit) bytes (1 MiB)"
    }

    /// A stream read only as far as the limit: its length is not known.
    static func streamTooLarge(limit: Int) -> String {
        "the routine is more than \(limit) bytes; a routine file can be at most \(limit) bytes (1 MiB)"
    }

    static func notUTF8(byte: UInt8) -> String {
        "the file is not UTF-8 text (it has the byte 0x\(hex(byte)) here); save it with UTF-8 encoding"
    }

    static let utf16 = "the file is saved as UTF-16; save it with UTF-8 encoding"
    static let utf32 = "the file is saved as UTF-32; save it with UTF-8 encoding"

    static func nestedTooDeep(limit: Int, kind: FileKind = .routine) -> String {
        "lists and mappings are nested more than \(limit) levels deep here; \(kind.noun) needs far fewer"
    }

    static func aliasesExpandTooFar(limit: Int) -> String {
        "the aliases (`*name`) in this file expand to more than \(limit) values; write the values out instead"
    }

    static func aliasesExpandTooLong(limit: Int) -> String {
        "the aliases (`*name`) in this file expand to more than \(limit) characters of text; write the values out instead"
    }

    static func tooManySteps(_ count: Int, limit: Int) -> String {
        "the routine has \(count) steps; a sheet takes at most \(limit) (this is step \(limit + 1))"
    }

    static func tooManyNotes(_ count: Int, limit: Int) -> String {
        "the routine has \(count) notes; a sheet takes at most \(limit) (this is note \(limit + 1))"
    }

    static func tooManyCheckboxes(_ count: Int, limit: Int) -> String {
        "the steps ask for \(count) checkboxes (reps × sets × sides); a sheet takes at most \(limit); "
            + "this step goes past it"
    }

    static let aliasAsKey = "an alias (`*name`) cannot be used as a key; write the key out"

    // MARK: Syntax

    static func invalidJSON(_ problem: String) -> String { "the file is not valid JSON: \(problem)" }

    static func invalidYAML(_ problem: String) -> String { "the file is not valid YAML: \(problem)" }

    /// libyaml's problem, reworded where it is common and cryptic.
    static func yamlProblem(_ problem: String, found: Character?, contextLine: Int?) -> String {
        let since = contextLine.map { " (in the part that starts on line \($0))" } ?? ""
        switch problem {
        case "found character that cannot start any token":
            if found == "\t" { return "a tab is used to indent this line; YAML needs spaces" }
            let character = found.map { "`\($0)`" } ?? "this character"
            return "\(character) cannot start a value; put the text in quotes"
        case "mapping values are not allowed in this context":
            return
                "a `:` is not allowed here; put text that contains `: ` in quotes, or check the indentation"
                + since
        case "did not find expected key":
            return "this line does not line up with the keys above it; check the indentation" + since
        case "did not find expected '-' indicator":
            return "this line does not line up with the list items above it; check the indentation"
                + since
        case "block sequence entries are not allowed in this context":
            return "a list item (`- `) cannot start here; put it on its own line under its key" + since
        case "found undefined alias":
            return "this alias (`*name`) refers to an anchor (`&name`) that is not defined above it"
        case "found unexpected end of stream":
            return "the file ends inside quoted text; a closing quote is missing" + since
        case "found unknown escape character":
            return "unknown escape after `\\` in double-quoted text; write `\\\\` for a backslash"
        case "found invalid Unicode character escape code":
            return "a `\\u` escape in this text is not a valid character (half of a surrogate pair?)"
        case "but found another document":
            return
                "the file holds more than one document (a second `---` line); a routine is one document"
        case "could not find expected ':'":
            return "a key must be followed by `:`" + since
        case "did not find expected ',' or ']'":
            return "expected `,` or `]` in the list" + since
        case "did not find expected ',' or '}'":
            return "expected `,` or `}` in the mapping" + since
        case "did not find expected node content":
            return "a value is missing here" + since
        default:
            return invalidYAML(problem) + since
        }
    }

    static let keyTooLong =
        "a key here is more than 1024 characters long, more than YAML allows; keys are short names such as `name`"

    static let unclosedQuote = "the quoted text that starts here has no closing quote"

    static func yamlReaderProblem(_ problem: String, value: Int32) -> String {
        if problem == "control characters are not allowed" {
            return "the file contains a control character (code \(value)) that is not allowed in text"
        }
        return invalidYAML(problem)
    }

    // MARK: Keys

    package static func repeatedKey(_ key: String, firstLine: Int?, in place: String? = nil) -> String {
        let inPlace = place.map { " in \($0)" } ?? " in the same mapping"
        guard let firstLine else { return "`\(key)` is given more than once\(inPlace); keep one" }
        return "`\(key)` is given twice\(inPlace); the first is on line \(firstLine); keep one"
    }

    /// "unknown key `hodl` in step "Knee to chest"", listing the allowed keys when no suggestion
    /// fits: the wording of every file kind (routine, layout, client list, catalogue).
    /// - Parameters:
    ///   - allowed: the keys to list; empty when a "did you mean" hint names the closest one.
    ///   - kind: what takes the keys, such as `a step`; `it` when not given.
    package static func unknownKey(_ key: String, in place: String, allowed: [String], kind: String? = nil)
        -> String
    {
        let known = allowed.isEmpty ? "" : "; \(kind ?? "it") takes " + list(allowed.map { "`\($0)`" })
        return "unknown key `\(TextEscaping.excerpt(key))` in \(place)\(known)"
    }

    static func notADefault(_ key: String) -> String {
        "`\(key)` cannot be set in `defaults`; defaults take `hold`, `reps`, `sets`, `sides` and `rest`"
    }

    static let mergeKey =
        "YAML merge keys (`<<`) are not supported; put values every step shares under `defaults`"

    static func keyNotText(found: String) -> String {
        "a key must be a word such as `title`, found \(found)"
    }

    package static func didYouMean(_ suggestion: String) -> String { "did you mean `\(suggestion)`?" }

    // MARK: Structure

    static let missingTitle = "the routine has no `title`; add a line such as `title: Back Stretches`"
    static let noSteps =
        "the routine has no steps; add a `steps:` list, or `sections:` each with `steps:`"
    static let sectionsAndSteps =
        "use `sections` or `steps`, not both; move these steps into a section"

    static let emptySections = "`sections` is empty; add at least one section with steps"

    static let nameAtTop =
        "unknown key `name` in the routine; the sheet's heading is `title`, and each step has a `name`"

    static func stepKeyAtTop(_ key: String) -> String {
        "`\(key)` belongs to a step, not to the whole routine; to set it for every step, put it under `defaults`"
    }

    static func stepKeyInSection(_ key: String, place: String) -> String {
        "`\(key)` belongs to a step, not to \(place); put it under one of its `steps`"
    }

    static let nestedAlternative =
        "an alternative cannot have its own `alternative`; give the step one alternative"
    static let alternativeWithoutName =
        "the alternative has no `name` or `exercise`; name the exercise to do instead"

    static func missing(_ key: String, in place: String) -> String { "\(place) has no `\(key)`" }

    static func emptyList(_ key: String, in place: String) -> String {
        "`\(key)` in \(place) is empty; add at least one step"
    }

    package static func expected(_ key: String, _ what: String, found: String) -> String {
        "\(key) must be \(what), found \(found)"
    }

    package static func tooLong(_ key: String, length: Int, limit: Int) -> String {
        "\(key) is \(length) characters long; the most is \(limit)"
    }

    // MARK: Values

    /// "engine must be one of classic, cards or tracker, found "grid"".
    package static func oneOf(_ key: String, _ choices: [String], found: String) -> String {
        expected(key, "one of " + alternatives(choices), found: found)
    }

    package static func wholeNumber(_ key: String, range: ClosedRange<Int>, found: String) -> String {
        expected(key, "a whole number from \(range.lowerBound) to \(range.upperBound)", found: found)
    }

    package static func duration(_ key: String, found: String) -> String {
        expected(
            key, "a length of time such as 30 (seconds), \"30 s\", \"1 min\" or \"1:30\"", found: found)
    }

    package static func durationTooLong(_ key: String, found: String) -> String {
        expected(key, "at most 1 hour", found: found)
    }

    package static func sides(found: String) -> String {
        expected("sides", "one of none, each, left or right", found: found)
    }

    package static func dateShape(found: String) -> String {
        expected("date", "a day written YYYY-MM-DD, such as 2026-03-14", found: found)
    }

    package static func impossibleDate(_ text: String, days: Int?, monthName: String?) -> String {
        guard let days, let monthName else {
            return "date \(text) does not exist; months are numbered 01 to 12"
        }
        return "date \(text) does not exist; \(monthName) has \(days) days"
    }

    package static func yearZero(_ text: String) -> String {
        "date \(text) does not exist; years are numbered from 0001"
    }

    static func video(found: String) -> String {
        expected("video", "a web address starting with http:// or https://", found: found)
    }

    package static func language(found: String) -> String {
        expected("language", "a language tag such as \"en\" or \"es-MX\"", found: found)
    }

    static func imageMissing(_ path: String) -> String {
        "image \"\(path)\" does not exist next to the routine file"
    }
    static func imageIsFolder(_ path: String) -> String {
        "image \"\(path)\" is a folder, not a picture"
    }
    static func imageUnreadable(_ path: String) -> String { "image \"\(path)\" cannot be read" }
    static func imageWrongType(_ path: String) -> String {
        "image \"\(path)\" is not a PNG, JPEG or SVG picture"
    }
    /// Text with a control character such as ESC or NUL, which no sheet can print.
    /// A direction override gets its own words: it is invisible, and prints text backwards.
    package static func controlCharacter(_ key: String, _ scalar: Unicode.Scalar) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        if TextEscaping.isDirectionOverride(scalar) {
            return "\(key) must not contain a direction override (U+\(code)), which prints the words after it "
                + "backwards; remove it (right-to-left text is set the right way without it)"
        }
        return
            "\(key) must not contain control characters, found U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code); "
            + "remove it (a tab or a line break is fine)"
    }
    /// `key` names a file outside the routine's folder and the allowed ones.
    static func outsideFolder(_ key: String, _ path: String) -> String {
        "\(key) \"\(path)\" is outside the routine's folder; a routine may name only files in its own folder "
            + "(or built-in data); allow another folder with --allow-path DIR"
    }
    /// `key` names a named pipe, a device, a folder or a socket: `kind` says which.
    static func notRegularFile(_ key: String, _ path: String, kind: String) -> String {
        "\(key) \"\(path)\" is not a regular file (it is \(kind))"
    }
    static func layoutUnreadable(_ path: String, reason: String) -> String {
        "layout file \"\(path)\" cannot be read: \(reason)"
    }
    static func layoutMissing(_ path: String) -> String {
        "layout file \"\(path)\" does not exist next to the routine file"
    }

    static let removeQuotes = "remove the quotes"

    static func tooManyProblems(_ count: Int) -> String {
        "\(count) more problems not shown; fix the ones above first"
    }

    // MARK: Helpers

    /// `step "Knee to chest"`, or `a step` when the name is missing or empty; long names are cut.
    static func place(_ noun: String, named name: String?) -> String {
        let name = name?.trimmingWhitespace() ?? ""
        guard !name.isEmpty else { return "a \(noun)" }
        return "\(noun) \"\(name.count > 40 ? String(name.prefix(40)) + "…" : name)\""
    }

    /// "a, b and c".
    package static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// "a, b or c".
    package static func alternatives(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " or " + last
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
