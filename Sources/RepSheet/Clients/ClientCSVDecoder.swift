import Foundation
import Routine

/// Reads a client file in CSV: a header row naming the columns `name` (required), `date`,
/// `provider` and `notes`, in any order, then one row per client.
struct ClientCSVDecoder {
    /// The columns a client file may have.
    static let columns = ["name", "date", "provider", "notes"]

    let fileName: String

    /// The clients of every good row, and a diagnostic for every bad one.
    /// - Throws: `ClientError.invalid` when the header row is wrong; no row is read then.
    func decode(_ text: String) throws(ClientError) -> ClientFile {
        var reader = CSVReader(text: text)
        let columns = try header(from: &reader)
        var file = ClientFile(clients: [], problems: [])
        while let record = reader.next() {
            if file.clients.count + file.leftOut >= ClientFile.maxClients {
                throw .invalid([
                    Diagnostic(
                        .error, ClientMessages.tooManyClients(limit: ClientFile.maxClients),
                        at: location(record.line, 1))
                ])
            }
            switch client(record, columns: columns) {
            case .success(let client): file.clients.append(client)
            case .failure(let error):
                file.problems.append(contentsOf: error.diagnostics)
                file.leftOut += 1
            }
        }
        return file
    }

    /// The column names of the header row, the first record `reader` gives.
    /// - Throws: `ClientError.invalid` with every problem of the header row, or when there is none.
    func header<Scalars>(from reader: inout CSVReader<Scalars>) throws(ClientError) -> [String] {
        guard let header = reader.next() else {
            throw .invalid([Diagnostic(.error, ClientMessages.emptyFile, at: location(1, 1))])
        }
        return try columns(of: header)
    }

    /// The column names in order; every problem of the header row at once.
    private func columns(of header: CSVRecord) throws(ClientError) -> [String] {
        if let problem = header.problem {
            throw .invalid([Diagnostic(.error, problem.message, at: location(problem.line, problem.column))])
        }
        var problems: [Diagnostic] = []
        var names: [String] = []
        var unknown: [CSVField] = []
        for field in header.fields {
            let name = field.text.trimmingCharacters(in: .whitespaces).lowercased()
            if name.isEmpty {
                problems.append(
                    Diagnostic(.error, ClientMessages.emptyColumnName, at: location(field.line, field.column)))
            } else if names.contains(name) {
                problems.append(
                    Diagnostic(.error, ClientMessages.repeatedColumn(name), at: location(field.line, field.column)))
            } else if !Self.columns.contains(name) {
                unknown.append(field)
            }
            names.append(name)
        }
        if let first = unknown.first {
            let message = ClientMessages.unknownColumns(unknown.map { $0.text.trimmingCharacters(in: .whitespaces) })
            let semicolons = unknown.contains { $0.text.contains(";") }
            problems.insert(
                Diagnostic(
                    .error, message, at: location(first.line, first.column),
                    hints: semicolons ? [ClientMessages.semicolonHint] : []), at: 0)
        }
        if !names.contains("name") {
            problems.append(Diagnostic(.error, ClientMessages.missingNameColumn, at: location(header.line, 1)))
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return names
    }

    /// One row as a client.
    func client(_ record: CSVRecord, columns: [String]) -> Result<Client, ClientError> {
        let start = location(record.line, 1)
        if let problem = record.problem {
            return .failure(.invalid([Diagnostic(.error, problem.message, at: location(problem.line, problem.column))]))
        }
        guard record.fields.count == columns.count else {
            let message = ClientMessages.fieldCount(found: record.fields.count, expected: columns.count)
            return .failure(.invalid([Diagnostic(.error, message, at: start)]))
        }
        var reader = ClientFieldReader()
        var client = Client(name: "", location: start)
        var hasName = false
        for (column, field) in zip(columns, record.fields) {
            let at = location(field.line, field.column)
            switch column {
            case "name":
                if let name = reader.text(
                    field.text, key: "name", limit: RoutineLimits.maxShortText, oneLine: true, at: at)
                {
                    client.name = name
                    hasName = true
                } else if field.text.trimmingCharacters(in: .whitespaces).isEmpty {
                    reader.report(ClientMessages.missingName, at: at)
                }
            case "date": client.date = reader.date(field.text, at: at)
            case "provider":
                client.provider = reader.text(
                    field.text, key: "provider", limit: RoutineLimits.maxShortText, oneLine: true, at: at)
            case "notes":
                client.notes = reader.text(field.text, key: "notes", limit: RoutineLimits.maxLongText, at: at).map {
                    [$0]
                }
            default: break
            }
        }
        if !reader.diagnostics.isEmpty || !hasName { return .failure(.invalid(reader.diagnostics)) }
        return .success(client)
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: fileName, line: line, column: column)
    }
}
