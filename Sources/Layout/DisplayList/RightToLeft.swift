/// Mirroring a laid-out sheet for a right-to-left language, after any layout engine has run.
///
/// Every item's frame is reflected across the page's vertical centre line, so what started at
/// the left edge now ends at the right one: text columns, numbering badges, checkbox rows
/// (the first box of a row is now the rightmost), the Left/Right row labels. What is *inside*
/// a frame is not reflected: letters, pictures, QR codes and drawn figures keep their
/// orientation and are only moved, and a Left row still means the left side.
extension Sheet {
    /// The sheet mirrored for reading right to left, with every text run drawn right to left
    /// but those that hold only left-to-right letters.
    package func mirroredForRightToLeft() -> Sheet {
        var sheet = self
        sheet.pages = pages.map { $0.mirroredForRightToLeft() }
        return sheet
    }
}

extension Page {
    /// The page mirrored for reading right to left.
    package func mirroredForRightToLeft() -> Page {
        var page = self
        page.items = items.map { $0.mirrored(pageWidth: size.width) }
        return page
    }
}

extension PageItem {
    /// The item with its frame reflected across the vertical centre line of a page `pageWidth` wide.
    func mirrored(pageWidth: Length) -> PageItem {
        func reflect(_ frame: Rect) -> Rect {
            Rect(x: pageWidth - frame.maxX, y: frame.minY, width: frame.width, height: frame.height)
        }
        switch self {
        case .text(var run):
            // The run's measured width is its frame, so the mirrored run ends where the
            // original began: lines of a paragraph end flush at the column's right edge.
            run.origin.x = pageWidth - run.origin.x - run.width
            // A line with no right-to-left letter but Latin ones (an English instruction from the
            // catalogue, a web address) reads left to right: its full stop stays at its end.
            run.direction = TextDirection.ofLine(run.text)
            return .text(run)
        case .box(var box):
            box.frame = reflect(box.frame)
            return .box(box)
        case .rule(var rule):
            rule.from.x = pageWidth - rule.from.x
            rule.to.x = pageWidth - rule.to.x
            return .rule(rule)
        case .checkbox(var box):
            box.frame = reflect(box.frame)
            return .checkbox(box)
        case .checkmark(var mark):
            mark.frame = reflect(mark.frame)
            return .checkmark(mark)
        case .image(var image):
            image.frame = reflect(image.frame)
            return .image(image)
        case .link(var link):
            link.frame = reflect(link.frame)
            return .link(link)
        case .shape(let shape):
            // Moved, not reflected: a QR code read in a mirror is no QR code.
            return .shape(shape.offsetBy(dx: reflect(shape.frame).minX - shape.frame.minX))
        }
    }
}

extension TextDirection {
    /// How a line of a right-to-left sheet is drawn: right to left when it has a right-to-left
    /// letter (Hebrew, Arabic and the scripts near them) or no letter at all ("3 × 10"), left
    /// to right when its only letters are left-to-right ones.
    package static func ofLine(_ text: String) -> TextDirection {
        var hasLeftToRight = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
                return .rightToLeft
            default:
                if scalar.properties.isAlphabetic { hasLeftToRight = true }
            }
        }
        return hasLeftToRight ? .leftToRight : .rightToLeft
    }
}
