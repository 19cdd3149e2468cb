import ArgumentParser
import Foundation
import RepSheet

/// `repsheet bench`: times the pipeline's stages in-process (used by `make bench`).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Time parse, layout and render of a routine in-process.",
        shouldDisplay: false)

    @Argument(help: "The routine file, or a built-in example's name.")
    var routine: String = "back-stretches"

    @Option(help: "How many times to run each stage.")
    var iterations: Int = 50

    @Option(help: "pdf, png or svg.")
    var format: String = "pdf"

    func run() throws {
        guard let format = OutputFormat(rawValue: format), (1...100_000).contains(iterations) else {
            throw ValidationError("--format must be pdf, png or svg and --iterations 1...100000")
        }
        do {
            let setupStart = DispatchTime.now()
            let maker = try SheetMaker()
            let setup = seconds(since: setupStart)
            var parse: [Double] = [], definition: [Double] = [], layout: [Double] = [], render: [Double] = []
            var finishing: [Double] = []
            var pages = 0
            for _ in 0..<iterations {
                var start = DispatchTime.now()
                let loaded = try maker.loadRoutine(path: routine)
                parse.append(seconds(since: start))
                start = DispatchTime.now()
                _ = try maker.layoutDefinition(named: nil, for: loaded)
                definition.append(seconds(since: start))
                start = DispatchTime.now()
                let sheet = try maker.layout(loaded)
                layout.append(seconds(since: start))
                start = DispatchTime.now()
                _ = try maker.render(sheet, options: SheetOptions(format: format))
                render.append(seconds(since: start))
                pages = sheet.pages.count
                if format == .pdf {
                    // The finishing pass alone (part of rendering a PDF): tags, metadata, the routine.
                    // Rendering the same sheet just succeeded, so neither step fails here.
                    let tagged = try? SheetRenderer(fonts: maker.fonts).taggedPDF(sheet)
                    let pass = FinishingPass(
                        language: sheet.language, title: sheet.title, creator: nil, date: sheet.date,
                        attachment: FinishingPass.Attachment(
                            name: "routine.yaml", mimeType: "application/yaml",
                            data: FileManager.default.contents(atPath: routine) ?? Data()))
                    start = DispatchTime.now()
                    _ = tagged.map { try? pass.finish($0) }
                    finishing.append(seconds(since: start))
                }
            }
            func ms(_ values: [Double]) -> String { String(format: "%.3f ms", median(values) * 1000) }
            print("pages\t\(pages)")
            print("setup (fonts)\t\(String(format: "%.3f ms", setup * 1000))")
            print("parse\t\(ms(parse))")
            print("layout file\t\(ms(definition))")
            print("layout (incl. file)\t\(ms(layout))")
            print("render \(format.rawValue)\t\(ms(render))")
            if !finishing.isEmpty { print("finishing pass (part of render pdf)\t\(ms(finishing))") }
            print("per sheet\t\(ms(zip(zip(parse, layout), render).map { $0.0 + $0.1 + $1 }))")
        } catch {
            throw fail(error)
        }
    }

    private func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    private func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
