/// Font sizes of every kind of text on a sheet.
public struct TypeScale: Sendable, Hashable, LengthTable {
    public var provider: Length = .pt(11)
    public var title: Length = .pt(30)
    public var subtitle: Length = .pt(14)
    public var section: Length = .pt(16)
    public var step: Length = .pt(14.5)
    public var dose: Length = .pt(12.5)
    public var body: Length = .pt(12.5)
    public var label: Length = .pt(12)
    public var field: Length = .pt(13)
    public var small: Length = .pt(10.5)
    public var badge: Length = .pt(13)
    public var panelLabel: Length = .pt(11)
    public var frequency: Length = .pt(14)
    public var key: Length = .pt(11.5)

    public init() {}

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
