import Foundation

/// Checks made before drawing, so a problem is reported with the routine line it comes from:
/// characters no font has, and pictures that are broken, too large or unsafe.
struct SheetChecks {
    let routine: Routine
    let labels: SheetLabels
    let measurer: PangoMeasurer
    let font: FontSpec
    /// Where the routine file is read from, to place a character at its column.
    let world: any World

    /// At most this many characters no font has are reported, so a file full of them gives a
    /// short list.
    static let maxMissingGlyphs = 20

    /// Every character in the routine's text or the sheet's words that no font can print: each
    /// once a field, at its place in the routine file, at most `maxMissingGlyphs`.
    func missingGlyphs() -> [MissingGlyph] {
        let fields = textFields()
        // Every character in some font's map: nothing can be missing, no need to shape it all.
        if measurer.fonts.covers(fields.map(\.text).joined(separator: " ")) { return [] }
        let positions = SourcePositions(routine: routine, world: world)
        var found: [MissingGlyph] = []
        for field in fields {
            for character in measurer.missingCharacters(in: field.text, font: font) {
                guard found.count < Self.maxMissingGlyphs else { return found }
                let location = positions.location(of: character, from: field.line ?? 1) ?? field.location
                found.append(MissingGlyph(character: character, field: field.name.description, location: location))
            }
        }
        return found
    }

    /// Makes the system's CJK fonts visible when some printed text needs them; they are large,
    /// so only then. Called before checking or laying out, so both see the same fonts.
    func loadCJKFontsWhenNeeded() {
        if textFields().contains(where: { FontLibrary.needsCJK($0.text) }) { measurer.fonts.loadCJKFonts() }
    }

    /// Every picture that fails its checks, at its step's `image:` line: its header (kind, pixel
    /// size, SVG references), then decoding and drawing as `format` at `dpi` in a child process with
    /// time and memory limits (`PictureCage`), so a decoder that crashes or hangs cannot take
    /// RepSheet down. Raster pictures together may hold at most `ImageInspector.maxSheetPixels` once decoded.
    func imageProblems(format: OutputFormat, dpi: Int, fontsDirectory: String, world: any World)
        -> (pictures: Pictures, problems: [ImageProblem])
    {
        Self.imageProblems(in: routine, format: format, dpi: dpi, fontsDirectory: fontsDirectory, world: world)
    }

    /// `imageProblems` for any routine (a batch checks its pictures once for every client). Each
    /// picture is read once, from `world`; the bytes checked are the bytes drawn.
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

    struct Field {
        var name: TextFieldName
        var text: String
        /// Where the step holding the text starts, when it is a step's.
        var location: SourceLocation?
        var line: Int? { location?.line }
    }

    /// Every printed text of the routine and its labels, with where it comes from.
    func textFields() -> [Field] {
        var fields: [Field] = []
        func add(_ name: TextFieldName, _ text: String?, line: SourceLocation? = nil) {
            if let text, !text.isEmpty { fields.append(Field(name: name, text: text, location: line)) }
        }
        add(.title, routine.title)
        add(.subtitle, routine.subtitle)
        add(.provider, routine.provider)
        add(.client, routine.client)
        add(.intro, routine.intro)
        add(.frequency, routine.frequency)
        add(.caution, routine.caution)
        var number = 0
        for (sectionIndex, section) in routine.sections.enumerated() {
            add(.sectionTitle(section: sectionIndex + 1), section.title)
            add(.sectionNote(section: sectionIndex + 1), section.note)
            for step in section.steps {
                number += 1
                let line = step.location
                add(.stepName(step: number), step.name, line: line)
                switch step.instructions {
                case .paragraph(let text)?: add(.stepInstructions(step: number), text, line: line)
                case .numbered(let items)?:
                    for (index, item) in items.enumerated() {
                        add(.instruction(index + 1, step: number), item, line: line)
                    }
                case nil: break
                }
                add(.stepNotes(step: number), step.notes, line: line)
                add(.stepCaution(step: number), step.caution, line: line)
                if let alternative = step.alternative {
                    add(.alternative(step: number), alternative.reason, line: line)
                    add(.alternative(step: number), alternative.step.name, line: line)
                    switch alternative.step.instructions {
                    case .paragraph(let text)?: add(.alternative(step: number), text, line: line)
                    case .numbered(let items)?: for item in items { add(.alternative(step: number), item, line: line) }
                    case nil: break
                    }
                }
                for (index, stage) in step.progress.enumerated() {
                    add(.stage(index + 1, step: number), stage.name, line: stage.location ?? line)
                    add(.stage(index + 1, step: number), stage.when, line: stage.location ?? line)
                }
            }
        }
        for (index, note) in routine.notes.enumerated() { add(.note(index + 1), note) }
        for name in SheetLabels.names { add(.label(name), labels.text(named: name)) }
        return fields
    }
}
