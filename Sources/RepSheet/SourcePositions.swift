import Foundation
import Layout
import Routine

/// Finds where a character stands in a routine's file, to report a character no font has at its
/// line and column. The file is read once, from the world, when the first position is asked for.
final class SourcePositions {
    private let routine: Routine
    private let world: any World
    private var text: String??

    /// Positions in `routine`'s file, read from `world`.
    init(routine: Routine, world: any World) {
        self.routine = routine
        self.world = world
    }

    /// The file name diagnostics use.
    private var displayFile: String {
        routine.allSteps.first?.location?.file ?? routine.source ?? "routine"
    }

    /// The routine file's text; `nil` when it came from elsewhere or cannot be read.
    private var source: String? {
        if let text { return text }
        let read = routine.source.flatMap { try? world.read($0, limit: SheetMaker.maxSourceBytes) }
            .flatMap { String(data: $0, encoding: .utf8) }
        text = .some(read)
        return read
    }

    /// The line of the routine's own key that holds `field` (`provider:`, `notes:`, …), for a
    /// field whose source has no line of its own: a character is then looked for from there, not
    /// from the top of the file, where another field may hold the same character. `nil` for a
    /// field of a step, or when the key cannot be found.
    func line(holding field: TextFieldName?) -> Int? {
        guard let field, let key = Self.routineKey(field), let source else { return nil }
        var fallback: Int?
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            // A top-level YAML key starts its line; JSON's keys are quoted and indented.
            if line.hasPrefix(key + ":") { return index + 1 }
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "{" }
            if fallback == nil, trimmed.hasPrefix("\"\(key)\"") { fallback = index + 1 }
        }
        return fallback
    }

    /// The routine file's key that holds `field`, for the fields of the routine itself.
    private static func routineKey(_ field: TextFieldName) -> String? {
        switch field {
        case .title: return "title"
        case .subtitle: return "subtitle"
        case .provider: return "provider"
        case .client: return "client"
        case .intro: return "intro"
        case .frequency: return "frequency"
        case .caution: return "caution"
        case .note: return "notes"
        case .sectionTitle, .sectionNote: return "sections"
        case .label: return "labels"
        default: return nil
        }
    }

    /// Where `character` first appears at or after `firstLine`: its line and column (in characters).
    func location(of character: Unicode.Scalar, from firstLine: Int) -> SourceLocation? {
        guard let source else { return nil }
        var line = 1
        var column = 1
        for scalar in source.unicodeScalars {
            if scalar == character, line >= firstLine {
                return SourceLocation(file: displayFile, line: line, column: column)
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }
}
