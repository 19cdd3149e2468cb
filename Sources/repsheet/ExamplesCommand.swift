import ArgumentParser
import Foundation
import RepSheet

/// `repsheet examples`: lists the built-in example routines.
struct ExamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "examples", abstract: "List the built-in example routines (render one by its name).")

    func run() throws {
        do {
            let resources = try Resources.locate()
            for name in resources.exampleNames {
                guard let path = resources.example(named: name) else { continue }
                let title = (try? RoutineLoader.load(path: path).title) ?? ""
                print(title.isEmpty ? name : "\(name)\t\(title)")
            }
        } catch {
            throw fail(error)
        }
    }
}
