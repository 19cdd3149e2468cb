/// The wording of every client-file diagnostic, kept apart from the checks.
///
/// Keys and columns are written in backticks, values found in the file in double quotes.
enum ClientMessages {
    // MARK: Whole file

    static let noClients = "the client file names no clients; add a row (or a `- name:` entry) for each client"
    static let emptyFile = "the client file is empty; it needs a header row such as `name,date` and a row per client"
    static let notUTF8 = "the client file is not UTF-8 text; save it with UTF-8 encoding"

    static func fileTooLarge(bytes: Int, limit: Int) -> String {
        "the client file is \(bytes) bytes; it can be at most \(limit) bytes"
    }

    static func tooManyClients(limit: Int) -> String { "the file lists more than \(limit) clients; split it" }

    static func noSuchExample(_ name: String, available: [String]) -> String {
        "there is no example client list \"\(name)\"; the examples are "
            + list(available.map { "`example:\($0)`" }) + " (`repsheet examples` lists them)"
    }

    static let nestedTooDeep = "lists and mappings are nested too deep here; a client file needs only a few levels"

    static func invalidYAML(_ problem: String) -> String { "the client file is not valid YAML: \(problem)" }

    static let rootNotList =
        "a client file in YAML must be a list of clients, each starting with `- name:`"

    // MARK: CSV

    static func unknownColumns(_ names: [String]) -> String {
        let plural = names.count == 1 ? "column" : "columns"
        return
            "unknown \(plural) \(list(names.map { "`\($0)`" })); a client file has the columns `name`, `date`, `provider` and `notes`"
    }

    static let missingNameColumn =
        "the header row has no `name` column; the first row must name the columns, such as `name,date`"
    static let semicolonHint =
        "the columns seem to be separated by `;`: save the file as comma-separated (CSV) values"
    static func repeatedColumn(_ name: String) -> String {
        "the column `\(name)` is given twice in the header row; keep one"
    }
    static let emptyColumnName = "a column in the header row has no name"
    static func fieldCount(found: Int, expected: Int) -> String {
        "this row has \(found) values but the header row names \(expected) columns; put values that contain commas in double quotes"
    }
    static let unclosedQuote = "the quoted value that starts here has no closing quote"
    static let quoteInsideValue = "a double quote inside a value must be doubled (\"\") and the value put in quotes"

    // MARK: Entries

    static let missingName = "this client has no `name`; a name is needed for the sheet and its file name"
    static func unknownKey(_ key: String, allowed: [String], place: String) -> String {
        "unknown key `\(key)` in \(place); it takes " + list(allowed.map { "`\($0)`" })
    }
    static func repeatedKey(_ key: String) -> String { "`\(key)` is given twice for this client; keep one" }
    static func expected(_ key: String, _ what: String, found: String) -> String {
        "\(key) must be \(what), found \(found)"
    }
    static func tooLong(_ key: String, length: Int, limit: Int) -> String {
        "\(key) is \(length) characters long; the most is \(limit)"
    }
    static func wholeNumber(_ key: String, range: ClosedRange<Int>, found: String) -> String {
        expected(key, "a whole number from \(range.lowerBound) to \(range.upperBound)", found: found)
    }
    static func duration(_ key: String, found: String) -> String {
        expected(key, "a length of time such as 30 (seconds), \"30 s\", \"1 min\" or \"1:30\"", found: found)
    }
    static func durationTooLong(_ key: String, found: String) -> String {
        expected(key, "at most 1 hour", found: found)
    }
    static func sides(found: String) -> String { expected("sides", "one of none, each, left or right", found: found) }
    static func dateShape(found: String) -> String {
        expected("date", "a day written YYYY-MM-DD, such as 2026-03-14", found: found)
    }
    static func impossibleDate(_ text: String, days: Int?, monthName: String?) -> String {
        guard let days, let monthName else { return "date \(text) does not exist; months are numbered 01 to 12" }
        return "date \(text) does not exist; \(monthName) has \(days) days"
    }
    static func language(found: String) -> String {
        expected("language", "a language tag such as \"en\" or \"es-MX\"", found: found)
    }
    static func layoutOutside(_ path: String) -> String {
        "layout file \"\(path)\" is outside the client file's folder; allow another folder with --allow-path DIR"
    }
    static func layoutMissing(_ path: String) -> String {
        "layout file \"\(path)\" does not exist next to the client file"
    }
    static func layoutProblem(_ problem: String) -> String { "the layout of this client cannot be used: \(problem)" }

    // MARK: Against the routine

    static func unknownStep(_ name: String, routine: String) -> String {
        "the routine \"\(routine)\" has no step named \"\(name)\""
    }
    static func didYouMean(_ name: String) -> String { "did you mean \"\(name)\"?" }
    static let nothingLeft = "`skip` leaves out every step of the routine; a sheet needs at least one"

    // MARK: Helpers

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// A value as found, quoted and cut to 40 characters: `"three"`.
    static func quoted(_ text: String) -> String {
        if text.isEmpty { return "nothing" }
        var firstLine = String(text.prefix { $0 != "\n" })
        if firstLine.count > 40 { firstLine = String(firstLine.prefix(40)) }
        return "\"\(firstLine)\(firstLine.count < text.count ? "…" : "")\""
    }
}
