import Foundation

/// The face of the system's Noto Sans CJK font that Chinese, Japanese and Korean text is set in.
///
/// One font file (Debian's fonts-noto-cjk) holds five faces that share most characters but draw
/// many of them in the shapes each place is taught: a Japanese sheet set in the Simplified Chinese
/// face has Chinese shapes for 直, 骨 or 曜. The sheet's language picks the face.
package enum CJKFace: String, Sendable, CaseIterable {
    case simplifiedChinese = "Noto Sans CJK SC"
    case traditionalChinese = "Noto Sans CJK TC"
    case hongKong = "Noto Sans CJK HK"
    case japanese = "Noto Sans CJK JP"
    case korean = "Noto Sans CJK KR"

    /// The fontconfig family name of the face.
    package var family: String { rawValue }

    /// The face for a BCP 47 language tag: `ja` Japanese, `ko` Korean, `zh-Hant` and `zh-TW`
    /// Traditional Chinese, `zh-HK`, `zh-MO` and `yue` the Hong Kong face; any other tag (`zh`,
    /// `zh-Hans`, `zh-CN`, or a language that is not Chinese, Japanese or Korean) Simplified Chinese.
    /// Case and `_` for `-` do not matter.
    package init(language: String) {
        let subtags = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let primary = subtags.first else {
            self = .simplifiedChinese
            return
        }
        // Script (four letters) and region (two letters or three digits) follow the language.
        let rest = subtags.dropFirst()
        let script = rest.first { $0.count == 4 }
        let region = rest.first { $0.count == 2 || ($0.count == 3 && $0.allSatisfy(\.isNumber)) }
        switch primary {
        case "ja": self = .japanese
        case "ko": self = .korean
        case "zh", "cmn", "yue":
            if script == "hans" {
                self = .simplifiedChinese
            } else if region == "hk" || region == "mo" || (primary == "yue" && region == nil) {
                self = .hongKong
            } else if script == "hant" || region == "tw" {
                self = .traditionalChinese
            } else {
                self = .simplifiedChinese
            }
        default: self = .simplifiedChinese
        }
    }

    /// The face named `family`, if it is one of these.
    init?(family: String) {
        self.init(rawValue: family.trimmingCharacters(in: .whitespaces))
    }
}
