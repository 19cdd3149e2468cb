import Foundation

/// A passage's reading level by the established formula for its language.
package struct ReadingLevel: Sendable, Equatable {
    /// The formula's name, such as "Flesch–Kincaid".
    package var formula: String
    /// The US school grade: the formula's own for grade formulas, Flesch's table for ease scores.
    package var grade: Double
    /// The reading-ease score (0–100, higher is easier) for formulas that give one.
    package var ease: Double?

    /// The level of a passage, or `nil` when no formula is known for `language` ("not rated").
    ///
    /// - en: Flesch–Kincaid grade, 0.39 × words/sentence + 11.8 × syllables/word − 15.59.
    /// - es: Fernández Huerta ease, 206.84 − 0.60 × syllables per 100 words − 1.02 × sentences per 100 words.
    /// - fr: Kandel–Moles ease, 207 − 1.015 × words/sentence − 73.6 × syllables/word.
    /// - de: first Wiener Sachtextformel, a school grade from the shares of long and short words.
    package static func of(_ statistics: TextStatistics, language: String) -> ReadingLevel? {
        guard statistics.words > 0, statistics.sentences > 0 else { return nil }
        let words = Double(statistics.words)
        let perSentence = words / Double(statistics.sentences)
        let perWord = Double(statistics.syllables) / words
        switch ReadingLevel.base(of: language) {
        case "en":
            return ReadingLevel(formula: "Flesch–Kincaid", grade: 0.39 * perSentence + 11.8 * perWord - 15.59)
        case "es":
            let ease = 206.84 - 60 * perWord - 102 * Double(statistics.sentences) / words
            return ReadingLevel(formula: "Fernández Huerta", grade: gradeForEase(ease), ease: ease)
        case "fr":
            let ease = 207 - 1.015 * perSentence - 73.6 * perWord
            return ReadingLevel(formula: "Kandel–Moles", grade: gradeForEase(ease), ease: ease)
        case "de":
            let share = { (count: Int) in 100 * Double(count) / words }
            let grade =
                0.1935 * share(statistics.polysyllables) + 0.1672 * perSentence + 0.1297 * share(statistics.longWords)
                - 0.0327 * share(statistics.monosyllables) - 0.875
            return ReadingLevel(formula: "Wiener Sachtextformel", grade: grade)
        default:
            return nil
        }
    }

    /// Whether a formula is known for `language`.
    package static func isRated(_ language: String) -> Bool { ["en", "es", "fr", "de"].contains(base(of: language)) }

    static func base(of language: String) -> String {
        String(language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
    }

    /// Flesch's table from reading ease to US grade (90–100 → 5, 80 → 6, 70 → 7, 60 → 8–9,
    /// 50 → 10–12, 30 → college), read as a straight line between its rows.
    static func gradeForEase(_ ease: Double) -> Double {
        let rows: [(ease: Double, grade: Double)] = [
            (100, 4), (90, 5), (80, 6), (70, 7), (60, 8.5), (50, 11), (30, 14.5), (0, 18),
        ]
        if ease >= rows[0].ease { return rows[0].grade }
        for (upper, lower) in zip(rows, rows.dropFirst()) where ease >= lower.ease {
            let t = (upper.ease - ease) / (upper.ease - lower.ease)
            return upper.grade + t * (lower.grade - upper.grade)
        }
        return 18
    }

    /// "grade 5.2 (Flesch–Kincaid)" or "grade 7.0 (Fernández Huerta reading ease 72)".
    package var summary: String {
        let gradeText = String(format: "%.1f", grade)
        if let ease { return "grade \(gradeText) (\(formula) reading ease \(Int(ease.rounded())))" }
        return "grade \(gradeText) (\(formula))"
    }
}
