import Foundation
import RepSheet
import XCTest

/// Checks of a laid-out sheet's economy that read its display list.
enum SheetEconomy {
    /// No row of boxes holds fewer than half the boxes of the row above it in the same set: a row
    /// that continues a set sits one row pitch under it, starts at the same x and has no label.
    static func assertBalancedRows(_ sheet: Sheet, label: String, file: StaticString = #filePath, line: UInt = #line) {
        for (pageIndex, page) in sheet.pages.enumerated() {
            let boxes = page.checkboxes
            guard let size = boxes.first?.frame.height else { continue }
            // Rows: boxes of one height at one y, split where the gap is wider than two boxes.
            let byY = Dictionary(grouping: boxes) { ($0.frame.minY.points * 10).rounded() }
            var rows: [(y: Double, x: Double, count: Int)] = []
            for (_, group) in byY {
                let xs = group.map(\.frame.minX.points).sorted()
                var start = xs[0]
                var count = 1
                for (previous, x) in zip(xs, xs.dropFirst()) {
                    if x - previous > size.points * 3 {
                        rows.append((group[0].frame.minY.points, start, count))
                        start = x
                        count = 0
                    }
                    count += 1
                }
                rows.append((group[0].frame.minY.points, start, count))
            }
            let labels = page.textRuns
            for row in rows {
                // The row under it at the smallest step down, starting at the same x.
                guard
                    let next = rows.filter({ abs($0.x - row.x) < 0.5 && $0.y > row.y + 0.5 })
                        .min(by: { $0.y < $1.y })
                else { continue }
                let pitch = next.y - row.y
                guard pitch < size.points * 1.75 else { continue }
                let labelled = labels.contains {
                    $0.frame.maxX.points <= next.x + 0.5 && $0.frame.minY.points < next.y + size.points
                        && $0.frame.maxY.points > next.y && $0.frame.maxX.points > next.x - size.points * 6
                }
                if !labelled {
                    XCTAssertGreaterThanOrEqual(
                        next.count * 2, row.count,
                        "\(label) page \(pageIndex + 1): a row of \(next.count) boxes under a row of \(row.count)",
                        file: file, line: line)
                }
            }
        }
    }

    /// Each step's number, name and first row of boxes are on one page.
    static func assertEachStepStartsWithItsBoxes(
        _ sheet: Sheet, routine: Routine, label: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        var searchFrom = (page: 0, y: -Double.infinity)
        for (index, step) in routine.allSteps.enumerated() {
            guard let found = nameRun(of: step.name, in: sheet, from: searchFrom) else {
                XCTFail("\(label): step \(step.name) not found", file: file, line: line)
                return
            }
            let page = sheet.pages[found.page]
            let number = String(index + 1)
            let badge = page.textRuns.contains {
                $0.text == number && abs($0.frame.minY.points - found.y) < 30
            }
            XCTAssertTrue(badge, "\(label): step \(number)'s number is not beside its name", file: file, line: line)
            let nextName =
                index + 1 < routine.allSteps.count
                ? nameRun(of: routine.allSteps[index + 1].name, in: sheet, from: (found.page, found.y + 0.5)) : nil
            let limit = nextName?.page == found.page ? nextName?.y ?? .infinity : .infinity
            let boxes = page.checkboxes.filter { $0.frame.minY.points >= found.y - 6 && $0.frame.minY.points < limit }
            XCTAssertFalse(
                boxes.isEmpty,
                "\(label): step \(number) \(step.name) has no boxes on its first page (\(found.page + 1))",
                file: file, line: line)
            searchFrom = (found.page, found.y + 0.5)
        }
    }

    /// Whether a sheet of two or more pages ends on a page where no step begins (nor goes on):
    /// the first characters of no step's name are on it.
    static func lastPageBeginsNoStep(_ sheet: Sheet, routine: Routine) -> Bool {
        guard sheet.pages.count >= 2, let last = sheet.pages.last else { return false }
        let text = Tool.normalized(last.textRuns.map(\.text).joined(separator: " "))
        return !routine.allSteps.contains { text.contains(String(Tool.normalized($0.name).prefix(25))) }
    }

    /// The first text run at or after `start` that begins the step name `name` (a line of it).
    private static func nameRun(of name: String, in sheet: Sheet, from start: (page: Int, y: Double)) -> (
        page: Int, y: Double
    )? {
        let wanted = Tool.normalized(name)
        for pageIndex in start.page..<sheet.pages.count {
            let runs = sheet.pages[pageIndex].textRuns.filter {
                pageIndex > start.page || $0.frame.minY.points >= start.y
            }
            let candidates = runs.filter {
                var text = Tool.normalized($0.text)
                // A name too long for its line is broken with a hyphen.
                if text.hasSuffix("-") && !wanted.hasPrefix(text) { text.removeLast() }
                return !text.isEmpty && wanted.hasPrefix(text) && text.count >= min(wanted.count, 3)
            }
            if let first = candidates.min(by: { $0.frame.minY < $1.frame.minY }) {
                return (pageIndex, first.frame.minY.points)
            }
        }
        return nil
    }
}
