/// How the intro panel under the title is drawn.
package enum PanelStyle: String, Sendable, Hashable, CaseIterable {
    /// A tinted background.
    case tinted
    /// A black outline, no tint (high contrast).
    case outlined
}
