import Routine

/// What a layout that prints no video codes (`video-codes: false`) tells the reader of its output.
enum VideoCodesWarning {
    /// One warning naming the steps whose videos are links only, or none when no step has one.
    static func warnings(for routine: Routine, layout: String) -> [Diagnostic] {
        let steps = routine.allSteps.enumerated().filter { $0.element.video != nil }
            .map { "\($0.offset + 1) \($0.element.name)" }
        guard !steps.isEmpty else { return [] }
        let listed = steps.prefix(10).joined(separator: ", ") + (steps.count > 10 ? ", …" : "")
        let noun = steps.count == 1 ? "step" : "steps"
        return [
            Diagnostic(
                .warning,
                "the layout \(layout) prints no video codes (video-codes: false): the video of \(noun) \(listed) "
                    + "is only a link on the step's name in the PDF", at: nil)
        ]
    }
}
