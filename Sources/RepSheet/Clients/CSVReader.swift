/// Splits CSV text (RFC 4180) into records of fields, remembering where each field starts, one
/// record at a time: a client list is read as it is used, never held whole.
///
/// Fields are separated by commas and records by line breaks (CRLF, LF or CR). A field in double
/// quotes may hold commas, line breaks and doubled quotes (`""`). A record that breaks these rules
/// is kept with its problem, so the rows after it are still read; a quote that is never closed
/// ends the reading there.
struct CSVReader<Scalars: IteratorProtocol> where Scalars.Element == Unicode.Scalar {
    typealias Field = CSVField
    typealias Record = CSVRecord

    private var scalars: Scalars
    /// The scalar looked at next, read ahead of time.
    private var ahead: Unicode.Scalar?
    /// Where `ahead` is (1-based).
    private(set) var line = 1
    private(set) var column = 1
    /// How many scalars the value being read holds.
    private var fieldScalars = 0
    /// Whether an unclosed quote ended the reading.
    private var finished = false
    /// Whether the last record ended with a line break, rather than with the end of the text
    /// (or of what could be read of it).
    private(set) var endedAtBreak = false

    /// A reader of `scalars`; a byte-order mark at the start is skipped.
    init(scalars: Scalars) {
        self.scalars = scalars
        ahead = self.scalars.next()
        if ahead == "\u{FEFF}" { ahead = self.scalars.next() }
    }

    /// Moves past `ahead`.
    private mutating func advance() {
        ahead = scalars.next()
        column += 1
    }

    /// Moves past one line break at `ahead` (CRLF, LF or CR).
    private mutating func consumeBreak() {
        let wasReturn = ahead == "\r"
        ahead = scalars.next()
        if wasReturn, ahead == "\n" { ahead = scalars.next() }
        line += 1
        column = 1
    }

    /// The most characters a value may have: a client's longest value (`notes`) is 5,000, and a
    /// value of millions is read past, not held.
    static var maxFieldScalars: Int { 10_000 }

    /// Adds `scalar` to a value unless it is already `maxFieldScalars` long; then the record gets
    /// that problem, at the value's start.
    private mutating func appendCapped(
        _ scalar: Unicode.Scalar, to text: inout String.UnicodeScalarView, record: inout Record, at line: Int,
        _ column: Int
    ) {
        // Counted as they come: a scalar view counts itself by walking its text.
        if text.isEmpty { fieldScalars = 0 }
        guard fieldScalars < Self.maxFieldScalars else {
            if record.problem == nil {
                record.problem = CSVProblem(
                    message: ClientMessages.valueTooLong(limit: Self.maxFieldScalars), line: line, column: column)
            }
            return
        }
        text.append(scalar)
        fieldScalars += 1
    }

    /// The next record, blank lines left out; `nil` at the end of the text.
    mutating func next() -> Record? {
        while !finished, ahead != nil {
            if let record = nextLine() { return record }
        }
        return nil
    }

    /// The record of the line at `ahead`; `nil` for a blank line.
    private mutating func nextLine() -> Record? {
        var record = Record(fields: [], line: line, problem: nil)
        var field = Field(text: "", line: line, column: column)
        var fieldStarted = false
        endedAtBreak = false
        func finish(_ record: inout Record) -> Record? {
            if fieldStarted || !record.fields.isEmpty { record.fields.append(field) }
            // A line of commas alone (",,,") is blank too: spreadsheets save empty rows so.
            let blank =
                record.problem == nil
                && record.fields.allSatisfy { $0.text.allSatisfy { $0 == " " || $0 == "\t" } }
            return record.fields.isEmpty || blank ? nil : record
        }
        while let scalar = ahead {
            if !fieldStarted { field = Field(text: "", line: line, column: column) }
            switch scalar {
            case "\"" where !fieldStarted:
                fieldStarted = true
                let quoteLine = line
                let quoteColumn = column
                advance()
                var closed = false
                var text = String.UnicodeScalarView()
                while let inner = ahead {
                    if inner == "\"" {
                        advance()
                        if ahead == "\"" {
                            text.append("\"")
                            advance()
                            continue
                        }
                        closed = true
                        break
                    }
                    if inner == "\n" || inner == "\r" {
                        appendCapped("\n", to: &text, record: &record, at: quoteLine, quoteColumn)
                        consumeBreak()
                        continue
                    }
                    appendCapped(inner, to: &text, record: &record, at: quoteLine, quoteColumn)
                    advance()
                }
                field.text = String(text)
                if !closed {
                    record.problem =
                        record.problem
                        ?? CSVProblem(message: ClientMessages.unclosedQuote, line: quoteLine, column: quoteColumn)
                    finished = true
                    return finish(&record)
                }
                // Only a comma or a line break may follow the closing quote.
                if let next = ahead, ![",", "\n", "\r"].contains(next) {
                    record.problem =
                        record.problem
                        ?? CSVProblem(message: ClientMessages.quoteInsideValue, line: line, column: column)
                    while let next = ahead, ![",", "\n", "\r"].contains(next) { advance() }
                }
            case ",":
                record.fields.append(field)
                fieldStarted = false
                advance()
            case "\n", "\r":
                consumeBreak()
                endedAtBreak = true
                return finish(&record)
            default:
                if scalar == "\"" {
                    record.problem =
                        record.problem
                        ?? CSVProblem(message: ClientMessages.quoteInsideValue, line: line, column: column)
                }
                fieldStarted = true
                appendCapped(scalar, to: &field.text.unicodeScalars, record: &record, at: field.line, field.column)
                advance()
            }
        }
        return finish(&record)
    }
}

/// One value of a CSV row and where it starts (1-based line and column).
struct CSVField: Equatable {
    var text: String
    var line: Int
    var column: Int
}

/// A row of fields; `problem` is set when the row is malformed.
struct CSVRecord: Equatable {
    var fields: [CSVField]
    var line: Int
    var problem: CSVProblem?
}

/// What is wrong with a CSV row, and where.
struct CSVProblem: Equatable {
    var message: String
    var line: Int
    var column: Int
}

extension CSVReader where Scalars == String.UnicodeScalarView.Iterator {
    /// A reader of text held in memory.
    init(text: String) { self.init(scalars: text.unicodeScalars.makeIterator()) }

    /// Every record, blank lines left out.
    mutating func records() -> [Record] {
        var records: [Record] = []
        while let record = next() { records.append(record) }
        return records
    }
}
