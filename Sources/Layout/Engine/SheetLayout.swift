import Routine

/// Lays a routine out as a finished sheet of positioned items, following a layout definition:
/// the sheet's own words in the routine's language, mirrored for right-to-left languages, and
/// what the reader should know as warnings.
package struct SheetLayout: Sendable {
    /// How the sheet looks.
    package let definition: LayoutDefinition
    /// Measures and breaks text.
    package let measurer: any TextMeasurer
    /// The sheet's own words; `nil` for the routine's language with its `labels:` applied.
    package let labels: SheetLabels?
    /// Encodes video addresses as QR codes; without one, steps get no QR code.
    package let qrCodes: (any QRCodeMaker)?
    /// Draws steps' figures (pictograms from poses); without one, steps show no figures.
    package let figures: (any FigureDrawer)?
    /// Where the sheet's pages stand in a handout of several sheets, for "Page N of M"; `nil` for
    /// a sheet on its own.
    package var numbering: PageNumbering? = nil

    /// Creates a layout engine.
    /// - Parameters:
    ///   - definition: page, type, colours and spacing.
    ///   - measurer: measures text (Pango when rendering, a fake in tests).
    ///   - labels: the sheet's own words; by default, the routine's language's with its `labels:`
    ///     applied (`SheetLabels.resolved(for:)`), with a warning for a language or label RepSheet
    ///     does not know.
    ///   - qrCodes: encodes video addresses as QR codes printed beside their steps.
    ///   - figures: draws steps' figures into their picture areas (cards always; other layouts
    ///     when their `picture.figures` setting asks for it).
    package init(
        definition: LayoutDefinition, measurer: any TextMeasurer, labels: SheetLabels? = nil,
        qrCodes: (any QRCodeMaker)? = nil, figures: (any FigureDrawer)? = nil
    ) {
        self.definition = definition.withRoomForFieldType()
        self.measurer = measurer
        self.labels = labels
        self.qrCodes = qrCodes
        self.figures = figures
    }

    /// Lays out `routine`: blocks in reading order, paginated, then headers and footers added
    /// once the page count is known; mirrored when the routine's language is written right to left.
    package func layout(_ routine: Routine) -> Sheet {
        let routine = routine.staged
        var definition = self.definition
        let (labels, labelWarnings) = words(for: routine)
        var warnings =
            labelWarnings + CatalogueLanguageWarning.warnings(for: routine)
            + RestWithoutSetsWarning.warnings(for: routine)
            + (definition.engine == .tracker ? TrackBeyondPlanWarning.warnings(for: routine) : [])
        if definition.engine == .compact {
            let fit = CompactFitter(definition: definition, measurer: measurer, labels: labels).fit(routine)
            definition = fit.definition
            warnings += fit.warnings
        }
        let frame = ContentFrame(definition: definition)
        if !definition.videoCodes {
            warnings += VideoCodesWarning.warnings(for: routine, layout: definition.name)
        }
        let composer = BlockComposer(
            definition: definition, frame: frame, setter: TextSetter(measurer: measurer), labels: labels,
            qrCodes: definition.videoCodes ? qrCodes : nil, figures: figures)
        var pages: [Page]
        let brand = BrandHeader(composer: composer)
        switch definition.engine {
        case .classic:
            pages = classicPages(composer, routine: routine, frame: frame, brand: brand)
        case .cards:
            pages = Paginator(frame: frame).paginate(
                brand.prepended(to: CardComposer(composer: composer).blocks(for: routine)))
        case .tracker:
            pages = TrackerComposer(composer: composer, language: routine.language).pages(
                for: routine, frame: frame, brand: brand)
        case .compact:
            pages = compactPages(composer, routine: routine, frame: frame, brand: brand)
        }
        return finished(pages, routine: routine, definition: definition, labels: labels, warnings: warnings)
    }

    /// The sheet's own words: `labels`, or the routine's language's with its `labels:` applied,
    /// and warnings for a language or label RepSheet does not know.
    func words(for routine: Routine) -> (labels: SheetLabels, warnings: [Diagnostic]) {
        labels.map { ($0, []) } ?? SheetLabels.resolved(for: routine)
    }

    /// `pages` with their running headers, footers and page numbers, as the finished sheet of
    /// `routine`: its warnings given, mirrored when its language is written right to left.
    func finished(
        _ pages: [Page], routine: Routine, definition: LayoutDefinition, labels: SheetLabels, warnings: [Diagnostic]
    ) -> Sheet {
        var pages = pages
        PageDecorator(
            definition: definition, frame: ContentFrame(definition: definition),
            setter: TextSetter(measurer: measurer), labels: labels, numbering: numbering
        ).decorate(&pages, routine: routine)
        var sheet = Sheet(
            pages: pages, title: routine.title, date: routine.date?.description, language: routine.language)
        sheet.warnings = warnings
        return SheetLabels.isRightToLeft(routine.language) ? sheet.mirroredForRightToLeft() : sheet
    }
}

/// The page size and the content area inside the margins.
struct ContentFrame {
    let pageSize: Size
    let content: Rect
    /// Where content starts on pages after the first, below the running header.
    let continuationTop: Length

    /// The least space between the content and the footer's rule. On smaller paper the bottom
    /// margin shrinks further than the rule may come down (`PageScaling.leastFooterRule`), so the
    /// content would otherwise run into it.
    static let footerClearance = Length.mm(2)

    init(definition: LayoutDefinition) {
        pageSize = definition.pageSize
        let m = definition.margins
        let bottom = max(m.bottom, definition.footerRuleInset + Self.footerClearance)
        content = Rect(
            x: m.left, y: m.top, width: pageSize.width - m.left - m.right,
            height: pageSize.height - m.top - bottom)
        continuationTop = max(m.top, definition.headerRuleY + definition.spacing.headerToContent)
    }
}
