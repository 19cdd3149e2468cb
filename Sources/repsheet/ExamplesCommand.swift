import ArgumentParser
import Foundation
import RepSheet

/// `repsheet examples`: lists the built-in example routines and client lists, and where they are.
struct ExamplesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "examples",
        abstract: "List the built-in example routines (render one by its name) and client lists.")

    func run() throws {
        do {
            let resources = try Resources.locate()
            for name in resources.exampleNames {
                guard let path = resources.example(named: name) else { continue }
                // The title and, as a one-line description, the subtitle.
                let routine = try? RoutineLoader.load(path: path)
                let words = [routine?.title, routine?.subtitle].compactMap { $0 }.filter { !$0.isEmpty }
                print(words.isEmpty ? name : "\(name)\t\(words.joined(separator: " — "))")
            }
            let lists = resources.exampleClientListNames
            if !lists.isEmpty {
                print("\nClient lists (--clients example:NAME):")
                for name in lists { print("example:\(name)") }
            }
            print("\nThe examples are in \(resources.examplesDirectory)")
        } catch {
            throw fail(error)
        }
    }
}
