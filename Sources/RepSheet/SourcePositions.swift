import Foundation
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
