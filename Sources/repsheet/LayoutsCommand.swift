import ArgumentParser
import Foundation
import RepSheet

/// `repsheet layouts`: lists the built-in layouts, one line each.
struct LayoutsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layouts", abstract: "List the built-in layouts (pick one with --layout NAME).")

    func run() throws {
        do {
            let resources = try Resources.locate()
            let library = LayoutLibrary(directory: resources.layoutsDirectory)
            let names = library.names
            let width = names.map(\.count).max() ?? 0
            for name in names {
                let description = (try? library.load(name).description) ?? ""
                let padded = name.padding(toLength: width, withPad: " ", startingAt: 0)
                print(description.isEmpty ? name : "\(padded)  \(description)")
            }
        } catch {
            throw fail(error)
        }
    }
}
