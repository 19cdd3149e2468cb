package import Figures
import Foundation

/// RepSheet's pipeline in one value: routine → layout → rendered pages.
///
/// Fonts are loaded once when it is created; reuse one maker for many sheets.
///
/// ```swift
/// let maker = try SheetMaker()
/// let routine = try maker.loadRoutine(path: "back-stretches.yaml")
/// let pdf = try maker.render(routine, options: SheetOptions(format: .pdf))
/// ```
public struct SheetMaker: Sendable {
    /// Where fonts, layouts and examples were found.
    public let resources: Resources
    /// The bundled fonts.
    package let fonts: FontLibrary
    /// Measures text with Pango, as it will be drawn.
    package let measurer: PangoMeasurer
    /// Reads the exercise catalogue as far as routines need it.
    let catalogueStore: CatalogueStore
    /// Where words too long for their line may be hyphenated, per language.
    let hyphenation = HyphenationStore()
    /// Where pictures, the environment and the cache folder come from.
    public let world: any World
    /// Folders besides a routine's own (and the built-in data) that its `image:` and `layout:` may
    /// name files in: `--allow-path`.
    public var allowedFolders: [String] = []

    /// What a routine may name: its own folder, `allowedFolders`, and the built-in layouts,
    /// exercises and examples.
    public var fileAccess: FileAccess {
        FileAccess(
            allowedFolders: allowedFolders + [
                resources.layoutsDirectory, resources.exercisesDirectory, resources.examplesDirectory,
            ])
    }

    /// Finds the data folder and loads the bundled fonts.
    /// - Parameters:
    ///   - resources: the data folder; found with `Resources.locate()` in `world`'s environment when `nil`.
    ///   - world: where pictures, the environment and fontconfig's cache folder come from.
    /// - Throws: `RepSheetError` when the data or the fonts cannot be found.
    public init(resources: Resources? = nil, world: any World = DiskWorld()) throws(RepSheetError) {
        self.world = world
        let found: Resources
        if let resources { found = resources } else { found = try Resources.locate(environment: world.environment) }
        self.resources = found
        let resources = found
        do {
            fonts = try FontLibrary(directory: resources.fontsDirectory, cacheFolder: world.cacheFolder)
            measurer = try PangoMeasurer(fonts: fonts)
        } catch {
            throw .render(error)
        }
        catalogueStore = CatalogueStore(directory: resources.exercisesDirectory)
    }

    /// The whole built-in exercise catalogue that `exercise:` and `figure:` name, read on first use.
    /// - Throws: `RepSheetError.routine` when a catalogue file is invalid.
    package var catalogue: Catalogue {
        get throws(RepSheetError) {
            do { return try catalogueStore.all() } catch { throw .routine(error) }
        }
    }

    /// Draws steps' figures from the exercises loaded so far (by `loadRoutine`); pass it to a layout engine.
    package var figureDrawer: PoseFigureDrawer { PoseFigureDrawer(catalogue: catalogueStore.current) }

    /// Reads and validates a routine file, or a built-in example by name ("back-stretches").
    /// - Throws: `RepSheetError.routine` with every problem found.
    public func loadRoutine(path: String) throws(RepSheetError) -> Routine {
        var resolved = path
        if !FileManager.default.fileExists(atPath: path), !path.contains("/"), path != "-",
            let example = resources.example(named: path)
        {
            resolved = example
        }
        do {
            let routine = try RoutineLoader.load(path: resolved, access: fileAccess)
            // Every routine is resolved: inline poses are checked even when nothing comes from
            // the catalogue, which is then not read.
            let names = routine.catalogueNames
            let catalogue = names.isEmpty ? Catalogue.empty : try catalogueStore.catalogue(for: names)
            return try ExerciseResolver(catalogue: catalogue).resolve(routine)
        } catch {
            throw .routine(error)
        }
    }

    /// Loads a layout: a built-in name, a path, or the routine's own choice, else "classic".
    /// - Throws: `RepSheetError.layout` when it is missing or invalid.
    package func layoutDefinition(named name: String?, for routine: Routine) throws(RepSheetError) -> LayoutDefinition {
        var choice = name ?? routine.layout ?? "classic"
        if name == nil, let fromRoutine = routine.layout, fromRoutine.contains("/"), !fromRoutine.hasPrefix("/"),
            let source = routine.source
        {
            choice = (PathText.folder(of: source) as NSString).appendingPathComponent(fromRoutine)
        }
        do {
            return try LayoutFileReader(library: LayoutLibrary(directory: resources.layoutsDirectory)).load(choice)
        } catch .notFound(let missing, let available) where name == nil && routine.layout != nil {
            // The routine's own `layout:` names nothing: a problem of the routine, at its line.
            let hints = KeySuggestion.closest(to: missing, among: available).map { ["did you mean `\($0)`?"] } ?? []
            let message =
                "layout must be a built-in layout (\(available.joined(separator: ", "))) or a layout file, found \"\(missing)\""
            throw .routine(
                .invalid([Diagnostic(.error, message, at: routine.layoutLocation, hints: hints)]))
        } catch {
            throw .layout(error)
        }
    }

