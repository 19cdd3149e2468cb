/// Why a sheet could not be drawn or written.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The fonts folder has no usable font files.
    case fontsUnavailable(directory: String)
    /// Cairo reported a failure while drawing or writing.
    case cairo(String)
    /// The output file could not be created or replaced.
    case cannotWrite(path: String, reason: String)
    /// The resolution is outside what a printer or screen needs.
    case resolutionOutOfRange(Int)

    public var description: String {
        switch self {
        case .fontsUnavailable(let directory): return "error: no fonts found in \(directory)"
        case .cairo(let message): return "error: drawing failed: \(message)"
        case .cannotWrite(let path, let reason): return "\(path): error: cannot write the output file: \(reason)"
        case .resolutionOutOfRange(let dpi): return "error: --dpi must be from 18 to 1200, found \(dpi)"
        }
    }
}
