/// Font sizes of every kind of text on a sheet.
package struct TypeScale: Sendable, Hashable, LengthTable {
    package var provider: Length = .pt(11)
    package var title: Length = .pt(30)
    package var subtitle: Length = .pt(14)
    package var section: Length = .pt(16)
    package var step: Length = .pt(14.5)
    package var dose: Length = .pt(12.5)
    package var body: Length = .pt(12.5)
    package var label: Length = .pt(12)
    package var field: Length = .pt(13)
    package var small: Length = .pt(10.5)
    package var badge: Length = .pt(13)
    package var panelLabel: Length = .pt(11)
    package var frequency: Length = .pt(14)
    package var key: Length = .pt(11.5)

    package init() {}

    /// Sizes from 6pt, the least `smallest-type` allows, to 72pt: smaller type cannot be read,
    /// and larger type breaks a title into a few letters a line.
    static let allowed: ClosedRange<Length>? = .pt(6)...(.pt(72))

    static let keys: [String: WritableKeyPath<TypeScale, Length> & Sendable] = [
        "provider": \.provider, "title": \.title, "subtitle": \.subtitle, "section": \.section,
        "step": \.step, "dose": \.dose, "body": \.body, "label": \.label, "field": \.field,
        "small": \.small, "badge": \.badge, "panel-label": \.panelLabel, "frequency": \.frequency,
        "key": \.key,
    ]
}