    /// Lays a routine out as pages in its language: the sheet's own words from the language's
    /// table and the routine's `labels:`, QR codes for videos, and mirrored for right-to-left languages.
    /// - Throws: `RepSheetError.layout` when the layout cannot be loaded.
    package func layout(_ routine: Routine, options: SheetOptions = SheetOptions()) throws(RepSheetError) -> Sheet {
        let definition = try layoutDefinition(named: options.layout, for: routine)
        return try layout(routine, definition: definition, options: options)
    }

    /// Lays a routine out as pages with a layout loaded before, so many sheets share one load:
    /// the page size option, the language's words and face, QR codes for videos, figures.
    /// The sheet's `warnings` say what the reader should know; nothing is printed.
    /// - Throws: `RepSheetError.usage` for a page size that cannot be read.
    package func layout(_ routine: Routine, definition: LayoutDefinition, options: SheetOptions = SheetOptions())
        throws(RepSheetError) -> Sheet
    {
        let engine = self.engine(try Self.sized(definition, options), for: routine)
        let sheet = engine.layout(routine)
        // The system CJK fonts are large: they are made visible only when the sheet's words need
        // them, and the sheet is laid out again, measured with them.
        guard !fonts.hasCJKFonts,
            sheet.pages.contains(where: { $0.texts.contains(where: FontLibrary.needsCJK) }),
            fonts.loadCJKFonts()
        else { return sheet }
        return engine.layout(routine)
    }

    /// The layout engine for `routine` with `definition`: Chinese, Japanese and Korean characters
    /// in the language's own face, this maker's measurer (hyphenating words too long for a line
    /// in the routine's language), QR codes and figures. The engine finds
    /// the routine's words and mirrors right-to-left sheets itself.
    /// `measurer` replaces this maker's (the font warm-up's cancellable one); without
    /// `videoCodes` the engine prints no QR codes (a log after its sheet, which prints them).
    func engine(
        _ definition: LayoutDefinition, for routine: Routine, measurer: (any TextMeasurer)? = nil,
        videoCodes: Bool = true
    ) -> SheetLayout {
        var definition = definition
        definition.fontFamily = FontLibrary.family(definition.fontFamily, language: routine.language)
        let hyphenating = HyphenatingMeasurer(
            base: measurer ?? self.measurer, language: routine.language, store: hyphenation)
        return SheetLayout(
            definition: definition, measurer: hyphenating, qrCodes: videoCodes ? QREncoder() : nil,
            figures: figureDrawer)
    }

    /// `definition` at the page size of `options`, when it names one.
    /// - Throws: `RepSheetError.usage` for a size that cannot be read or is too small for the layout.
    static func sized(_ definition: LayoutDefinition, _ options: SheetOptions) throws(RepSheetError)
        -> LayoutDefinition
    {
        guard let pageSize = options.pageSize else { return definition }
        guard let size = PaperSize.parse(pageSize) else { throw .usage(PaperSize.problem(pageSize)) }
        let resized = definition.resized(to: size)
        if let problem = PaperSize.tooSmall(for: resized, layout: definition.name) { throw .usage(problem) }
        return resized
    }

    /// The sheet's own words for a routine, and warnings for an unknown language or label name.
    package func labels(for routine: Routine) -> (labels: SheetLabels, warnings: [Diagnostic]) {
        SheetLabels.resolved(for: routine)
    }

    /// Warnings about a routine that do not stop it from rendering.
    package func warnings(for routine: Routine) -> [Diagnostic] { labels(for: routine).warnings }

    /// Pango's generic names, which stand for one of the fonts; not listed in messages.
    static let genericFamilies: Set<String> = ["Monospace", "Sans", "Serif", "System-ui", "Cursive", "Fantasy"]

