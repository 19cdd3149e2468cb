import Foundation

/// Safe file names made from client names: `Jane Doe` → `jane-doe`.
///
/// Letters are written in Latin without accents (`José` → `jose`, `Ольга` → `olga`,
/// `王小明` → `wang-xiao-ming`), lowercased; digits stay; apostrophes vanish (`O'Brien` → `obrien`);
/// every other run of characters becomes one `-`. So no path separator, leading dot or control
/// character survives, and the name is at most 80 characters. A name with nothing usable is
/// `client`.
public enum FileSlug {
    /// The longest slug, in characters.
    public static let maxLength = 80

    /// The slug of one name.
    public static func make(_ name: String) -> String {
        let latin = name.applyingTransform(.toLatin, reverse: false) ?? name
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
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
        var used: Set<String> = []
        var counts: [String: Int] = [:]
        return names.map { name in
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

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "’", "‘", "ʹ", "ʻ", "ʼ", "`", "´"]

    /// Latin letters that have no accent to strip.
    private static let letters: [Unicode.Scalar: String] = [
        "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h",
    ]
}
