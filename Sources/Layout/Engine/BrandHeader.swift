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
            width * 0.45, brand.contactLines.map { setter.measurer.width(of: $0, font: small) }.max() ?? .zero)
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
        let bandHeight = max(logoHeight, contactHeight, brand.name == nil ? .zero : nameFont.ascent + nameFont.descent)
        if let name = brand.name, !name.isEmpty {
            let x = logoWidth > .zero ? left + logoWidth + Self.gap : left
            let room = right - x - (contactWidth > .zero ? contactWidth + Self.gap : .zero)
            let baseline = (bandHeight - nameFont.ascent - nameFont.descent) / 2 + nameFont.ascent
            block.add(
                .text(setter.line(name, font: nameFont, color: d.colors.accent, x: x, baseline: baseline, maxWidth: room)))
        }
        var top = (bandHeight - contactHeight) / 2
        for line in brand.contactLines {
            let run = setter.line(
                line, font: small, color: d.colors.muted, x: right - contactWidth, baseline: top + small.ascent,
                maxWidth: contactWidth, alignment: .right)
            block.add(.text(run))
            if line == brand.web, let link = brand.link {
                block.add(.link(Link(frame: run.frame, url: link)))
            }
            top += small.lineHeight
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