    /// Runs every check `render` runs before drawing: loads the layout, reads every picture's
    /// header (kind, pixel size, SVG references), lays the sheet out and checks that every
    /// character of it can be printed (unless `options.allowMissingGlyphs`). `repsheet validate`
    /// runs this, so it agrees with `render`. Pictures are decoded and drawn in a child process
    /// with limits, as `render` does.
    /// - Returns: The layout the routine would be drawn with.
    /// - Throws: `RepSheetError` naming every problem found and its routine line.
    @discardableResult
    package func check(_ routine: Routine, options: SheetOptions = SheetOptions()) throws(RepSheetError)
        -> LayoutDefinition
    {
        let definition = try layoutDefinition(named: options.layout, for: routine)
        let checked = try checkBeforeLayout(routine, definition: definition, options: options)
        _ = try make(
            routine, definition: definition, options: options, pictures: checked.pictures,
            failedPictures: checked.failedPictures, draw: false)
        return definition
    }

    /// The checks of `check` that come before layout, with a layout loaded before: the layout's
    /// font, the page size, and the routine's pictures (`SheetChecks.imageProblems`).
    /// - Returns: The routine's pictures, each read once from `world`, to be drawn, and the
    ///   pictures that failed their checks, reported with the sheet's other problems by `make`.
    /// - Throws: `RepSheetError` for a layout font RepSheet does not have or a page size that
    ///   cannot be read.
    func checkBeforeLayout(_ routine: Routine, definition: LayoutDefinition, options: SheetOptions)
        throws(RepSheetError) -> (pictures: Pictures, failedPictures: [ImageProblem])
    {
        let families = fonts.familyNames
        if !families.contains(definition.fontFamily) {
            // Pango would quietly draw another font.
            throw .layout(
                .invalid([
                    Diagnostic(
                        .error,
                        (definition.fontFamilyLocation == nil ? "layout \"\(definition.name)\": " : "")
                            + "font-family \"\(TextEscaping.excerpt(definition.fontFamily))\" is not one of "
                            + "RepSheet's fonts (\(families.filter { !Self.genericFamilies.contains($0) }.joined(separator: ", ")))",
                        at: definition.fontFamilyLocation)
                ]))
        }
        _ = try Self.sized(definition, options)
        if let problem = layoutBrandProblem(definition, routine: routine, options: options) {
            throw .layout(.invalid([problem]))
        }
        let checked = SheetChecks.imageProblems(
            in: routine, format: options.format, dpi: options.dpi, fontsDirectory: resources.fontsDirectory,
            world: world)
        return (checked.pictures, checked.problems)
    }

    /// Every problem of a laid-out sheet, in one walk over its display list (`SheetChecks.problems(in:)`):
    /// the pictures it places that failed their checks, at the placed picture's source, and the
    /// characters no font can print, each at its place in the routine file (or at `origin`, a
    /// client's entry, for words the routine file does not hold); no characters when
    /// `options.allowMissingGlyphs`.
    func problems(
        in sheet: Sheet, of routine: Routine, failedPictures: [ImageProblem], options: SheetOptions,
        origin: SourceLocation?
    ) -> [RenderError] {
        let checks = SheetChecks(routine: routine, measurer: measurer, world: world, origin: origin)
        return checks.problems(in: sheet, failedPictures: failedPictures, glyphs: !options.allowMissingGlyphs)
    }

    /// Renders a routine: one PDF, or one PNG or SVG per page.
    ///
    /// Before drawing, checks that every character can be printed (unless
    /// `options.allowMissingGlyphs`) and every picture is safe, naming the routine line of a problem.
    /// - Throws: `RepSheetError` from the checks, layout or drawing.
    public func render(_ routine: Routine, options: SheetOptions = SheetOptions()) throws(RepSheetError) -> [Data] {
        try make(routine, options: options).files
    }

    /// Renders a routine as `render` does, and says what its reader should know (`warnings`).
    /// - Throws: `RepSheetError` from the checks, layout or drawing.
    public func make(_ routine: Routine, options: SheetOptions = SheetOptions()) throws(RepSheetError) -> Rendering {
        let definition = try layoutDefinition(named: options.layout, for: routine)
        let checked = try checkBeforeLayout(routine, definition: definition, options: options)
        return try make(
            routine, definition: definition,
            options: SheetMaker.withSource(of: routine, options, world: world, pictures: checked.pictures),
            pictures: checked.pictures, failedPictures: checked.failedPictures)
    }

