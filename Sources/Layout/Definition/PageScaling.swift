/// A layout drawn on paper smaller than its own: its type, spacing and boxes shrink with the
/// page, by the square root of the ratio of the areas, but never below `least` of their size, nor
/// type below `smallest-type` and boxes below 4 mm.
package enum PageScaling {
    /// What a layout shrinks on smaller paper (`scale-to-page` in a layout file).
    package enum Mode: Sendable, Hashable {
        /// Type, spacing, margins and boxes (`true`).
        case everything
        /// Spacing, margins and boxes, and headings down to the body's size; never the body type
        /// nor anything smaller (`spacing`): large print stays large.
        case spacing
        /// Nothing (`false`).
        case nothing
    }

    /// The least a layout's sizes, margins included, are scaled on smaller paper when everything
    /// shrinks (half-letter on a Letter layout would want 0.71: classic's 12.5pt body becomes
    /// 9.25pt rather than 8.9pt, and back-stretches fits two half-letter pages).
    package static let least = 0.74

    /// The least when only spacing shrinks (large print): its rows of big boxes and wide gaps are
    /// what makes it large print.
    package static let leastSpacing = 0.82

    /// The edge of the page a printer may not reach: the footer's words, under its rule, stay
    /// clear of it when the rule comes down with the margins on smaller paper.
    package static let printerEdge = Length.mm(8.5)
    /// The height of a line of the footer's words (its `small` type) as a share of their size,
    /// with room to spare for any font's ascent and descent.
    static let footerLine = 1.3

    /// The factor for drawing a layout designed for `designed` paper on `actual` paper, no smaller
    /// than `least`; 1 when the paper is as large or larger.
    package static func factor(designed: Size, actual: Size, least: Double = least) -> Double {
        let designedArea = designed.width.points * designed.height.points
        let actualArea = actual.width.points * actual.height.points
        guard designedArea > 0, actualArea < designedArea else { return 1 }
        return max(least, (actualArea / designedArea).squareRoot())
    }
}

extension LayoutDefinition {
    /// The definition with type, spacing and checkboxes scaled; type and boxes keep their minimums.
    package func scaled(by factor: Double) -> LayoutDefinition {
        guard factor < 1 else { return self }
        var d = self
        for path in TypeScale.keys.values {
            d.type[keyPath: path] = max(smallestType, d.type[keyPath: path] * factor)
        }
        let fixed: Set<String> = ["header-rule", "header-to-content", "footer-rule", "footer-text"]
        for (key, path) in Spacing.keys where !fixed.contains(key) {
            d.spacing[keyPath: path] = d.spacing[keyPath: path] * factor
        }
        d.checkbox.size = max(.mm(4), d.checkbox.size * factor)
        d.checkbox.gap = d.checkbox.gap * factor
        d.checkbox.rowGap = d.checkbox.rowGap * factor
        d.checkbox.labelWidth = d.checkbox.labelWidth * factor
        return d
    }

    /// The definition on `size` paper, scaled down as far as its `pageScaling` allows when that
    /// is smaller than its own.
    package func resized(to size: Size) -> LayoutDefinition {
        let factor = PageScaling.factor(
            designed: page.size, actual: size,
            least: pageScaling == .spacing ? PageScaling.leastSpacing : PageScaling.least)
        var resized: LayoutDefinition
        switch pageScaling {
        case .everything:
            resized = scaled(by: factor)
            resized.margins = margins.scaled(by: factor)
        case .spacing:
            resized = scaled(by: factor)
            // Headings shrink, but no type below the body's size, and the body keeps its size.
            resized.type = type
            for path in TypeScale.keys.values where type[keyPath: path] > type.body {
                resized.type[keyPath: path] = max(type.body, type[keyPath: path] * factor)
            }
            resized.margins = margins.scaled(by: factor)
        case .nothing:
            resized = self
        }
        if factor < 1, pageScaling != .nothing {
            // The footer comes down with the bottom margin, as far as its words may, so the
            // content above it keeps its room.
            let least = PageScaling.printerEdge + spacing.footerText + resized.type.small * PageScaling.footerLine
            resized.spacing.footerRule = min(spacing.footerRule, max(least, spacing.footerRule * factor))
        }
        resized.page.size = size
        return resized
    }
}
