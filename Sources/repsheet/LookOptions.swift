import ArgumentParser
import RepSheet

/// Options that change how a sheet looks: layout and page.
struct LookOptions: ParsableArguments {
    @Option(help: "A built-in layout name or a layout file; overrides the routine's `layout`.")
    var layout: String?

    /// `--paper` too: the word a new user tries first.
    @Option(
        name: [.customLong("page-size"), .customLong("paper")],
        help:
            "Paper size for any layout: letter, a4, legal, a5, half-letter, or WIDTH x HEIGHT such as \"210mm x 99mm\"."
    )
    var pageSize: String?

    func validate() throws {
        if let pageSize, PaperSize.parse(pageSize) == nil { throw ValidationError(PaperSize.problem(pageSize)) }
    }
}
