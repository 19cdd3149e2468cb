import ArgumentParser
import Figures
import Foundation
import RepSheet

/// `repsheet exercises`: the built-in exercise catalogue.
struct ExercisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercises",
        abstract: "List the built-in exercises that a step can name with `exercise:`, or draw one.",
        subcommands: [List.self, Show.self, Sheet.self],
        defaultSubcommand: List.self
    )

    /// `repsheet exercises [list]`: one line per exercise.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the catalogue: name, region, position, default dose.")

        @Option(help: "Only exercises for this body region.")
        var region: Exercise.Region?

        @Option(help: "Only exercises done in this position.")
        var position: Exercise.Position?

        func run() throws {
            let catalogue = try loadCatalogue()
            var rows: [[String]] = []
            for exercise in catalogue.exercises {
                if let region, exercise.region != region { continue }
                if let position, exercise.position != position { continue }
                rows.append([
                    exercise.id, exercise.name, exercise.region.rawValue, exercise.position.rawValue,
                    exercise.doseSummary,
                ])
            }
            for line in TextColumns(rows: rows).lines { print(line) }
        }
    }

    /// `repsheet exercises show NAME -o FILE`: draws one exercise's figure.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw one exercise's figure to PNG, SVG or PDF.")

        @Argument(help: "The exercise's name, alias or catalogue name, such as knee-to-chest.")
        var name: String

        @OptionGroup var out: OutputOptions

        func run() throws {
            do {
                let maker = try SheetMaker()
                let catalogue = try maker.catalogue
                guard let exercise = catalogue.exercise(named: name) else {
                    let hint = catalogue.suggestion(for: name).map { " (did you mean `\($0)`?)" } ?? ""
                    printError("error: unknown exercise \"\(name)\"\(hint); `repsheet exercises` lists the catalogue")
                    throw ExitCode(64)
                }
                let page = FigurePages(measurer: maker.measurer).page(for: exercise)
                try write(page, maker: maker, out: out, defaultName: exercise.id, title: exercise.name)
            } catch let error as RepSheetError {
                throw fail(error)
            }
        }
    }

    /// `repsheet exercises sheet -o FILE`: every figure on one page.
    struct Sheet: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw every exercise's figure on one contact sheet.")

        @OptionGroup var out: OutputOptions

        func run() throws {
            do {
                let maker = try SheetMaker()
                let page = FigurePages(measurer: maker.measurer).contactSheet(try maker.catalogue.exercises)
                try write(page, maker: maker, out: out, defaultName: "exercises", title: "Exercises")
            } catch let error as RepSheetError {
                throw fail(error)
            }
        }
    }
}

// A bad `--region` or `--position` is a usage error of `exercises list`, naming the values it takes.
extension Exercise.Region: ExpressibleByArgument {
    /// The region named `argument`, in any case.
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension Exercise.Position: ExpressibleByArgument {
    /// The position named `argument`, in any case.
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// The catalogue, or a failure with its exit status.
private func loadCatalogue() throws -> Catalogue {
    do {
        return try SheetMaker().catalogue
    } catch {
        throw fail(error)
    }
}

/// Writes a one-page sheet in the format OUT asks for and prints the file name.
private func write(_ page: Page, maker: SheetMaker, out: OutputOptions, defaultName: String, title: String) throws {
    let format = try out.resolvedFormat()
    let sheet = RepSheet.Sheet(pages: [page], title: title, date: nil, language: "en")
    let options = SheetOptions(format: format, dpi: out.dpi)
    let data = try maker.render(sheet, options: options)
    let base = out.base(defaultName: defaultName)
    let paths = SheetMaker.outputPaths(base: base, format: format, pageCount: data.count)
    // A single page image needs no page number.
    let named =
        data.count == 1 && format.isPerPage
        ? [
            OutputFormat(fileExtension: (base as NSString).pathExtension) == format
                ? base : "\(base).\(format.rawValue)"
        ]
        : paths
    let files = Array(zip(named, data)).map { (path: $0.0, data: $0.1) }
    if let stream = StreamedOutput(output: out.output) { return try stream.write(files) }
    try AtomicWriter.write(files)
    for path in named { print(path) }
}
