import Figures
import Foundation
import RepSheet

/// One exercise in `GET /api/exercises`.
struct ExerciseEntry: Codable, Sendable {
    var id: String
    var name: String
    var aliases: [String]
    var region: String
    var position: String
    var instructions: String
    /// The default dose, as `repsheet exercises` lists it.
    var dose: String
    /// Where its figure is: `/api/exercises/ID.svg`.
    var figure: String
}

/// One layout in `GET /api/layouts`.
struct LayoutEntry: Codable, Sendable {
    var name: String
    var description: String
}

/// The catalogue's entries and figures, drawn once and kept.
final class CatalogueFigures: @unchecked Sendable {
    // @unchecked: `figures` is used only while holding `lock`.
    private let lock = NSLock()
    private var figures: [String: Data] = [:]

    /// The catalogue as the picker lists it.
    static func entries(_ catalogue: Catalogue) -> [ExerciseEntry] {
        catalogue.exercises.map { exercise in
            ExerciseEntry(
                id: exercise.id, name: exercise.name, aliases: exercise.aliases, region: exercise.region.rawValue,
                position: exercise.position.rawValue, instructions: exercise.instructions, dose: exercise.doseSummary,
                figure: "/api/exercises/\(exercise.id).svg")
        }
    }

    /// The built-in layouts with their descriptions.
    static func layouts(_ resources: Resources) -> [LayoutEntry] {
        let library = LayoutLibrary(directory: resources.layoutsDirectory)
        return library.names.map { name in
            LayoutEntry(name: name, description: (try? library.load(name).description) ?? "")
        }
    }

    /// The SVG figure of the exercise named `name` (its id, name or alias), or `nil`.
    func svg(named name: String, maker: SheetMaker) throws -> Data? {
        guard let exercise = try maker.catalogue.exercise(named: name) else { return nil }
        lock.lock()
        let known = figures[exercise.id]
        lock.unlock()
        if let known { return known }
        let page = FigurePages(measurer: maker.measurer).page(for: exercise)
        let sheet = Sheet(pages: [page], title: exercise.name, date: nil, language: "en")
        guard let data = try maker.render(sheet, options: SheetOptions(format: .svg)).first else { return nil }
        lock.lock()
        figures[exercise.id] = data
        lock.unlock()
        return data
    }
}
