import ArgumentParser

/// Options that change how a sheet looks: layout and page.
struct LookOptions: ParsableArguments {
    @Option(help: "A built-in layout name or a layout file; overrides the routine's `layout`.")
    var layout: String?

    @Flag(help: "Outline every placed item, to check the layout.")
    var debugBoxes = false
}
