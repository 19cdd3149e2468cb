import Foundation
import Routine

/// Checks the values of a client entry the way the routine format checks its own, collecting a
/// diagnostic for each wrong one.
struct ClientFieldReader {
    /// Problems found so far.
    private(set) var diagnostics: [Diagnostic] = []

    mutating func report(_ message: String, at location: SourceLocation, hints: [String] = []) {
        diagnostics.append(Diagnostic(.error, message, at: location, hints: hints))
    }

    /// Records a problem of the shared value reading (`FieldValues`) at `location`.
    private mutating func report(_ problem: FieldValues.Problem, at location: SourceLocation) {
        report(problem.message, at: location, hints: problem.hints)
    }

    /// Text trimmed of spaces; `nil` when empty, or too long (reported).
    mutating func text(
        _ value: String, key: String, limit: Int, oneLine: Bool = false, at location: SourceLocation
    ) -> String? {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count > limit {
            report(Messages.tooLong(key, length: text.count, limit: limit), at: location)
            return nil
        }
        if oneLine, text.contains(where: \.isNewline) {
            report(ClientMessages.lineBreak(key), at: location)
            return nil
        }
        if let control = FieldValues.firstControl(in: text) {
            report(Messages.controlCharacter(key, control), at: location)
            return nil
        }
        return text.isEmpty ? nil : text
    }

    /// A calendar date written YYYY-MM-DD that exists.
    mutating func date(_ value: String, at location: SourceLocation) -> CalendarDate? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
        switch FieldValues.date(text, found: ClientMessages.quoted(text)) {
        case .success(let date): return date
        case .failure(let problem):
            report(problem, at: location)
            return nil
        }
    }

    /// A BCP 47 tag such as "en" or "es-MX".
    mutating func language(_ value: String, at location: SourceLocation) -> String? {
        guard let text = text(value, key: "language", limit: 35, at: location) else { return nil }
        if FieldValues.isLanguageTag(text) { return text }
        report(Messages.language(found: ClientMessages.quoted(text)), at: location)
        return nil
    }

    /// A whole number in `range`.
    mutating func wholeNumber(_ value: String, key: String, range: ClosedRange<Int>, at location: SourceLocation)
        -> Int?
    {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let number = FieldValues.digits(text), range.contains(number) { return number }
        let found = !text.isEmpty && text.count <= 20 && Double(text) != nil ? text : ClientMessages.quoted(text)
        report(Messages.wholeNumber(key, range: range, found: found), at: location)
        return nil
    }

    /// A length of time; the inner `nil` is a length of 0 (no hold). The outer is `nil` when wrong.
    mutating func duration(_ value: String, key: String, at location: SourceLocation) -> TimeSpan?? {
        switch FieldValues.duration(value, key: key, found: ClientMessages.quoted(value)) {
        case .success(let span): return .some(span)
        case .failure(let problem):
            report(problem, at: location)
            return nil
        }
    }

    /// `yes`/`no` (or `true`/`false`), as YAML writes a switch.
    mutating func yesOrNo(_ value: String, key: String, at location: SourceLocation) -> Bool? {
        switch value.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "true", "on": return true
        case "no", "false", "off": return false
        default:
            report(Messages.expected(key, "`yes` or `no`", found: ClientMessages.quoted(value)), at: location)
            return nil
        }
    }

    /// `none`, `each`, `left` or `right`.
    mutating func sides(_ value: String, at location: SourceLocation) -> Sides? {
        if let sides = Sides(rawValue: value.trimmingCharacters(in: .whitespaces).lowercased()) { return sides }
        report(Messages.sides(found: ClientMessages.quoted(value)), at: location)
        return nil
    }

    /// A built-in layout name as written, or the absolute path of a layout file that exists.
    /// A layout file must lie in the client file's folder or one `access` allows, and be a regular file.
    mutating func layout(_ value: String, baseDirectory: String, access: FileAccess, at location: SourceLocation)
        -> String?
    {
        guard let text = text(value, key: "layout", limit: 1_000, at: location) else { return nil }
        let isPath = text.contains("/") || [".yaml", ".yml", ".json"].contains { text.lowercased().hasSuffix($0) }
        guard isPath else { return text }
        let path = text.hasPrefix("/") ? text : (baseDirectory as NSString).appendingPathComponent(text)
        let standardized = (path as NSString).standardizingPath
        guard access.permits(standardized, baseDirectory: baseDirectory) else {
            report(ClientMessages.layoutOutside(text), at: location)
            return nil
        }
        switch SafeFile.problem(at: standardized) {
        case nil: return standardized
        case .missing?: report(ClientMessages.layoutMissing(text), at: location)
        case .notRegular(let kind)?:
            report(ClientMessages.layoutProblem("\"\(text)\" is not a regular file (it is \(kind))"), at: location)
        case .unreadable(let reason)?:
            report(ClientMessages.layoutProblem("\"\(text)\" cannot be read: \(reason)"), at: location)
        case .tooLarge?: report(ClientMessages.layoutProblem("\"\(text)\" is too large"), at: location)
        }
        return nil
    }
}
