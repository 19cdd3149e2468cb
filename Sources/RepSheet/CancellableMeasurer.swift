import Layout

/// A measurer that stops measuring once `isCancelled` says so, answering at once with a zero
/// width and the text on one line: a layout made only to load fonts (`SheetMaker.warmFonts`)
/// then runs to its end in a moment, without touching Pango again.
struct CancellableMeasurer: TextMeasurer {
    let base: any TextMeasurer
    let isCancelled: @Sendable () -> Bool

    func width(of text: String, font: FontSpec) -> Length {
        isCancelled() ? .zero : base.width(of: text, font: font)
    }

    func lines(of text: String, font: FontSpec, maxWidth: Length) -> [String] {
        isCancelled() ? [text] : base.lines(of: text, font: font, maxWidth: maxWidth)
    }
}
