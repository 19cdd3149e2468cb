import Foundation

/// One problem as the API reports it: the CLI's line, and its parts when it names a place.
struct DiagnosticItem: Codable, Sendable, Equatable {
    /// The file name as given (`routine.yaml` unless the request names it).
    var file: String?
    /// 1-based line, when known.
    var line: Int?
    /// 1-based column, when known.
    var column: Int?
    /// `error`, `warning` or `note`.
    var severity: String
    /// The message after the severity.
    var message: String
    /// The whole line, exactly as `repsheet validate` prints it.
    var text: String

    /// Splits the CLI's text (one problem a line) into items.
    static func parse(_ description: String) -> [DiagnosticItem] {
        description.split(separator: "\n", omittingEmptySubsequences: true).map { item(String($0)) }
    }

    /// One line: `FILE:LINE:COLUMN: SEVERITY: MESSAGE`, `FILE: SEVERITY: MESSAGE` or just a message.
    static func item(_ line: String) -> DiagnosticItem {
        for severity in ["error", "warning", "note"] {
            guard
                let range = line.range(of: ": \(severity): ")
                    ?? (line.hasPrefix("\(severity): ") ? line.range(of: "\(severity): ") : nil)
            else { continue }
            let place = String(line[..<range.lowerBound])
            let message = String(line[range.upperBound...])
            var item = DiagnosticItem(severity: severity, message: message, text: line)
            let parts = place.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count >= 3, let lineNumber = Int(parts[parts.count - 2]), let column = Int(parts[parts.count - 1])
            {
                item.file = parts.dropLast(2).joined(separator: ":")
                item.line = lineNumber
                item.column = column
            } else if !place.isEmpty {
                item.file = place
            }
            return item
        }
        return DiagnosticItem(severity: "error", message: line, text: line)
    }
}

/// What `POST /api/validate` answers.
struct ValidationReport: Codable, Sendable {
    /// Whether the routine would render.
    var ok: Bool
    /// Every problem, as `repsheet validate` prints it.
    var diagnostics: [DiagnosticItem]
    /// Warnings that do not stop rendering (unknown language, label names).
    var warnings: [String]
}

/// What `POST /api/preview` answers: every page as SVG, or the problems.
struct PreviewReport: Codable, Sendable {
    var ok: Bool
    var diagnostics: [DiagnosticItem]
    var warnings: [String]
    /// Each page's SVG document, the first ones only on a long sheet (see `pageCount`); empty
    /// when the routine is invalid.
    var pages: [String]
    /// The sheet's pages, of which `pages` are the first; 0 when the routine is invalid.
    var pageCount = 0
    /// Each page's words, in reading order: for screen readers, and to find a step on a page.
    var texts: [String] = []
    /// Milliseconds spent in the server on this preview.
    var milliseconds: Double
    /// The routine's YAML as JSON (see `DocumentTree`), for the form; `nil` when it does not parse.
    var document: String? = nil
    /// Milliseconds of each step (read and check, layout, draw), for `Server-Timing`.
    var phases: [String: Double] = [:]
}
