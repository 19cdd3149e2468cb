/// The clinic's header band at the top of a sheet's first page: the logo at its set height and
/// the clinic's name at the left, the address, phone and web address (a link) at the right, and
/// an accent rule under them.
struct BrandHeader {
    let composer: BlockComposer

    private var d: LayoutDefinition { composer.definition }
    private var s: Spacing { d.spacing }

    /// The widest the logo is printed, as a share of the content width.
    static let widestLogo = 0.4
    /// Space between the logo, the name and the contact lines.
    static let gap = Length.mm(4)

    /// `blocks` with the brand's header first, when the layout has a brand that prints one.
    func prepended(to blocks: [Block]) -> [Block] {
        guard let header = block() else { return blocks }
        return [header] + blocks
    }

    /// The header band; `nil` without a brand or with nothing to print.
    func block() -> Block? {
        guard let brand = d.brand, brand.hasHeader else { return nil }
        var block = Block(keepWithNext: true, role: .paragraphs)
        let left = composer.left, width = composer.width, right = left + width
        let setter = composer.setter
        // The contact lines, right-aligned, as wide as the widest of them.
        let small = d.font(d.type.small)
        let contactWidth = min(
            width * 0.5, brand.contactLines.map { setter.measurer.width(of: $0, font: small) }.max() ?? .zero)
        let contactHeight = small.lineHeight * Double(brand.contactLines.count)
        // The logo at its set height, narrower when it would take too much of the width.
        var logoWidth = Length.zero
        var logoHeight = Length.zero
        if let logo = brand.logo {
            logoHeight = brand.logoHeight
            logoWidth = logoHeight * brand.logoAspect
            let widest = width * Self.widestLogo
            if logoWidth > widest {
                logoWidth = widest
                logoHeight = widest / brand.logoAspect
            }
            block.add(
                .image(
                    PlacedImage(
                        frame: Rect(x: left, y: .zero, width: logoWidth, height: logoHeight), path: logo,
                        alt: brand.name.map { "Logo of \($0)" } ?? "Logo")))
        }
        let nameFont = d.font(d.type.section, .bold)
        let name = brand.name ?? ""
        let nameX = logoWidth > .zero ? left + logoWidth + Self.gap : left
        let nameWidth = setter.measurer.width(of: name, font: nameFont)
        // The contact lines beside the name when both fit on the row, else under it.
        let beside =
            contactWidth > .zero
            && nameX + nameWidth + Self.gap + contactWidth <= right
            && brand.contactLines.allSatisfy { setter.measurer.width(of: $0, font: small) <= contactWidth }
        let nameRoom = right - nameX - (beside ? contactWidth + Self.gap : .zero)
        let nameLines = name.isEmpty ? 0 : setter.measurer.lines(of: name, font: nameFont, maxWidth: nameRoom).count
        let nameHeight =
            nameLines == 0
            ? .zero : nameFont.lineHeight * Double(nameLines - 1) + nameFont.ascent + nameFont.descent
        var bandHeight = max(logoHeight, nameHeight, beside ? contactHeight : .zero)
        if !name.isEmpty {
            let text = setter.paragraph(
                name, font: nameFont, color: d.colors.accent, x: nameX, top: (bandHeight - nameHeight) / 2,
                width: nameRoom)
            block.add(text.runs)
        }
        if beside {
            var top = (bandHeight - contactHeight) / 2
            for line in brand.contactLines {
                let run = setter.line(
                    line, font: small, color: d.colors.muted, x: right - contactWidth, baseline: top + small.ascent,
                    maxWidth: contactWidth, alignment: .right)
                block.add(.text(run))
                if line == brand.web, let link = brand.link { block.add(.link(Link(frame: run.frame, url: link))) }
                top += small.lineHeight
            }
        } else {
            // Under the logo and name, one line each, wrapping when long.
            var top = bandHeight + .mm(2)
            for line in brand.contactLines {
                let text = setter.paragraph(line, font: small, color: d.colors.muted, x: left, top: top, width: width)
                block.add(text.runs)
                if line == brand.web, let link = brand.link {
                    for case .text(let run) in text.runs { block.add(.link(Link(frame: run.frame, url: link))) }
                }
                top += text.height + .mm(0.8)
            }
            bandHeight = top
        }
        let ruleY = bandHeight + .mm(2.5)
        block.add(
            .rule(
                Rule(
                    from: Point(x: left, y: ruleY), to: Point(x: right, y: ruleY), color: d.colors.accent,
                    lineWidth: s.sectionRule)))
        block.height = ruleY + s.sectionRule / 2 + s.fieldsToPanel
        return block
    }
}