    /// Lays out, checks and draws a routine whose checks before layout have run: the one path
    /// single sheets and batch jobs share. The laid-out sheet is checked in one walk over its
    /// display list (`problems(in:of:failedPictures:options:origin:)`): every picture among
    /// `failedPictures` it places, at the placed picture's source, and every character no font
    /// has; all are thrown at once. A character no font has that the routine file does not hold
    /// is reported at `origin` (a client's entry). `pictures` are the bytes the checks read.
    /// - Parameter draw: `false` to lay out and check only, as `check` does.
    func make(
        _ routine: Routine, definition: LayoutDefinition, options: SheetOptions, pictures: Pictures,
        failedPictures: [ImageProblem] = [], origin: SourceLocation? = nil, draw: Bool = true
    ) throws(RepSheetError) -> Rendering {
        do throws(RepSheetError) {
            let sheet = try layout(routine, definition: definition, options: options)
            let problems = problems(
                in: sheet, of: routine, failedPictures: failedPictures, options: options, origin: origin)
            if let error = RenderError.combined(problems) { throw .render(error) }
            return Rendering(sheet: sheet, files: draw ? try render(sheet, options: options, pictures: pictures) : [])
        } catch .render(.missingGlyph(var missing)) where missing.location == nil {
            missing.location = origin
            throw .render(.missingGlyph(missing))
        }
    }

    /// Renders a laid-out sheet: one PDF, or one PNG or SVG per page.
    /// - Throws: `RepSheetError.render` when drawing fails.
    package func render(_ sheet: Sheet, options: SheetOptions = SheetOptions()) throws(RepSheetError) -> [Data] {
        try render(sheet, options: options, pictures: try pictures(of: sheet))
    }

    /// The pictures a laid-out sheet places, each read once from `world` unless `known` has it
    /// already; a picture that cannot be read is reported at its `image:` line.
    func pictures(of sheet: Sheet, known: Pictures = Pictures()) throws(RepSheetError) -> Pictures {
        var pictures = known
        for case .image(let image) in sheet.pages.flatMap(\.items) {
            do { try pictures.read(image.path, from: world) } catch {
                var problem = error
                problem.location = image.source
                throw .render(.badImage(problem))
            }
        }
        return pictures
    }

    /// Renders a laid-out sheet with its pictures read before.
    func render(_ sheet: Sheet, options: SheetOptions, pictures: Pictures) throws(RepSheetError) -> [Data] {
        var drawing = SheetRenderer(
            fonts: fonts, debugBoxes: options.debugBoxes, allowMissingGlyphs: options.allowMissingGlyphs)
        drawing.pictures = pictures
        let renderer = drawing
        do {
            switch options.format {
            case .pdf: return [try SheetMaker.finishingPass(for: sheet, options).finish(renderer.taggedPDF(sheet))]
            case .png:
                // Drawing is serialised by the font lock; PNG encoding, most of the time, runs in
                // parallel, as many pages at once as their pixels fit in `pngMemoryBudget`.
                let pages = sheet.pages
                let cores = Self.pageImageCores(for: pages, dpi: options.dpi)
                return try PageParallel.map(count: pages.count, cores: cores) { index throws(RenderError) in
                    try renderer.png(pages[index], dpi: options.dpi)
                }
            case .svg: return try sheet.pages.map { page throws(RenderError) in try renderer.svg(page) }
            }
        } catch {
            throw .render(error)
        }
    }

    /// The memory page images drawn at the same time may take together (512 MB): at 1200 dpi
    /// a Letter page is 538 MB of pixels, so such pages are drawn one at a time.
    static let pngMemoryBudget = 512 << 20

    /// How many of `pages` to draw as images at once at `dpi`: one per core, fewer when their
    /// pixels (four bytes each) would pass `pngMemoryBudget`, and at least one.
    static func pageImageCores(
        for pages: [Page], dpi: Int, cores: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> Int {
        let largest =
            pages.map { page in
                let size = SheetRenderer.pixelSize(of: page, dpi: dpi)
                return size.width * size.height * 4
            }.max() ?? 0
        return max(1, min(cores, pngMemoryBudget / max(1, largest)))
    }

    /// The file names for a rendering: `OUT.pdf`, or `OUT-1.png`, `OUT-2.png`, … for page images.
    package static func outputPaths(base: String, format: OutputFormat, pageCount: Int) -> [String] {
        let url = URL(fileURLWithPath: base)
        let stem = OutputFormat(fileExtension: url.pathExtension) != nil ? url.deletingPathExtension().path : url.path
        let keepRelative = !base.hasPrefix("/")
        let cwd = FileManager.default.currentDirectoryPath
        func display(_ path: String) -> String {
            guard keepRelative, path.hasPrefix(cwd + "/") else { return path }
            return String(path.dropFirst(cwd.count + 1))
        }
        // The extension as the user wrote it ("Sheet.PDF"), when it names this format.
        let ext = OutputFormat(fileExtension: url.pathExtension) == format ? url.pathExtension : format.rawValue
        if !format.isPerPage { return [display(stem + "." + ext)] }
        return (1...max(1, pageCount)).map { display("\(stem)-\($0).\(ext)") }
    }
}
