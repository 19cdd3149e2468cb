import ArgumentParser

/// Options about the text of a sheet: fonts and characters.
struct TextOptions: ParsableArguments {
    @Flag(help: "Print characters that no font has as empty boxes instead of stopping with an error.")
    var allowMissingGlyphs = false
}
