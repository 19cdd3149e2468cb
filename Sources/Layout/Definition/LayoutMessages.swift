import Foundation
import Routine
import Yams

/// The wording of the layout-file problems that are theirs alone (lengths, colours, paper sizes,
/// `extends`), kept apart from where the problems are found; the words for keys and for the
/// values every file kind shares (text, whole numbers, flags, choices) are `Messages`'.
enum LayoutMessages {
    static func notMapping(_ what: String) -> String {
        "\(what) must be a set of `key: value` lines"
    }

    static func extendsMissing(_ name: String, available: [String]) -> String {
        "`extends: \(TextEscaping.excerpt(name))` names no built-in layout; built-in layouts: \(available.joined(separator: ", "))"
    }

    static func extendsLoop(_ chain: [String]) -> String {
        "layouts extend each other in a loop: \(chain.joined(separator: " → "))"
    }

    // MARK: Values

    /// `found` is the text in quotes, or what was there instead, such as `a list`.
    static func length(found: String) -> String {
        "expected a length such as 20mm, 0.5in or 12pt, found \(found)"
    }

    static let infiniteLength = "a length must be a finite number"

    /// `found` is the value as written, in quotes.
    static func tooLong(_ path: String, found: String) -> String {
        "\(path) must be at most 10 m (28346pt) either way, found \(found)"
    }

    static func outOfRange(_ key: String, _ range: ClosedRange<Length>, found: Length) -> String {
        "\(key) must be from \(range.lowerBound) to \(range.upperBound), found \(found)"
    }

    static func negative(_ key: String, found: Length) -> String {
        "\(key) must not be negative, found \(found)"
    }

    static func colour(found: String) -> String {
        "expected a colour such as \"#1D5F73\", found \(found)"
    }

    static func faintColour(_ name: String, on background: String, contrast: Double, least: Double) -> String {
        let ratio = String(format: "%.2f", contrast)
        let what = least >= Palette.leastTextContrast ? "text in it needs" : "box outlines in it need"
        return "\(name) has a contrast of \(ratio):1 with \(background); \(what) at least "
            + "\(String(format: "%g", least)):1 to be seen on paper (WCAG)"
    }

    static func paperSize(found: String) -> String {
        "expected letter, a4, legal, a5 or WIDTH x HEIGHT such as 210mm x 297mm, found \(found)"
    }

    static func smallestType(found: Length) -> String {
        "smallest-type must be at least 6pt, found \(found)"
    }

    static func pictureHeight(found: Length) -> String {
        "picture height must be from 5mm to 150mm, found \(found)"
    }

    static let checkboxTooSmall = "checkbox size must be at least 4mm to tick with a pen"

    static let checkboxTooLarge = "checkbox size must be at most 25mm: a larger box leaves no room for the step's words"

    // MARK: Files

    static func largerThanPage(_ path: String, _ value: Length, page: Length) -> String {
        func mm(_ length: Length) -> String { "\(Int(length.millimetres.rounded())) mm" }
        return "`\(path)` is \(mm(value)), longer than the page itself (\(mm(page))); lengths without a unit are points"
    }

    static let notText = "a layout file must be UTF-8 text under 256 KiB"
    static let empty = "the layout file is empty; write at least `extends: classic`"

    /// A diagnostic at a node's position.
    static func diagnostic(_ message: String, at node: Node?, file: String, hints: [String] = [])
        -> Diagnostic
    {
        let location =
            node?.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
            ?? SourceLocation(file: file, line: 1, column: 1)
        return Diagnostic(.error, message, at: location, hints: hints)
    }
}
