/// The wording of every client-file diagnostic, kept apart from the checks.
///
/// Keys and columns are written in backticks, values found in the file in double quotes. The
/// words for values (numbers, dates, lengths of time, languages, text) and for YAML problems are
/// the routine's (`Messages`), shared by every file kind; these are the client file's own.
enum ClientMessages {
    // MARK: Whole file

    static let noClients = "the client file names no clients; add a row (or a `- name:` entry) for each client"
    static let emptyFile = "the client file is empty; it needs a header row such as `name,date` and a row per client"
    static let notUTF8 = "the client file is not UTF-8 text; save it with UTF-8 encoding"
    static let utf16 =
        "the client file is saved as UTF-16 (a spreadsheet's \"Unicode Text\"); save it as \"CSV UTF-8\" instead"

    /// Whether `bytes` start with a UTF-16 byte order mark.
    static func startsAsUTF16<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    static func fileTooLarge(bytes: Int, limit: Int) -> String {
        "the client file is \(bytes) bytes; it can be at most \(limit) bytes"
    }

    static func tooManyClients(limit: Int) -> String { "the file lists more than \(limit) clients; split it" }

    static func noSuchExample(_ name: String, available: [String]) -> String {
        "there is no example client list \"\(name)\"; the examples are "
            + Messages.list(available.map { "`example:\($0)`" }) + " (`repsheet examples` lists them)"
    }

    static let rootNotList =
        "a client file in YAML must be a list of clients, each starting with `- name:`"

    // MARK: CSV

    static func unknownColumns(_ names: [String]) -> String {
        let plural = names.count == 1 ? "column" : "columns"
        // A header row of thousands of long names is named in part.
        var shown = names.prefix(10).map { "`\(TextEscaping.excerpt($0))`" }
        if names.count > 10 { shown.append("\(names.count - 10) more") }
        return
            "unknown \(plural) \(Messages.list(shown)); a client file has the columns `name`, `date`, `provider` and `notes`"
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
        "this row has \(found) \(found == 1 ? "value" : "values") but the header row names \(expected) "
            + "\(expected == 1 ? "column" : "columns"); put values that contain commas in double quotes"
    }
    static func valueTooLong(limit: Int) -> String {
        "this value is more than \(limit) characters long; the longest a client file takes is `notes`, of 5000"
    }
    static let unclosedQuote = "the quoted value that starts here has no closing quote"
    static let quoteInsideValue = "a double quote inside a value must be doubled (\"\") and the value put in quotes"

    // MARK: Entries

    static let missingName = "this client has no `name`; a name is needed for the sheet and its file name"
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
    /// A name or provider written over two lines: it would print across the sheet's one-line field.
    static func lineBreak(_ key: String) -> String {
        "\(key) must be on one line, found a line break (in a CSV file, a quote left open joins the rows after it)"
    }
    static let nothingLeft = "`skip` leaves out every step of the routine; a sheet needs at least one"

    // MARK: Helpers

    /// A value as found, quoted and cut to 40 characters: `"three"`.
    static func quoted(_ text: String) -> String {
        if text.isEmpty { return "nothing" }
        var firstLine = String(text.prefix { $0 != "\n" })
        if firstLine.count > 40 { firstLine = String(firstLine.prefix(40)) }
        return "\"\(firstLine)\(firstLine.count < text.count ? "…" : "")\""
    }
}
