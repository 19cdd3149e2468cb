/// The bounds that keep a hostile or broken routine file from exhausting time or memory.
package enum RoutineLimits {
    /// The largest routine file read, in bytes (1 MiB).
    package static let maxFileBytes = 1 << 20
    /// The deepest nesting of lists and mappings accepted before parsing (an upper estimate).
    package static let maxNestingDepth = 100
    /// The most values a file may hold once aliases (`*name`) are expanded.
    package static let maxNodes = 100_000
    /// The most characters of text a file may hold once aliases (`*name`) are expanded (2 million).
    package static let maxExpandedCharacters = 2_000_000
    /// The longest one-line text such as a title or a step name, in characters.
    package static let maxShortText = 200
    /// The longest paragraph such as an intro, instructions or a note, in characters.
    package static let maxLongText = 5_000
    /// The longest hold or rest, in seconds (one hour).
    package static let maxDurationSeconds = 3_600
    /// The most diagnostics reported for one file; the rest are summarised in one line.
    package static let maxDiagnostics = 100
}
