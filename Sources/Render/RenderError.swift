import Routine

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
    /// A PNG page would have more pixels than `limit` at this resolution.
    case pageTooLarge(width: Int, height: Int, dpi: Int, limit: Int)
    /// A character would print as a missing-glyph box.
    case missingGlyph(MissingGlyph)
    /// A picture is broken, too large or unsafe.
    case badImage(ImageProblem)
    /// Several problems found by the checks before drawing, in the routine's order.
    case several([RenderError])
    /// A system library that some sheets need (librsvg, gdk-pixbuf, libqrencode) is not installed.
    case libraryMissing(library: String, purpose: String, package: String)
    /// A system library is installed but too old: it lacks a function RepSheet calls.
    case libraryTooOld(library: String, function: String)
    /// RepSheet's own PDF library, which reads PDFs (booklets, `extract`), is missing or broken;
    /// the loader's words say where it looked.
    case pdfLibraryUnavailable(String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "\(path): error: cannot write the output file: \(reason)"
        case .missingGlyph(let missing): return missing.description
        case .badImage(let problem): return problem.description
        case .several(let errors): return errors.map(\.description).joined(separator: "\n")
        default: return "error: " + message
        }
    }

    /// What is wrong, without file and "error:" prefix.
    public var message: String {
        switch self {
        case .fontsUnavailable(let directory): return "no fonts found in \(directory)"
        case .cairo(let message): return "drawing failed: \(message)"
        case .cannotWrite(_, let reason): return "cannot write the output file: \(reason)"
        case .resolutionOutOfRange(let dpi): return "--dpi must be from 18 to 1200, found \(dpi)"
        case .pageTooLarge(let width, let height, let dpi, let limit):
            return "a PNG page would be \(width) × \(height) pixels at \(dpi) dpi, more than the "
                + "\(limit / 1_000_000) megapixels a page may have; use a lower --dpi or a smaller page"
        case .missingGlyph(let missing): return missing.diagnostic.message
        case .badImage(let problem): return problem.diagnostic.message
        case .several(let errors): return errors.map(\.message).joined(separator: "; ")
        case .libraryMissing, .libraryTooOld: return reason
        case .pdfLibraryUnavailable(let reason): return reason
        }
    }

    /// One error for `errors`: `nil` for none, the error itself for one, `.several` otherwise.
    package static func combined(_ errors: [RenderError]) -> RenderError? {
        errors.count > 1 ? .several(errors) : errors.first
    }

    /// The problem without the "error:" prefix, to be placed after what needed the library.
    var reason: String {
        switch self {
        case .libraryMissing(let library, let purpose, let package):
            return "\(purpose) need the system library \(library), which is not installed (Debian package \(package))"
        case .libraryTooOld(let library, let function):
            return "the system library \(library) is too old: it has no \(function)"
        default:
            return description
        }
    }
}

/// A character none of the fonts has, where it was found.
public struct MissingGlyph: Sendable, Equatable, CustomStringConvertible {
    /// The character.
    public var character: Unicode.Scalar
    /// What holds it, in the user's words: "the name of step 2", "the title".
    public var field: String
    /// Where in the routine (or client) file the text comes from, when known.
    public var location: SourceLocation?

    /// Creates the report of a missing character.
    public init(character: Unicode.Scalar, field: String, location: SourceLocation? = nil) {
        self.character = character
        self.field = field
        self.location = location
    }

    /// "U+E000".
    public var codePoint: String {
        let hex = String(character.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The problem as a diagnostic at its location.
    public var diagnostic: Diagnostic {
        Diagnostic(
            .error,
            "\(field) has the character \(codePoint), which none of RepSheet's fonts can print "
                + "(it would come out as an empty box); remove it, or pass --allow-missing-glyphs to print it anyway",
            at: location)
    }

    public var description: String { diagnostic.description }
}

/// A picture that cannot go on a sheet, and why.
public struct ImageProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The picture file.
    public var path: String
    /// What is wrong, such as "is 100000 × 100000 pixels; at most 10000 pixels a side are allowed".
    public var reason: String
    /// Where the step that uses the picture names it (its `image:` value), when known.
    public var location: SourceLocation?

    /// Creates the report of a bad picture.
    public init(path: String, reason: String, location: SourceLocation? = nil) {
        self.path = path
        self.reason = reason
        self.location = location
    }

    /// The problem as a diagnostic at its location.
    public var diagnostic: Diagnostic { Diagnostic(.error, "the picture \(path) \(reason)", at: location) }

    public var description: String { diagnostic.description }
}
