import ArgumentParser
import Foundation
import RepSheet

/// Folders a routine may name files in besides its own: `--allow-path DIR`, repeatable.
struct AccessOptions: ParsableArguments {
    @Option(
        name: .customLong("allow-path"),
        help: ArgumentHelp(
            "Let the routine's image: and layout: name files in DIR too (repeatable); by default only files "
                + "in the routine's own folder and the built-in data are read.",
            valueName: "DIR"))
    var allowPath: [String] = []

    func validate() throws {
        for folder in allowPath {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--allow-path must name a folder that exists, found \"\(folder)\"")
            }
        }
    }

    /// A maker that lets routines name files in the allowed folders.
    func maker() throws(RepSheetError) -> SheetMaker {
        var maker = try SheetMaker()
        maker.allowedFolders = allowPath
        return maker
    }
}
