import Foundation

/// A routine's `frequency:` in the other languages RepSheet prints, put in the English words
/// `SessionPlan.parse` reads: "Dos veces al día" → "two times day", "zweimal täglich" → "twice
/// daily", "每天两次" → "2 times a day".
enum FrequencyPhrases {
    /// The phrase in English words, or `nil` when no word of it was translated.
    static func english(_ phrase: String) -> String? {
        let folded = phrase.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "-", with: " ")
        let compact = String(
            String.UnicodeScalarView(
                folded.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                    // Arabic's short vowels and tanween go; its alef with hamza or madda is alef.
                    if (0x064B...0x065F).contains(scalar.value) || scalar.value == 0x0670 { return nil }
                    if [0x0622, 0x0623, 0x0625].contains(scalar.value) { return "\u{0627}" }
                    return scalar.properties.isWhitespace || scalar == "." || scalar == "," ? nil : scalar
                }))
        if let whole = wholePhrases[compact] ?? wholePhrases[folded.split(separator: " ").joined(separator: " ")] {
            return whole
        }
        if let east = eastAsian(compact) { return east }
        var translated = false
        var words: [String] = []
        for word in folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) {
            if let english = wordTable[word] {
                translated = true
                words += english.split(separator: " ").map(String.init)
            } else {
                words.append(word)
            }
        }
        return translated ? words.joined(separator: " ") : nil
    }

    /// Words of Spanish, French, German and Portuguese, without accents, in English; "" drops
    /// a word that only joins the others ("al", "par", "pro").
    private static let wordTable: [String: String] = {
        var table: [String: String] = [:]
        func add(_ english: String, _ words: String) {
            for word in words.split(separator: " ") { table[String(word)] = english }
        }
        add("one", "una uno un une um uma ein eine")
        add("two", "dos deux zwei dois duas")
        add("three", "tres trois drei")
        add("four", "cuatro quatre vier quatro")
        add("five", "cinco cinq funf")
        add("six", "seis sechs")
        add("seven", "siete sept sieben sete")
        add("once", "einmal")
        add("twice", "zweimal")
        add("three times", "dreimal")
        add("four times", "viermal")
        add("five times", "funfmal")
        add("times", "vez veces fois mal vezes")
        add("day", "dia dias jour jours tag tage tagen")
        add("daily", "diario diaria diariamente quotidien quotidienne quotidiennement journalier taglich")
        add("week", "semana semanas semaine semaines woche wochen")
        add("weekly", "semanal semanalmente hebdomadaire wochentlich")
        add("every", "cada chaque jeden jede todos todas tous toutes")
        add("", "al a la el los las le les l par pro am im ao os as o en em de der die das por")
        return table
    }()

    /// Phrases read whole: every other day, and Arabic and Hebrew ones.
    private static let wholePhrases: [String: String] = {
        var table: [String: String] = [:]
        for phrase in [
            "cada dos dias", "cada segundo dia", "un dia si y otro no", "dia por medio", "en dias alternos",
            "dias alternos", "un jour sur deux", "tous les deux jours", "jeden zweiten tag", "alle zwei tage",
            "dia sim dia nao", "dia sim, dia nao", "em dias alternados", "dias alternados",
        ] {
            table[phrase] = "every other day"
        }
        // Arabic (without its short vowels) and Hebrew, written without spaces.
        let compact: [String: String] = [
            "يوميا": "daily", "كليوم": "daily", "مرةيوميا": "once a day", "مرةفياليوم": "once a day",
            "مرتينيوميا": "twice a day", "مرتينفياليوم": "twice a day", "ثلاثمراتيوميا": "three times a day",
            "ثلاثمراتفياليوم": "three times a day", "مرةفيالاسبوع": "once a week", "مرتينفيالاسبوع": "twice a week",
            "ثلاثمراتفيالاسبوع": "three times a week", "كليومين": "every other day",
            "כליום": "daily", "פעםביום": "once a day", "פעמייםביום": "twice a day",
            "שלושפעמיםביום": "three times a day", "פעםבשבוע": "once a week", "פעמייםבשבוע": "twice a week",
            "שלושפעמיםבשבוע": "three times a week", "יוםכןיוםלא": "every other day",
        ]
        for (phrase, english) in compact { table[phrase] = english }
        return table
    }()

    /// Chinese and Japanese: 每天, 每天两次, 每日2次, 每周3次, 隔天, 毎日, 1日2回, 週3回, 隔日.
    private static func eastAsian(_ text: String) -> String? {
        switch text {
        case "每天", "每日", "天天", "毎日": return "daily"
        case "隔天", "隔日", "每隔一天": return "every other day"
        case "每周", "每週", "毎週": return "weekly"
        default: break
        }
        let numerals: [Character: Int] = [
            "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "1": 1, "2": 2, "3": 3, "4": 4,
            "5": 5, "6": 6, "7": 7, "１": 1, "２": 2, "３": 3, "４": 4, "５": 5,
        ]
        let days = ["每天", "每日", "一天", "一日", "1日", "1天", "１日", "毎日"]
        let weeks = ["每周", "每週", "每星期", "一周", "一週", "週", "毎週", "1週", "１週"]
        for (prefixes, period) in [(days, "day"), (weeks, "week")] {
            for prefix in prefixes where text.hasPrefix(prefix) {
                var rest = text.dropFirst(prefix.count)
                guard let last = rest.last, last == "次" || last == "回" else { continue }
                rest = rest.dropLast()
                guard rest.count == 1, let first = rest.first, let count = numerals[first] else { continue }
                return "\(count) times a \(period)"
            }
        }
        return nil
    }
}
