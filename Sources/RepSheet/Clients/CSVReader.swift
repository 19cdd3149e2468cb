/// Splits CSV text (RFC 4180) into records of fields, remembering where each field starts.
///
/// Fields are separated by commas and records by line breaks (CRLF, LF or CR). A field in double
/// quotes may hold commas, line breaks and doubled quotes (`""`). A record that breaks these rules
/// is kept with its problem, so the rows after it are still read.
struct CSVReader {
    /// One value and where it starts (1-based line and column).
    struct Field: Equatable {
        var text: String
        var line: Int
        var column: Int
    }

    /// A row of fields; `problem` is set when the row is malformed.
    struct Record: Equatable {
        var fields: [Field]
        var line: Int
        var problem: Problem?
    }

    /// What is wrong with a row, and where.
    struct Problem: Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    let text: String

    /// Every record, blank lines left out.
    func records() -> [Record] {
        var records: [Record] = []
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0
        var line = 1
        var column = 1
        var record = Record(fields: [], line: 1, problem: nil)
        var field = Field(text: "", line: 1, column: 1)
        var fieldStarted = false

        func advance() {
            index += 1
            column += 1
        }
        func newLine() {
            line += 1
            column = 1
        }
        /// Consumes one line break at `index` (CRLF, LF or CR) and moves to the next line.
        func consumeBreak() {
            if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            index += 1
            newLine()
        }
        func endRecord() {
            if fieldStarted || !record.fields.isEmpty { record.fields.append(field) }
            let blank = record.fields.count == 1 && record.fields[0].text.isEmpty && record.problem == nil
            if !record.fields.isEmpty, !blank { records.append(record) }
            record = Record(fields: [], line: line, problem: nil)
            field = Field(text: "", line: line, column: column)
            fieldStarted = false
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if !fieldStarted {
                field = Field(text: "", line: line, column: column)
            }
            switch scalar {
            case "\"" where !fieldStarted:
                fieldStarted = true
                let quoteLine = line
                let quoteColumn = column
                advance()
                var closed = false
                var text = String.UnicodeScalarView()
                while index < scalars.count {
                    let inner = scalars[index]
                    if inner == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            text.append("\"")
                            advance()
                            advance()
                            continue
                        }
                        advance()
                        closed = true
                        break
                    }
                    if inner == "\n" || inner == "\r" {
                        text.append("\n")
                        consumeBreak()
                        continue
                    }
                    text.append(inner)
                    advance()
                }
                field.text = String(text)
                if !closed {
                    record.problem =
                        record.problem
                        ?? Problem(message: ClientMessages.unclosedQuote, line: quoteLine, column: quoteColumn)
                    endRecord()
                    return records
                }
                // Only a comma or a line break may follow the closing quote.
                if index < scalars.count, !["," as Unicode.Scalar, "\n", "\r"].contains(scalars[index]) {
                    record.problem =
                        record.problem ?? Problem(message: ClientMessages.quoteInsideValue, line: line, column: column)
                    while index < scalars.count, ![",", "\n", "\r"].contains(scalars[index]) { advance() }
                }
            case ",":
                record.fields.append(field)
                fieldStarted = false
                advance()
            case "\n", "\r":
                consumeBreak()
                endRecord()
            default:
                if scalar == "\"" {
                    record.problem =
                        record.problem ?? Problem(message: ClientMessages.quoteInsideValue, line: line, column: column)
                }
                fieldStarted = true
                field.text.unicodeScalars.append(scalar)
                advance()
            }
        }
        if fieldStarted || !record.fields.isEmpty { endRecord() }
        return records
    }
}
