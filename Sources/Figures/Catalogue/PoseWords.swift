import Layout

/// The words a figure's pose is described in for a screen reader, in one language.
struct PoseWords {
    var lyingOnBack, lyingFaceDown, lyingOnSide, handsAndKnees, kneeling, sitting, sittingOnChair, standing: String
    /// "moving {part}".
    var moving: String
    /// The head, back, trunk, pelvis, hands, one hand, elbows, one elbow, forearms, knees, one
    /// knee, shins, feet, one foot, in that order.
    var parts: [String]
    var comma, colon, semicolon, bothSides: String

    /// The words of the language whose sheet words `labels` are, when there is a table for it.
    static func matching(_ labels: SheetLabels) -> PoseWords? {
        for (language, words) in tables {
            guard let table = SheetLabels(language: language) else { continue }
            // "each side" tells Traditional Chinese (每側) from Simplified (每侧).
            if table.hold == labels.hold && table.reps == labels.reps && table.eachSide == labels.eachSide {
                return words
            }
        }
        return nil
    }

    /// The part's words: a one-sided part is "one knee", as the figure is shown for either side.
    func part(_ part: BodyPart) -> String? {
        let index: Int
        switch part {
        case .head: index = 0
        case .back: index = 1
        case .side: index = 2
        case .pelvis: index = 3
        case .hands: index = 4
        case .leftHand, .rightHand: index = 5
        case .elbows: index = 6
        case .leftElbow, .rightElbow: index = 7
        case .forearms: index = 8
        case .knees: index = 9
        case .leftKnee, .rightKnee: index = 10
        case .shins: index = 11
        case .feet: index = 12
        case .leftFoot, .rightFoot: index = 13
        }
        return index < parts.count ? parts[index] : nil
    }

    /// "lying on the back, moving one knee"; `nil` when neither the position nor a moving part can be said.
    func describe(_ figure: Figure) -> String? {
        let pose = figure.start ?? figure.end
        var phrases: [String] = []
        if let position = position(pose) { phrases.append(position) }
        if let moving = figure.moving, let part = part(moving) {
            phrases.append(self.moving.replacingOccurrences(of: "{part}", with: part))
        }
        return phrases.isEmpty ? nil : phrases.joined(separator: comma)
    }

    private func position(_ pose: Pose) -> String? {
        let rests = Set(pose.restsOn)
        let hands: Set<BodyPart> = [.hands, .leftHand, .rightHand, .forearms, .elbows, .leftElbow, .rightElbow]
        let knees: Set<BodyPart> = [.knees, .leftKnee, .rightKnee, .shins]
        let feet: Set<BodyPart> = [.feet, .leftFoot, .rightFoot]
        if rests.contains(.side) { return lyingOnSide }
        if !rests.isDisjoint(with: hands), !rests.isDisjoint(with: knees) { return handsAndKnees }
        if !rests.isDisjoint(with: knees) { return kneeling }
        if rests.contains(.back) || pose.trunk <= -60 { return lyingOnBack }
        if pose.trunk >= 60, !rests.isSubset(of: feet) { return lyingFaceDown }
        if rests.contains(.pelvis) { return pose.support == .chair ? sittingOnChair : sitting }
        if !rests.isDisjoint(with: feet) { return standing }
        return nil
    }

