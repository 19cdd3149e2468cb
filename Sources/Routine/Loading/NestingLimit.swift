/// The routine loader's guard against nesting too deep for the recursive YAML composer, for other
/// YAML files RepSheet reads (such as client lists).
public enum NestingLimit {
    /// The byte offset at which lists and mappings nest deeper than `RoutineLimits.maxNestingDepth`
    /// (an over-estimate made without parsing), or `nil` when they never do.
    /// - Parameter bytes: The UTF-8 text of a YAML or JSON file.
    public static func firstOffsetTooDeep(in bytes: [UInt8]) -> Int? {
        NestingScanner.firstOffsetTooDeep(in: bytes)
    }
}
