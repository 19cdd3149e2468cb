/// Choices for one rendering that do not belong to the routine: format, resolution, layout.
public struct SheetOptions: Sendable, Equatable {
    /// PDF, PNG or SVG.
    public var format: OutputFormat
    /// Resolution of PNG pages, dots per inch.
    public var dpi: Int
    /// A built-in layout name or a layout file; `nil` uses the routine's `layout`, else "classic".
    public var layout: String?
    /// Outline every placed item.
    public var debugBoxes: Bool
    /// A paper size ("letter", "a4", "legal", "a5" or "WIDTH x HEIGHT") replacing the layout's; `nil` keeps it.
    public var pageSize: String? = nil
    /// Print characters no font has as missing-glyph boxes instead of failing.
    public var allowMissingGlyphs: Bool = false
    /// Attach the routine's source file to a PDF (`--no-source` turns it off).
    public var includeSource: Bool = true
    /// The routine file a PDF carries; rendering a routine read from a file fills it in.
    public var source: FinishingPass.Attachment? = nil
    /// Further files a PDF carries after `source`: the routine's pictures, or in a merged batch
    /// PDF every client's routine.
    public var moreSources: [FinishingPass.Attachment] = []
    /// The PDF's author in its metadata (the routine's provider).
    public var author: String? = nil

    /// Creates options; the defaults are a PDF at 150 dpi in the routine's layout.
    public init(format: OutputFormat = .pdf, dpi: Int = 150, layout: String? = nil, debugBoxes: Bool = false) {
        self.format = format
        self.dpi = dpi
        self.layout = layout
        self.debugBoxes = debugBoxes
    }
}
