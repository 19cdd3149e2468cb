/// The string tables: the sheet's own words in every language RepSheet speaks.
extension SheetLabels {
    /// The table for a BCP 47 tag ("es", "es-MX", "zh-Hans"), by its primary language (and, for
    /// Chinese, its script: `zh-Hant`, `zh-TW`, `zh-HK` and `zh-MO` are Traditional);
    /// `nil` when RepSheet has no table for it.
    package init?(language tag: String) {
        let primary = SheetLabels.tableLanguage(of: tag)
        guard let table = SheetLabels.tables[primary] else { return nil }
        self = table
        if let setNumber = SheetLabels.setNumbers[primary] { self.setNumber = setNumber }
        if let words = SheetLabels.cautionWords[primary] {
            caution = words.caution
            instead = words.instead
        }
        if let times = SheetLabels.timesWords[primary] { self.times = times }
        if let steps = SheetLabels.stepsUnitWords[primary] { stepsUnit = steps }
        if let words = SheetLabels.progressWords[primary] { take(words) }
    }

    /// The languages that have a table, such as "ar", "de", "en".
    package static var languages: [String] { tables.keys.sorted() }

    /// Whether `tag` names a language written right to left (Arabic, Hebrew, Persian, Urdu, …).
    package static func isRightToLeft(_ tag: String) -> Bool {
        ["ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "ckb", "dv"].contains(primaryLanguage(of: tag))
    }

    /// "es" for "es-MX".
    static func primaryLanguage(of tag: String) -> String {
        String(tag.split(separator: "-").first ?? "").lowercased()
    }

    /// The key of the tables that hold `tag`'s words: its primary language ("es" for "es-MX"),
    /// except that Chinese written in Traditional characters is "zh-Hant": the script `Hant`, or
    /// with no script the regions Taiwan, Hong Kong and Macao ("zh-TW", "zh-HK", "zh-MO").
    /// `zh`, `zh-Hans`, `zh-CN` and `zh-SG` are Simplified. Case and `_` for `-` do not matter.
    static func tableLanguage(of tag: String) -> String {
        let subtags = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard subtags.first == "zh" else { return primaryLanguage(of: tag) }
        let rest = subtags.dropFirst()
        if let script = rest.first(where: { $0.count == 4 && $0.allSatisfy(\.isLetter) }) {
            return script == "hant" ? "zh-Hant" : "zh"
        }
        let region = rest.first { $0.count == 2 }
        return region.map { ["tw", "hk", "mo"].contains($0) } == true ? "zh-Hant" : "zh"
    }

    /// "Set {n}" in each language, the number joined to its word by a no-break space.
    private static let setNumbers: [String: String] = [
        "es": "Serie\u{00A0}{n}", "fr": "Série\u{00A0}{n}", "de": "Satz\u{00A0}{n}", "pt": "Série\u{00A0}{n}",
        "zh": "第{n}组", "zh-Hant": "第{n}組", "ja": "{n}セット目", "ar": "المجموعة\u{00A0}{n}", "he": "סט\u{00A0}{n}",
    ]

    private static let tables: [String: SheetLabels] = [
        "en": SheetLabels(),
        "es": make(
            hold: "Mantener", rep: "repetición", reps: "repeticiones", set: "serie", sets: "series", rest: "descanso",
            eachSide: "cada lado", leftSide: "lado izquierdo", rightSide: "lado derecho", left: "Izq.", right: "Der.",
            name: "Nombre", date: "Fecha", notes: "Notas", howOften: "Frecuencia",
            key: "Marque una casilla cada vez que termine una repetición.", continued: "continuación",
            pageOf: "Página {n} de {total}", weekdays: "lun mar mié jue vie sáb dom",
            video: "Escanee para ver el vídeo", seconds: "{n} s", minutes: "{n} min", hours: "{n} h"),
        "fr": make(
            hold: "Tenir", rep: "répétition", reps: "répétitions", set: "série", sets: "séries", rest: "repos",
            eachSide: "chaque côté", leftSide: "côté gauche", rightSide: "côté droit", left: "Gauche", right: "Droite",
            name: "Nom", date: "Date", notes: "Remarques", howOften: "Fréquence",
            key: "Cochez une case à chaque répétition terminée.", continued: "suite",
            pageOf: "Page {n} sur {total}", weekdays: "lun mar mer jeu ven sam dim",
            video: "Scannez pour voir la vidéo", seconds: "{n} s", minutes: "{n} min", hours: "{n} h"),
        "de": make(
            hold: "Halten", rep: "Wiederholung", reps: "Wiederholungen", set: "Satz", sets: "Sätze", rest: "Pause",
            eachSide: "jede Seite", leftSide: "linke Seite", rightSide: "rechte Seite", left: "Links", right: "Rechts",
            name: "Name", date: "Datum", notes: "Hinweise", howOften: "Wie oft",
            key: "Kreuzen Sie nach jeder Wiederholung ein Kästchen an.", continued: "Fortsetzung",
            pageOf: "Seite {n} von {total}", weekdays: "Mo Di Mi Do Fr Sa So",
            video: "Scannen Sie für das Video", seconds: "{n} s", minutes: "{n} min", hours: "{n} Std."),
        "pt": make(
            hold: "Manter", rep: "repetição", reps: "repetições", set: "série", sets: "séries", rest: "descanso",
            eachSide: "cada lado", leftSide: "lado esquerdo", rightSide: "lado direito", left: "Esq.", right: "Dir.",
            name: "Nome", date: "Data", notes: "Observações", howOften: "Frequência",
            key: "Marque uma caixa cada vez que terminar uma repetição.", continued: "continuação",
            pageOf: "Página {n} de {total}", weekdays: "seg ter qua qui sex sáb dom",
            video: "Escaneie para ver o vídeo", seconds: "{n} s", minutes: "{n} min", hours: "{n} h"),
        "zh": make(
            hold: "保持", rep: "次", reps: "次", set: "组", sets: "组", rest: "休息",
            eachSide: "每侧", leftSide: "左侧", rightSide: "右侧", left: "左", right: "右",
            name: "姓名", date: "日期", notes: "注意事项", howOften: "频率",
            key: "每完成一次，勾选一个方框。", continued: "续",
            pageOf: "第 {n} 页，共 {total} 页", weekdays: "周一 周二 周三 周四 周五 周六 周日",
            video: "扫码观看视频", seconds: "{n} 秒", minutes: "{n} 分钟", hours: "{n} 小时"),
        "zh-Hant": make(
            hold: "保持", rep: "次", reps: "次", set: "組", sets: "組", rest: "休息",
            eachSide: "每側", leftSide: "左側", rightSide: "右側", left: "左", right: "右",
            name: "姓名", date: "日期", notes: "注意事項", howOften: "頻率",
            key: "每完成一次，勾選一個方框。", continued: "續",
            pageOf: "第 {n} 頁，共 {total} 頁", weekdays: "週一 週二 週三 週四 週五 週六 週日",
            video: "掃碼觀看影片", seconds: "{n} 秒", minutes: "{n} 分鐘", hours: "{n} 小時"),
        "ja": make(
            hold: "保持", rep: "回", reps: "回", set: "セット", sets: "セット", rest: "休憩",
            eachSide: "左右それぞれ", leftSide: "左側", rightSide: "右側", left: "左", right: "右",
            name: "氏名", date: "日付", notes: "メモ", howOften: "頻度",
            key: "1回終えるごとに、ボックスに1つチェックを入れます。", continued: "続き",
            pageOf: "{n} / {total} ページ", weekdays: "月 火 水 木 金 土 日",
            video: "スキャンして動画を見る", seconds: "{n} 秒", minutes: "{n} 分", hours: "{n} 時間"),
        "ar": make(
            hold: "ثبّت", rep: "تكرار", reps: "تكرارات", set: "مجموعة", sets: "مجموعات", rest: "راحة",
            eachSide: "كل جانب", leftSide: "الجانب الأيسر", rightSide: "الجانب الأيمن", left: "يسار", right: "يمين",
            name: "الاسم", date: "التاريخ", notes: "ملاحظات", howOften: "كم مرة",
            key: "ضع علامة في مربع كلما أنهيت تكرارًا واحدًا.", continued: "تابع",
            pageOf: "صفحة {n} من {total}", weekdays: "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
            video: "امسح الرمز لمشاهدة الفيديو", seconds: "{n} ثانية", minutes: "{n} دقيقة", hours: "{n} ساعة"),
        "he": make(
            hold: "החזיקו", rep: "חזרה", reps: "חזרות", set: "סט", sets: "סטים", rest: "מנוחה",
            eachSide: "כל צד", leftSide: "צד שמאל", rightSide: "צד ימין", left: "שמאל", right: "ימין",
            name: "שם", date: "תאריך", notes: "הערות", howOften: "באיזו תדירות",
            key: "סמנו תיבה בכל פעם שמסיימים חזרה אחת.", continued: "המשך",
            pageOf: "עמוד {n} מתוך {total}", weekdays: "ב׳ ג׳ ד׳ ה׳ ו׳ ש׳ א׳",
            video: "סרקו לצפייה בסרטון", seconds: "{n} שנ׳", minutes: "{n} דק׳", hours: "{n} שע׳"),
    ]

    private static func make(
        hold: String, rep: String, reps: String, set: String, sets: String, rest: String, eachSide: String,
        leftSide: String, rightSide: String, left: String, right: String, name: String, date: String,
        notes: String, howOften: String, key: String, continued: String, pageOf: String, weekdays: String,
        video: String, seconds: String, minutes: String, hours: String
    ) -> SheetLabels {
        var labels = SheetLabels()
        labels.hold = hold
        labels.rep = rep
        labels.reps = reps
        labels.set = set
        labels.sets = sets
        labels.rest = rest
        labels.eachSide = eachSide
        labels.leftSide = leftSide
        labels.rightSide = rightSide
        labels.left = left
        labels.right = right
        labels.name = name
        labels.date = date
        labels.notes = notes
        labels.howOften = howOften
        labels.key = key
        labels.continued = continued
        labels.pageOf = pageOf
        labels.weekdays = weekdays.split(separator: " ").map(String.init)
        labels.video = video
        labels.seconds = seconds
        labels.minutes = minutes
        labels.hours = hours
        return labels
    }
}
