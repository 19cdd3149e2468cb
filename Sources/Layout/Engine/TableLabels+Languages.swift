/// The tracker's and compact table's words in every language RepSheet speaks (the same
/// languages as `SheetLabels`); the weekday names come from the sheet's labels, so a routine's
/// `labels: {weekdays: …}` changes them here too.
extension TableLabels {
    /// The words for `language` (a BCP 47 tag, by its primary language and, for Chinese, its
    /// script; English when RepSheet has no table for it), with `weekdays` Monday first as
    /// `SheetLabels.weekdays` gives them.
    init(language: String, weekdays mondayFirst: [String], overrides: [String: String] = [:]) {
        self = Self.tables[SheetLabels.tableLanguage(of: language)] ?? TableLabels()
        if mondayFirst.count == 7 { weekdays = [mondayFirst[6]] + mondayFirst[0..<6] }
        apply(overrides)
    }

    /// A routine's `labels:` for these words (`SheetLabels.tableNames`), already checked.
    private mutating func apply(_ overrides: [String: String]) {
        let words: [String: WritableKeyPath<TableLabels, String>] = [
            "weekly-log": \.weeklyLog, "week-of": \.weekOf, "start-date": \.startDate, "day-number": \.day,
            "log-key": \.trackerKey, "log-notes": \.notesPrompt, "step-column": \.step, "dose-column": \.dose,
            "done-column": \.done,
        ]
        for (name, text) in overrides {
            if let path = words[name] { self[keyPath: path] = text }
        }
        if let days = overrides["log-days"] { daysLog = PluralWords(other: days) }
    }

    private static let tables: [String: TableLabels] = [
        "en": TableLabels(),
        "es": TableLabels(
            weeklyLog: "Registro semanal", weekOf: "Semana del",
            daysLog: PluralWords(one: "Registro de 1 día", other: "Registro de {n} días"), startDate: "Inicio",
            week: "Semana {n}", day: "Día {n}",
            trackerKey: "Marque una casilla cuando haya terminado todas las repeticiones del día.",
            notesPrompt: "¿Cómo se sintió? ¿Algún dolor?", step: "Ejercicio", dose: "Dosis", done: "Hecho",
            months: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
            dateFormat: "{day} {month}"),
        "fr": TableLabels(
            weeklyLog: "Suivi de la semaine", weekOf: "Semaine du",
            daysLog: PluralWords(one: "Suivi sur {n} jour", other: "Suivi sur {n} jours", zeroIsOne: true),
            startDate: "Début", week: "Semaine {n}", day: "Jour {n}",
            trackerKey: "Cochez une case quand vous avez terminé toutes les répétitions du jour.",
            notesPrompt: "Comment vous êtes-vous senti ? Des douleurs ?", step: "Exercice", dose: "Dose",
            done: "Fait",
            months: [
                "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
            ],
            dateFormat: "{day} {month}"),
        "de": TableLabels(
            weeklyLog: "Wochenprotokoll", weekOf: "Woche ab",
            daysLog: PluralWords(one: "Protokoll für 1 Tag", other: "Protokoll für {n} Tage"), startDate: "Beginn",
            week: "Woche {n}", day: "Tag {n}",
            trackerKey: "Kreuzen Sie ein Kästchen an, wenn Sie alle Wiederholungen des Tages geschafft haben.",
            notesPrompt: "Wie hat es sich angefühlt? Schmerzen?", step: "Übung", dose: "Umfang", done: "Erledigt",
            months: ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."],
            dateFormat: "{day}. {month}"),
        "pt": TableLabels(
            weeklyLog: "Registo semanal", weekOf: "Semana de",
            daysLog: PluralWords(one: "Registo de 1 dia", other: "Registo de {n} dias"), startDate: "Início",
            week: "Semana {n}", day: "Dia {n}",
            trackerKey: "Marque uma caixa quando terminar todas as repetições do dia.",
            notesPrompt: "Como se sentiu? Alguma dor?", step: "Exercício", dose: "Dose", done: "Feito",
            months: ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
            dateFormat: "{day} {month}"),
        "zh": TableLabels(
            weeklyLog: "每周记录", weekOf: "起始日期", daysLog: PluralWords(other: "{n} 天记录"), startDate: "起始日期",
            week: "第 {n} 周", day: "第 {n} 天", trackerKey: "当天的所有次数都做完后，勾选一个方框。",
            notesPrompt: "感觉如何？有没有疼痛？", step: "练习", dose: "次数", done: "完成",
            months: (1...12).map { "\($0)月" }, dateFormat: "{month}{day}日"),
        "zh-Hant": TableLabels(
            weeklyLog: "每週記錄", weekOf: "起始日期", daysLog: PluralWords(other: "{n} 天記錄"), startDate: "起始日期",
            week: "第 {n} 週", day: "第 {n} 天", trackerKey: "當天的所有次數都做完後，勾選一個方框。",
            notesPrompt: "感覺如何？有沒有疼痛？", step: "練習", dose: "次數", done: "完成",
            months: (1...12).map { "\($0)月" }, dateFormat: "{month}{day}日"),
        "ja": TableLabels(
            weeklyLog: "週間記録", weekOf: "開始日", daysLog: PluralWords(other: "{n} 日間の記録"), startDate: "開始日",
            week: "第{n}週", day: "{n} 日目", trackerKey: "その日の回数をすべて終えたら、ボックスにチェックを入れます。",
            notesPrompt: "どうでしたか？痛みはありましたか？", step: "運動", dose: "回数", done: "完了",
            months: (1...12).map { "\($0)月" }, dateFormat: "{month}{day}日"),
        "ar": TableLabels(
            weeklyLog: "سجل أسبوعي", weekOf: "أسبوع",
            daysLog: PluralWords(
                one: "سجل يوم واحد", two: "سجل يومين", few: "سجل {n} أيام", many: "سجل {n} يومًا", other: "سجل {n} يوم"),
            startDate: "تاريخ البدء", week: "الأسبوع {n}", day: "اليوم {n}",
            trackerKey: "ضع علامة في مربع عندما تنهي كل تكرارات اليوم.", notesPrompt: "كيف كان شعورك؟ هل من ألم؟",
            step: "التمرين", dose: "المقدار", done: "تم",
            months: [
                "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
                "ديسمبر",
            ],
            dateFormat: "{day} {month}"),
        "he": TableLabels(
            weeklyLog: "יומן שבועי", weekOf: "שבוע מתאריך",
            daysLog: PluralWords(one: "יומן ליום אחד", two: "יומן ליומיים", other: "יומן ל־{n} ימים"),
            startDate: "תאריך התחלה", week: "שבוע {n}", day: "יום {n}",
            trackerKey: "סמנו תיבה כשסיימתם את כל החזרות של היום.", notesPrompt: "איך הרגשתם? היו כאבים?",
            step: "תרגיל", dose: "כמות", done: "בוצע",
            months: [
                "ינו׳", "פבר׳", "מרץ", "אפר׳", "מאי", "יוני", "יולי", "אוג׳", "ספט׳", "אוק׳", "נוב׳", "דצמ׳",
            ],
            dateFormat: "{day} ב{month}"),
    ]
}
