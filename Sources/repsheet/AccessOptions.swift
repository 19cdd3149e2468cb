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
        // The maker whose fonts were loaded while the command line was parsed, if any.
        var maker: SheetMaker
        if let early = FontWarmUp.current?.maker { maker = early } else { maker = try SheetMaker() }
        maker.allowedFolders = allowPath
        return maker
    }
}
