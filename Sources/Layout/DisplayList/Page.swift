import Routine

/// One laid-out page: its size and the items on it, in drawing order.
package struct Page: Sendable, Hashable, Codable {
    package var size: Size
    package var items: [PageItem]
    /// The runs of items a reader takes as one thing, in reading order; items in no group (page
    /// numbers, running headers, decoration) are artifacts.
    package var groups: [ItemGroup] = []

    private enum CodingKeys: String, CodingKey {
        case size, items
    }

    /// Creates a page.
    package init(size: Size, items: [PageItem] = []) {
        self.size = size
        self.items = items
    }

    /// The text runs on the page.
    package var textRuns: [TextRun] {
        items.compactMap { if case .text(let run) = $0 { run } else { nil } }
    }

    /// The text of each text run on the page, without copying the runs.
    package var texts: [String] {
        items.compactMap { if case .text(let run) = $0 { run.text } else { nil } }
    }

    /// The checkboxes on the page.
    package var checkboxes: [Checkbox] {
        items.compactMap { if case .checkbox(let box) = $0 { box } else { nil } }
    }

    /// The links on the page.
    package var links: [Link] {
        items.compactMap { if case .link(let link) = $0 { link } else { nil } }
    }
}

/// A whole laid-out sheet: its pages and document facts the renderer needs.
package struct Sheet: Sendable, Hashable, Codable {
    package var pages: [Page]
    /// The document title, for PDF metadata.
    package var title: String
    /// The date for PDF creation metadata, "YYYY-MM-DD"; rendering uses a fixed date when `nil`.
    package var date: String?
    /// The language tag, for PDF metadata.
    package var language: String
    /// Things the reader should know, such as a compact sheet that could not fit one page or a
    /// language without words of its own; not part of the encoded sheet.
    package var warnings: [Diagnostic] = []

    private enum CodingKeys: String, CodingKey {
        case pages, title, date, language
    }

    /// Creates a sheet.
    package init(pages: [Page], title: String, date: String?, language: String) {
        self.pages = pages
        self.title = title
        self.date = date
        self.language = language
    }
}
