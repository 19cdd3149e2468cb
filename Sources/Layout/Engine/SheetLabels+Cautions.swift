/// The words of cautions and alternatives in every language RepSheet speaks.
extension SheetLabels {
    /// "Caution" and "Instead" by primary language; English is the struct's own default.
    static let cautionWords: [String: (caution: String, instead: String)] = [
        "es": ("Precaución", "En su lugar"),
        "fr": ("Attention", "À la place"),
        "de": ("Vorsicht", "Stattdessen"),
        "pt": ("Cuidado", "Em vez disso"),
        "zh": ("注意", "替代做法"),
        "zh-Hant": ("注意", "替代做法"),
        "ja": ("注意", "代わりに"),
        "ar": ("تنبيه", "بدلًا من ذلك"),
        "he": ("זהירות", "במקום זאת"),
    ]
}
