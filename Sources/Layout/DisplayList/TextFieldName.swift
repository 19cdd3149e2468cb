/// Which text of a routine or sheet a check looked at, described in the user's words only when
/// a problem is reported ("the name of step 2"), so checking every sheet of a batch stays cheap.
package enum TextFieldName: Sendable, Hashable, CustomStringConvertible {
    case title, subtitle, provider, client, intro, frequency
    case sectionTitle(section: Int)
    case sectionNote(section: Int)
    case stepName(step: Int)
    case stepInstructions(step: Int)
    case instruction(Int, step: Int)
    case stepNotes(step: Int)
    case caution
    case stepCaution(step: Int)
    case alternative(step: Int)
    case stage(Int, step: Int)
    case note(Int)
    case label(String)

    package var description: String {
        switch self {
        case .title: return "the title"
        case .subtitle: return "the subtitle"
        case .provider: return "the provider"
        case .client: return "the client's name"
        case .intro: return "the intro"
        case .frequency: return "the frequency"
        case .sectionTitle(let section): return "the title of section \(section)"
        case .sectionNote(let section): return "the note of section \(section)"
        case .stepName(let step): return "the name of step \(step)"
        case .stepInstructions(let step): return "the instructions of step \(step)"
        case .instruction(let index, let step): return "instruction \(index) of step \(step)"
        case .stepNotes(let step): return "the notes of step \(step)"
        case .note(let index): return "note \(index)"
        case .caution: return "the caution"
        case .stepCaution(let step): return "the caution of step \(step)"
        case .alternative(let step): return "the alternative of step \(step)"
        case .stage(let index, let step): return "stage \(index) of step \(step)"
        case .label(let name): return "the label `\(name)`"
        }
    }
}
