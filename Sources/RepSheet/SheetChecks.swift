import Foundation

/// Checks made before drawing, so a problem is reported with the routine line it comes from:
/// characters no font has, and pictures that are broken, too large or unsafe.
struct SheetChecks {
    /// The routine the sheet was laid out from; its file places a character at its column.
    let routine: Routine
    /// Shapes the sheet's text as it will be drawn.
    let measurer: PangoMeasurer
    /// Where the routine file is read from, to place a character at its column.
    let world: any World
    /// Where a character that is not in the routine file is reported: a client's entry in a
    /// batch, whose own words (name, notes) the client file holds; `nil` for a single sheet.
    var origin: SourceLocation? = nil

    /// At most this many characters no font has are reported, so a file full of them gives a
    /// short list.
    static let maxMissingGlyphs = 20

    /// Every problem of the laid-out `sheet`, from one walk over its display list: the placed
    /// pictures among `failedPictures` (the checks' findings, made once before layout, for every
    /// client of a batch), each once, at its placed picture's source, in the order the sheet shows
    /// them; then the failed pictures the sheet carries without placing them (the PDF attaches
    /// every picture the routine names), at their routine lines; then, when `glyphs`, every
    /// character no font can print (`missingGlyphs(in:)`).
    func problems(in sheet: Sheet, failedPictures: [ImageProblem], glyphs: Bool) -> [RenderError] {
        var unplaced = failedPictures
        var found: [RenderError] = []
        // Most sheets (every sheet of a batch) have no failed picture: no walk for them.
        for page in sheet.pages where !unplaced.isEmpty {
            for case .image(let placed) in page.items {
                guard let index = unplaced.firstIndex(where: { $0.path == placed.path }) else { continue }
                var problem = unplaced.remove(at: index)
                problem.location = placed.source ?? problem.location
                found.append(.badImage(problem))
            }
        }
        found += unplaced.map { .badImage($0) }
        if glyphs { found += missingGlyphs(in: sheet).map { .missingGlyph($0) } }
        return found
    }

    /// Every character of the laid-out `sheet` that no font can print, found in one walk over its
    /// display list: each once a field (the run's `source`, or the sheet's own word that holds
    /// it), at its place in the routine file, in the file's order, at most `maxMissingGlyphs`.
    func missingGlyphs(in sheet: Sheet) -> [MissingGlyph] {
        let unprintable = measurer.unprintableRuns(in: sheet)
        guard !unprintable.isEmpty else { return [] }
        let labels = SheetLabels.resolved(for: routine).labels
        let positions = SourcePositions(routine: routine, world: world)
        var seen: Set<String> = []
        var found: [MissingGlyph] = []
        for entry in unprintable {
            for character in entry.characters {
                let (field, source) = Self.field(holding: character, in: entry.run, labels: labels)
                guard seen.insert("\(field)\u{0}\(character.value)").inserted else { continue }
                let firstLine = source?.location?.line ?? positions.line(holding: source?.field) ?? 1
                let location =
                    positions.location(of: character, from: firstLine) ?? origin ?? source?.location
                found.append(MissingGlyph(character: character, field: field, location: location))
            }
        }
        // In the file's order; problems placed nowhere last, in the order the sheet shows them.
        let ordered = found.enumerated().sorted { first, second in
            let a = first.element.location, b = second.element.location
            switch (a, b) {
            case (let a?, let b?): return (a.line, a.column, first.offset) < (b.line, b.column, second.offset)
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return first.offset < second.offset
            }
        }
        return Array(ordered.map(\.element).prefix(Self.maxMissingGlyphs))
    }

    /// What holds `character` in `run`, in the user's words, and the routine text it comes from:
    /// one of the sheet's own words when the run sets that word and the word has the character
    /// ("Instead: …", "Hold 10 s"), else the run's source, else the run's text itself.
    static func field(holding character: Unicode.Scalar, in run: TextRun, labels: SheetLabels)
        -> (field: String, source: TextSource?)
    {
        let label = SheetLabels.names.first { name in
            guard let text = labels.text(named: name), text.unicodeScalars.contains(character) else { return false }
            return run.source == nil || run.text.contains(text)
        }
        if let label { return (TextFieldName.label(label).description, nil) }
        if let source = run.source { return (source.field.description, source) }
        return ("the text \"\(run.text)\"", nil)
    }

    /// Every picture the routine's steps name that fails its checks, at its step's `image:` line:
    /// its header (kind, pixel size, SVG references), then decoding and drawing as `format` at
    /// `dpi` in a child process with time and memory limits (`PictureCage`), so a decoder that
    /// crashes or hangs cannot take RepSheet down. Raster pictures together may hold at most
    /// `ImageInspector.maxSheetPixels` once decoded.
    ///
    /// The pictures are read and caged here, before layout, walking the routine's `image:` keys:
    /// the PDF carries every picture the routine names (placed or not), and a batch checks each
    /// once for all its clients before any sheet is laid out. Each picture is read once, from
    /// `world`; the bytes checked are the bytes drawn. The problems are reported after layout,
    /// with the sheet's others, by the walk over its display list (`problems(in:failedPictures:glyphs:)`).
    static func imageProblems(
        in routine: Routine, format: OutputFormat, dpi: Int, fontsDirectory: String, world: any World
    ) -> (pictures: Pictures, problems: [ImageProblem]) {
        var seen: Set<String> = []
        var pixels = 0
        var pictures = Pictures()
        var problems: [ImageProblem] = []
        for step in routine.allSteps {
            guard let path = step.image, seen.insert(path).inserted else { continue }
            do throws(ImageProblem) {
                let checked = try pictures.read(path, from: world)
                pixels += checked.pixelWidth * checked.pixelHeight
                if pixels > ImageInspector.maxSheetPixels {
                    throw ImageProblem(
                        path: path,
                        reason:
                            "takes the sheet's pictures past \(ImageInspector.maxSheetPixels / 1_000_000) megapixels "
                            + "in all (\(ImageInspector.maxSheetPixels * 4 / 1_000_000) MB once decoded); scale the pictures down"
                    )
                }
                try PictureCage.check(checked, path: path, format: format, dpi: dpi, fontsDirectory: fontsDirectory)
            } catch {
                var problem = error
                problem.location = routine.location(ofImage: path)
                problems.append(problem)
            }
        }
        return (pictures, problems)
    }
}
