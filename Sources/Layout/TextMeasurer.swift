/// Measures and breaks text, so layout never needs a drawing library.
///
/// The renderer supplies one backed by Pango; tests use a fixed-width fake.
package protocol TextMeasurer: Sendable {
    /// The advance width of `text` set on one line in `font`.
    func width(of text: String, font: FontSpec) -> Length
    /// `text` broken into lines no wider than `maxWidth`; a word longer than a line is broken inside.
    func lines(of text: String, font: FontSpec, maxWidth: Length) -> [String]
}
