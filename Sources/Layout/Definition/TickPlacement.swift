/// Where a step's checkbox rows go.
public enum TickPlacement: String, Sendable, Hashable, CaseIterable {
    /// A column on the right of the step's text.
    case right
    /// Under the instructions, indented with the text.
    case below
    /// Under the dose line, before the instructions: the boxes stand by the count they tick off,
    /// and the words after them may go on over a page break (large print on small paper).
    case underDose = "under-dose"
}
