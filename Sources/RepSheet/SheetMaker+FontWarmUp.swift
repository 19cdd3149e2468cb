import Foundation
import Layout
import Routine

extension SheetMaker {
    /// A small routine with a line of every kind a sheet prints (title, provider, frequency,
    /// section, step name, dose, sides, instructions, alternative, caution, notes), laid out
    /// only to load the fonts a layout sets them in.
    static let warmUpRoutine = """
        title: Warm-up
        subtitle: Fonts
        provider: RepSheet
        client: Client
        date: 2026-01-01
        intro: Hold each stretch.
        frequency: Once a day
        notes: Stop if it hurts.
        sections:
          - title: Section
            steps:
              - name: Step
                hold: 5s
                reps: 2
                sides: each
                instructions: Lie on your back.
                caution: Go slowly.
                alternative:
                  reason: Can't kneel?
                  name: Seated
                  instructions: Sit tall.
        """

    /// Lays a small built-in routine out in the layout `name` (or classic) at `pageSize`, and
    /// throws the sheet away: Pango loads each font of a layout the first time it measures with
    /// it (its fontset, its metrics, its shaping tables), about a sixth of a single sheet's work.
    /// Run on another thread while this one reads the command line and the routine, the sheet's
    /// own layout then finds its fonts loaded (issue 19). Measuring is serialised by the font
    /// library's lock, so the two threads never use Pango at once, and both fill the same caches.
    ///
    /// Anything that fails is ignored: the sheet's own layout reports it. Once `isCancelled`
    /// says so, the layout stops measuring and ends at once.
    /// - Returns: The sheet laid out, for tests; `nil` when the layout cannot be loaded.
    @discardableResult
    package func warmFonts(
        layout name: String?, pageSize: String?, isCancelled: @escaping @Sendable () -> Bool = { false }
    ) -> Sheet? {
        var options = SheetOptions()
        options.pageSize = pageSize
        guard
            let routine = try? RoutineLoader.load(
                text: Self.warmUpRoutine, fileName: "warm-up.yaml", baseDirectory: nil),
            let definition = try? layoutDefinition(named: name, for: routine)
        else { return nil }
        let sized = (try? Self.sized(definition, options)) ?? definition
        let cancellable = CancellableMeasurer(base: measurer, isCancelled: isCancelled)
        return engine(sized, for: routine, measurer: cancellable).layout(routine)
    }

    /// The value given to an option in command-line `arguments`, in any of its `spellings`
    /// (`--output`, `-o`): `--output VALUE`, `--output=VALUE` or `-o VALUE`, before any `--`;
    /// the last one given wins, as it does for swift-argument-parser. For work started before
    /// the command line is parsed (`repsheet render` warms the fonts of its `--layout` at its
    /// `--page-size`); a hint only, what the command does is decided by its parsed arguments.
    package static func optionHint(_ spellings: String..., in arguments: [String]) -> String? {
        var found: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            for spelling in spellings {
                if argument == spelling {
                    found = index + 1 < arguments.count ? arguments[index + 1] : found
                } else if spelling.hasPrefix("--"), argument.hasPrefix(spelling + "=") {
                    found = String(argument.dropFirst(spelling.count + 1))
                }
            }
        }
        return found
    }
}
