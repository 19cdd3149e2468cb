/// The words of week-by-week plans and of the pain guide in every language RepSheet speaks.
extension SheetLabels {
    /// The words of plans and the pain guide in one language.
    struct ProgressWords {
        var stageOf: String
        var next: String
        var weekNumber: String
        var painGuide: String
        var painFine: String
        var painEasier: String
        var painStop: String
        var painLog: String
    }

    /// The words by primary language; English is the struct's own default.
    static let progressWords: [String: ProgressWords] = [
        "es": ProgressWords(
            stageOf: "Etapa {n} de {total}", next: "Siguiente", weekNumber: "Semana {n}",
            painGuide: "Guía del dolor: 0 = nada de dolor, 10 = el peor dolor",
            painFine: "Bien. Siga con los ejercicios.", painEasier: "Más suave. Haga menos veces o muévase menos.",
            painStop: "Pare. Llame a su fisioterapeuta.", painLog: "Dolor (0–10)"),
        "fr": ProgressWords(
            stageOf: "Étape {n} sur {total}", next: "Ensuite", weekNumber: "Semaine {n}",
            painGuide: "Guide de la douleur : 0 = aucune douleur, 10 = la pire douleur",
            painFine: "Bien. Continuez.", painEasier: "Plus doucement. Faites-en moins ou bougez moins loin.",
            painStop: "Arrêtez. Appelez votre kinésithérapeute.", painLog: "Douleur (0–10)"),
        "de": ProgressWords(
            stageOf: "Stufe {n} von {total}", next: "Danach", weekNumber: "Woche {n}",
            painGuide: "Schmerz-Ampel: 0 = kein Schmerz, 10 = stärkster Schmerz",
            painFine: "Gut. Weitermachen.", painEasier: "Sanfter. Weniger Wiederholungen oder kleinere Bewegungen.",
            painStop: "Stopp. Rufen Sie Ihre Praxis an.", painLog: "Schmerz (0–10)"),
        "pt": ProgressWords(
            stageOf: "Etapa {n} de {total}", next: "A seguir", weekNumber: "Semana {n}",
            painGuide: "Guia da dor: 0 = nenhuma dor, 10 = a pior dor",
            painFine: "Bem. Continue.", painEasier: "Mais leve. Faça menos vezes ou movimentos menores.",
            painStop: "Pare. Ligue para o seu fisioterapeuta.", painLog: "Dor (0–10)"),
        "zh": ProgressWords(
            stageOf: "第{n}阶段（共{total}阶段）", next: "下一步", weekNumber: "第{n}周",
            painGuide: "疼痛指南：0 = 不痛，10 = 最痛", painFine: "可以。继续练习。",
            painEasier: "放轻。减少次数或缩小动作。", painStop: "停止。联系您的治疗师。", painLog: "疼痛（0–10）"),
        "zh-Hant": ProgressWords(
            stageOf: "第{n}階段（共{total}階段）", next: "下一步", weekNumber: "第{n}週",
            painGuide: "疼痛指南：0 = 不痛，10 = 最痛", painFine: "可以。繼續練習。",
            painEasier: "放輕。減少次數或縮小動作。", painStop: "停止。聯絡您的治療師。", painLog: "疼痛（0–10）"),
        "ja": ProgressWords(
            stageOf: "ステージ {n}/{total}", next: "次", weekNumber: "{n}週目",
            painGuide: "痛みの目安：0 = 痛みなし、10 = 最も強い痛み", painFine: "大丈夫。続けてください。",
            painEasier: "軽めに。回数を減らすか、動きを小さくしてください。", painStop: "中止。担当の療法士に連絡してください。",
            painLog: "痛み（0–10）"),
        "ar": ProgressWords(
            stageOf: "المرحلة {n} من {total}", next: "التالي", weekNumber: "الأسبوع {n}",
            painGuide: "دليل الألم: 0 = لا ألم، 10 = أسوأ ألم", painFine: "جيد. استمر في التمارين.",
            painEasier: "خفّف. قلّل التكرار أو صغّر الحركة.", painStop: "توقف. اتصل بمعالجك.", painLog: "الألم (0–10)"),
        "he": ProgressWords(
            stageOf: "שלב {n} מתוך {total}", next: "הבא", weekNumber: "שבוע {n}",
            painGuide: "מדריך כאב: 0 = אין כאב, 10 = הכאב החזק ביותר", painFine: "בסדר. המשיכו.",
            painEasier: "בעדינות. פחות חזרות או תנועה קטנה יותר.", painStop: "עצרו. התקשרו למטפל.",
            painLog: "כאב (0–10)"),
    ]

    /// These labels with the plan and pain words of `words`.
    mutating func take(_ words: ProgressWords) {
        stageOf = words.stageOf
        next = words.next
        weekNumber = words.weekNumber
        painGuide = words.painGuide
        painFine = words.painFine
        painEasier = words.painEasier
        painStop = words.painStop
        painLog = words.painLog
    }

    /// "Stage 2 of 3".
    func stage(_ number: Int, of total: Int) -> String {
        stageOf.filling("{n}", with: String(number))
            .filling("{total}", with: String(total))
    }

    /// "Week 3".
    func week(_ number: Int) -> String { weekNumber.filling("{n}", with: String(number)) }
}
