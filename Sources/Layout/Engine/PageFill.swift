/// How full laid-out pages are: the share of the content area down to their lowest item.
enum PageFill {
    /// The share of its content area, from `top`, that `page` fills.
    static func fill(of page: Page, top: Length, frame: ContentFrame) -> Double {
        let bottom = page.items.map(\.frame.maxY).max() ?? top
        return (bottom - top).points / (frame.content.maxY - top).points
    }

    /// The share of its content area the least-filled page but the last takes (1 for one page).
    static func leastFill(_ pages: [Page], frame: ContentFrame) -> Double {
        pages.dropLast().enumerated().map { index, page in
            fill(of: page, top: index == 0 ? frame.content.minY : frame.continuationTop, frame: frame)
        }.min() ?? 1
    }
}