    private static let tables: [(String, PoseWords)] = [
        (
            "en",
            PoseWords(
                lyingOnBack: "lying on the back", lyingFaceDown: "lying face down", lyingOnSide: "lying on the side",
                handsAndKnees: "on hands and knees", kneeling: "kneeling", sitting: "sitting",
                sittingOnChair: "sitting on a chair", standing: "standing", moving: "moving {part}",
                parts: [
                    "the head", "the back", "the trunk", "the hips", "the hands", "one hand", "the elbows", "one elbow",
                    "the forearms", "the knees", "one knee", "the shins", "the feet", "one foot",
                ], comma: ", ", colon: ": ", semicolon: "; ", bothSides: "left and right shown")
        ),
        (
            "es",
            PoseWords(
                lyingOnBack: "tumbado boca arriba", lyingFaceDown: "tumbado boca abajo", lyingOnSide: "tumbado de lado",
                handsAndKnees: "a cuatro patas", kneeling: "de rodillas", sitting: "sentado",
                sittingOnChair: "sentado en una silla", standing: "de pie", moving: "moviendo {part}",
                parts: [
                    "la cabeza", "la espalda", "el tronco", "la pelvis", "las manos", "una mano", "los codos",
                    "un codo",
                    "los antebrazos", "las rodillas", "una rodilla", "las espinillas", "los pies", "un pie",
                ], comma: ", ", colon: ": ", semicolon: "; ", bothSides: "se muestran el lado izquierdo y el derecho")
        ),
        (
            "fr",
            PoseWords(
                lyingOnBack: "allongé sur le dos", lyingFaceDown: "allongé sur le ventre",
                lyingOnSide: "allongé sur le côté", handsAndKnees: "à quatre pattes", kneeling: "à genoux",
                sitting: "assis", sittingOnChair: "assis sur une chaise", standing: "debout",
                moving: "en bougeant {part}",
                parts: [
                    "la tête", "le dos", "le tronc", "le bassin", "les mains", "une main", "les coudes", "un coude",
                    "les avant-bras", "les genoux", "un genou", "les tibias", "les pieds", "un pied",
                ], comma: ", ", colon: " : ", semicolon: " ; ", bothSides: "côtés gauche et droit montrés")
        ),
        (
            "de",
            PoseWords(
                lyingOnBack: "in Rückenlage", lyingFaceDown: "in Bauchlage", lyingOnSide: "in Seitenlage",
                handsAndKnees: "im Vierfüßlerstand", kneeling: "kniend", sitting: "sitzend",
                sittingOnChair: "auf einem Stuhl sitzend", standing: "stehend", moving: "Bewegung: {part}",
                parts: [
                    "Kopf", "Rücken", "Rumpf", "Becken", "Hände", "eine Hand", "Ellbogen", "ein Ellbogen", "Unterarme",
                    "Knie", "ein Knie", "Schienbeine", "Füße", "ein Fuß",
                ], comma: ", ", colon: ": ", semicolon: "; ", bothSides: "links und rechts gezeigt")
        ),
        (
            "pt",
            PoseWords(
                lyingOnBack: "deitado de costas", lyingFaceDown: "deitado de bruços", lyingOnSide: "deitado de lado",
                handsAndKnees: "de quatro apoios", kneeling: "ajoelhado", sitting: "sentado",
                sittingOnChair: "sentado numa cadeira", standing: "de pé", moving: "movendo {part}",
                parts: [
                    "a cabeça", "as costas", "o tronco", "a pelve", "as mãos", "uma mão", "os cotovelos", "um cotovelo",
                    "os antebraços", "os joelhos", "um joelho", "as canelas", "os pés", "um pé",
                ], comma: ", ", colon: ": ", semicolon: "; ", bothSides: "lados esquerdo e direito mostrados")
        ),
        (
            "zh-Hant",
            PoseWords(
                lyingOnBack: "仰臥", lyingFaceDown: "俯臥", lyingOnSide: "側臥", handsAndKnees: "四點跪姿", kneeling: "跪姿",
                sitting: "坐姿", sittingOnChair: "坐在椅子上", standing: "站立", moving: "活動{part}",
                parts: ["頭部", "背部", "軀幹", "骨盆", "雙手", "一隻手", "雙肘", "一側肘部", "前臂", "雙膝", "一側膝蓋", "小腿", "雙腳", "一隻腳"],
                comma: "，", colon: "：", semicolon: "；", bothSides: "顯示左右兩側")
        ),
        (
            "zh",
            PoseWords(
                lyingOnBack: "仰卧", lyingFaceDown: "俯卧", lyingOnSide: "侧卧", handsAndKnees: "四点跪姿", kneeling: "跪姿",
                sitting: "坐姿", sittingOnChair: "坐在椅子上", standing: "站立", moving: "活动{part}",
                parts: ["头部", "背部", "躯干", "骨盆", "双手", "一只手", "双肘", "一侧肘部", "前臂", "双膝", "一侧膝盖", "小腿", "双脚", "一只脚"],
                comma: "，", colon: "：", semicolon: "；", bothSides: "显示左右两侧")
        ),
        (
            "ar",
            PoseWords(
                lyingOnBack: "مستلقٍ على الظهر", lyingFaceDown: "مستلقٍ على البطن", lyingOnSide: "مستلقٍ على الجانب",
                handsAndKnees: "على اليدين والركبتين", kneeling: "جاثٍ على الركبتين", sitting: "جالس",
                sittingOnChair: "جالس على كرسي", standing: "واقف", moving: "مع تحريك {part}",
                parts: [
                    "الرأس", "الظهر", "الجذع", "الحوض", "اليدين", "يد واحدة", "المرفقين", "مرفق واحد", "الساعدين",
                    "الركبتين", "ركبة واحدة", "الساقين", "القدمين", "قدم واحدة",
                ], comma: "، ", colon: ": ", semicolon: "؛ ", bothSides: "يظهر الجانبان الأيمن والأيسر")
        ),
    ]
}
