/// Where a step's checkbox rows go.
package enum TickPlacement: String, Sendable, Hashable, CaseIterable {
    /// A column on the right of the step's text.
    case right
    /// Under the instructions, indented with the text.
    case below
}
