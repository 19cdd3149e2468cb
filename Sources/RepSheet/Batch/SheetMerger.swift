import Layout

/// Puts several laid-out sheets into one, for a single PDF: each keeps its own page numbers
/// ("Page N of M" of that client), and with duplex printing each starts on an odd page.
package enum SheetMerger {
    /// One sheet with every page of `sheets` in order.
    /// - Parameters:
    ///   - sheets: The sheets, each with at least one page.
    ///   - duplex: Insert a blank page before a sheet that would start on an even page.
    ///   - title: The merged document's title.
    ///   - date: Its date for PDF metadata, "YYYY-MM-DD".
    ///   - language: Its language tag.
    package static func merge(_ sheets: [Sheet], duplex: Bool, title: String, date: String?, language: String) -> Sheet
    {
        var pages: [Page] = []
        for sheet in sheets {
            if duplex, pages.count % 2 == 1, let last = pages.last {
                pages.append(Page(size: last.size, items: []))
            }
            pages.append(contentsOf: sheet.pages)
        }
        return Sheet(pages: pages, title: title, date: date, language: language)
    }
}
