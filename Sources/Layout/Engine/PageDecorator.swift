import Routine

/// The final pass: running header on pages after the first, footer with "Page N of M" on every page.
struct PageDecorator {
    let definition: LayoutDefinition
    let frame: ContentFrame
    let setter: TextSetter
    let labels: SheetLabels
    /// The pages before this sheet's and the handout's total; `nil` for a sheet on its own.
    var numbering: PageNumbering? = nil

    func decorate(_ pages: inout [Page], routine: Routine) {
        let colors = definition.colors
        let spacing = definition.spacing
        let font = definition.font(definition.type.small)
        let left = frame.content.minX
        let width = frame.content.width
        for index in pages.indices {
            var items: [PageItem] = []
            // Footer.
            let ruleY = frame.pageSize.height - definition.footerRuleInset
            if definition.footer.rule {
                items.append(
                    .rule(
                        Rule(
                            from: Point(x: left, y: ruleY), to: Point(x: left + width, y: ruleY),
                            color: colors.hairline, lineWidth: spacing.hairline)))
            }
            let baseline = ruleY + spacing.footerText + font.ascent
            var pageWidth = Length.zero
            if definition.footer.pageNumber {
                let pageText = labels.page(
                    index + 1 + (numbering?.pagesBefore ?? 0), of: numbering?.total ?? pages.count)
                let pageRun = setter.line(
                    pageText, font: font, color: colors.muted, x: left, baseline: baseline, maxWidth: width,
                    alignment: .right)
                items.append(.text(pageRun))
                pageWidth = pageRun.width
            }
            if definition.footer.provider, let provider = routine.provider, !provider.isEmpty {
                let room = width - pageWidth - .mm(8)
                items.append(
                    .text(
                        setter.line(
                            provider, font: font, color: colors.muted, x: left, baseline: baseline, maxWidth: room,
                            source: TextSource(.provider))))
            }
            // Running header.
            if index > 0, definition.header.show {
                items.append(contentsOf: runningHeader(routine: routine, font: font))
            }
            pages[index].items.append(contentsOf: items)
        }
    }

    private func runningHeader(routine: Routine, font: FontSpec) -> [PageItem] {
        let colors = definition.colors
        let spacing = definition.spacing
        let left = frame.content.minX
        let width = frame.content.width
        let ruleY = definition.headerRuleY
        let baseline = ruleY - .mm(1.5) - font.descent
        var items: [PageItem] = []
        if definition.header.rule {
            items.append(
                .rule(
                    Rule(
                        from: Point(x: left, y: ruleY), to: Point(x: left + width, y: ruleY), color: colors.hairline,
                        lineWidth: spacing.hairline)))
        }
        let continued = setter.line(
            labels.continued, font: font, color: colors.muted, x: left, baseline: baseline, maxWidth: width,
            alignment: .right)
        items.append(.text(continued))
        let room = width - continued.width - .mm(8)
        let title = setter.line(
            routine.title, font: font.with(weight: .bold), color: colors.accent, x: left, baseline: baseline,
            maxWidth: room, source: TextSource(.title))
        items.append(.text(title))
        if definition.header.client, let client = routine.client, !client.isEmpty {
            let x = left + title.width
            let rest = room - title.width
            if rest > .mm(10) {
                items.append(
                    .text(
                        setter.line(
                            " — " + client, font: font, color: colors.muted, x: x, baseline: baseline, maxWidth: rest,
                            source: TextSource(.client))))
            }
        }
        return items
    }
}
