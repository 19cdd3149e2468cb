import Layout
import XCTest

/// Assertions every laid-out sheet must pass, whatever the routine.
enum SheetChecks {
    /// Every item lies inside the margins, except the running header and footer, which stay 8.5 mm from the edges.
    static func assertInsideMargins(
        _ sheet: Sheet, _ definition: LayoutDefinition, label: String = "", file: StaticString = #filePath,
        line: UInt = #line
    ) {
        let size = definition.pageSize
        let m = definition.margins
        let content = Rect(
            x: m.left, y: m.top, width: size.width - m.left - m.right, height: size.height - m.top - m.bottom)
        let ink = Rect(x: .mm(8.5), y: .mm(8.5), width: size.width - .mm(17), height: size.height - .mm(17))
        let footerTop = size.height - definition.spacing.footerRule - .pt(1)
        let headerBottom = definition.spacing.headerRule + .pt(1)
        for (index, page) in sheet.pages.enumerated() {
            for item in page.items {
                let frame = item.frame
                XCTAssertTrue(
                    ink.contains(frame), "\(label) page \(index + 1): \(item.dumpText) is within 8.5 mm of the edge",
                    file: file, line: line)
                let isFooter = frame.minY >= footerTop
                let isHeader = index > 0 && frame.maxY <= headerBottom
                if !isFooter && !isHeader {
                    XCTAssertTrue(
                        content.contains(frame),
                        "\(label) page \(index + 1): \(item.dumpText) lies outside the margins", file: file, line: line)
                }
            }
        }
    }

    /// No two text runs on a page share any area.
    static func assertNoTextOverlaps(
        _ sheet: Sheet, label: String = "", file: StaticString = #filePath, line: UInt = #line
    ) {
        for (index, page) in sheet.pages.enumerated() {
            let runs = page.textRuns
            for i in runs.indices {
                for j in runs.indices where j > i && runs[i].frame.overlaps(runs[j].frame) {
                    XCTFail(
                        "\(label) page \(index + 1): \"\(runs[i].text)\" overlaps \"\(runs[j].text)\"", file: file,
                        line: line)
                }
            }
        }
    }

    /// Every text run of the sheet joined by spaces, whitespace collapsed.
    static func allText(_ sheet: Sheet) -> String {
        sheet.pages.flatMap(\.textRuns).map(\.text).joined(separator: " ").split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
    }

    /// Checkboxes never overlap each other.
    static func assertNoCheckboxOverlaps(
        _ sheet: Sheet, label: String = "", file: StaticString = #filePath, line: UInt = #line
    ) {
        for (index, page) in sheet.pages.enumerated() {
            let boxes = page.checkboxes
            for i in boxes.indices {
                for j in boxes.indices where j > i && boxes[i].frame.overlaps(boxes[j].frame) {
                    XCTFail(
                        "\(label) page \(index + 1): two checkboxes overlap at \(boxes[i].frame)", file: file,
                        line: line)
                }
            }
        }
    }
}

extension PageItem {
    var dumpText: String {
        Sheet(
            pages: [Page(size: Size(width: .zero, height: .zero), items: [self])], title: "", date: nil, language: "en"
        ).dump().split(separator: "\n").last.map(String.init) ?? ""
    }
}
