import Foundation

/// Safe file names made from client names: `Jane Doe` → `jane-doe`.
///
/// Letters are written in Latin without accents (`José` → `jose`, `Ольга` → `olga`,
/// `王小明` → `wang-xiao-ming`), lowercased; digits stay; apostrophes vanish (`O'Brien` → `obrien`);
/// every other run of characters becomes one `-`. So no path separator, leading dot or control
/// character survives, and the name is at most 80 characters. A name with nothing usable is
/// `client`.
///
/// A repeated name gets `-2`, `-3`, … (`jane-doe.pdf`, `jane-doe-2.pdf`), and the pages of a PNG or
/// SVG sheet get `-p1`, `-p2`, … (`jane-doe-p1.png`, `jane-doe-2-p1.png`), so a second client is
/// never mistaken for a second page.
public enum FileSlug {
    /// The longest slug, in characters.
    public static let maxLength = 80

    /// The slug of one name.
    public static func make(_ name: String) -> String {
        // ICU's transforms cost about 0.8 M instructions a name; a plain ASCII name, most of a
        // clinic's list, has nothing for them to do (issue 19).
        let plain: String
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            plain = name
        } else {
            let latin = name.applyingTransform(.toLatin, reverse: false) ?? name
            plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        }
        var slug = ""
        var pendingDash = false
        for scalar in plain.lowercased().unicodeScalars {
            if apostrophes.contains(scalar) { continue }
            let mapped: String?
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                mapped = String(scalar)
            } else {
                mapped = letters[scalar]
            }
            guard let mapped else {
                pendingDash = !slug.isEmpty
                continue
            }
            if pendingDash { slug += "-" }
            pendingDash = false
            slug += mapped
        }
        if slug.count > maxLength {
            slug = String(slug.prefix(maxLength))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? "client" : slug
    }

    /// Slugs for a list of names in order; repeats get `-2`, `-3`, … so each is unique.
    public static func unique(_ names: [String]) -> [String] {
        var namer = Namer()
        return names.map { namer.slug(for: $0) }
    }

    /// Unique slugs handed out one name at a time, as a streamed client list is read: the same
    /// names in the same order get the same slugs as `unique`.
    public struct Namer: Sendable {
        private var used: Set<String> = []
        private var counts: [String: Int] = [:]

        /// A namer that has handed out nothing.
        public init() {}

        /// The slug of `name`, with `-2`, `-3`, … when an earlier name took it.
        public mutating func slug(for name: String) -> String {
            let base = make(name)
            var count = counts[base, default: 0]
            var slug = base
            repeat {
                count += 1
                slug = count == 1 ? base : "\(base)-\(count)"
            } while used.contains(slug)
            counts[base] = count
            used.insert(slug)
            return slug
        }
    }

    /// The files of one client's sheet: `base.pdf`, or `base-p1.png`, `base-p2.png`, … for formats
    /// written a page per file.
    /// - Parameters:
    ///   - base: The output folder and the client's slug, such as `handouts/jane-doe-2`.
    ///   - format: The output format.
    ///   - pageCount: How many pages the sheet has.
    public static func pagePaths(base: String, format: OutputFormat, pageCount: Int) -> [String] {
        if !format.isPerPage { return [base + ".pdf"] }
        return (1...max(1, pageCount)).map { "\(base)-p\($0).\(format.rawValue)" }
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "‘", "ʹ", "ʻ", "ʼ", "`", "´"]

    /// Latin letters that have no accent to strip.
    private static let letters: [Unicode.Scalar: String] = [
        "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h",
    ]
}
