import Foundation

extension SheetMaker {
    /// Page images an earlier, longer rendering left after `paths` (`OUT-3.png`, `OUT-4.png` when
    /// this one wrote `OUT-1.png` and `OUT-2.png`): they are not this sheet's pages, so the user
    /// is told rather than left to print them. RepSheet does not delete files it was not asked to
    /// write. At most `limit` are listed.
    package static func leftoverPages(after paths: [String], format: OutputFormat, limit: Int = 100) -> [String] {
        guard format.isPerPage, let last = paths.last else { return [] }
        // The extension as the pages were named ("Sheet-2.PNG" keeps its spelling).
        guard let dot = last.lastIndex(of: "."), last[last.index(after: dot)...].lowercased() == format.rawValue
        else { return [] }
        let ext = String(last[last.index(after: dot)...])
        let suffix = "-\(paths.count).\(ext)"
        guard last.hasSuffix(suffix) else { return [] }
        let stem = String(last.dropLast(suffix.count))
        var found: [String] = []
        var number = paths.count + 1
        while found.count < limit {
            let path = "\(stem)-\(number).\(ext)"
            guard FileManager.default.fileExists(atPath: path) else { break }
            found.append(path)
            number += 1
        }
        return found
    }

    /// The warning for `leftoverPages`: "OUT-3.png and OUT-4.png are pages of an earlier
    /// rendering; this sheet has 2 pages".
    package static func leftoverPagesWarning(_ leftovers: [String], pages: Int) -> String? {
        guard let first = leftovers.first else { return nil }
        let named =
            leftovers.count == 1
            ? "\(first) is a page" : "\(first) to \(leftovers[leftovers.count - 1]) are pages"
        return "warning: \(named) of an earlier rendering; this sheet has \(pages) "
            + (pages == 1 ? "page" : "pages")
    }
}
