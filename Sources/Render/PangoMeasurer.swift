import CPango
import Foundation
import Layout

/// Measures and breaks text with Pango and the bundled fonts, exactly as the renderer draws it.
public final class PangoMeasurer: TextMeasurer, @unchecked Sendable {
    // @unchecked: the Pango context is used only while holding the font library's lock.
    /// The fonts it measures with.
    public let fonts: FontLibrary
    let context: OpaquePointer

    /// Creates a measurer over the bundled fonts.
    /// - Throws: `RenderError.cairo` when Pango cannot create a context.
    public init(fonts: FontLibrary) throws(RenderError) {
        guard let context = fonts.makeContext() else { throw .cairo("cannot create a Pango context") }
        self.fonts = fonts
        self.context = context
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(context)) }

    public func width(of text: String, font: FontSpec) -> Length {
        fonts.withLock {
            guard
                let layout = PangoText(
                    context: context, text: text, font: font, families: fonts.families(for: font.family))
            else { return .zero }
            return .pt(layout.width)
        }
    }

    public func lines(of text: String, font: FontSpec, maxWidth: Length) -> [String] {
        fonts.withLock {
            guard
                let layout = PangoText(
                    context: context, text: text, font: font, families: fonts.families(for: font.family))
            else { return [text] }
            return layout.lines(maxWidth: maxWidth.points)
        }
    }
}
