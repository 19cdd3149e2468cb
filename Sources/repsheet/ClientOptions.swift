import ArgumentParser
import Foundation
import RepSheet

/// Options that make a personal copy of a routine: one client from the command line, or many
/// from a client file.
struct ClientOptions: ParsableArguments {
    @Option(help: "The client's name for the Name field; overrides the routine's `client`.")
    var client: String?

    @Option(help: "The date for the Date field, YYYY-MM-DD; overrides the routine's `date`.")
    var date: String?

    @Option(help: "The clinic or therapist line; overrides the routine's `provider`.")
    var provider: String?

    @Option(
        help: """
            A client file, CSV or YAML: one sheet per client (with --out-dir or --merge); \
            example:clients names a built-in example list (`repsheet examples` lists them).
            """)
    var clients: String?

    @Option(help: "The folder for the client sheets: <name>.pdf, or <name>-p<page>.png; a repeated name gets -2, -3.")
    var outDir: String?

    @Option(help: "Put every client's sheets in this one PDF, each client starting on a new page.")
    var merge: String?

    @Flag(help: "With --merge: start each client on an odd page, for printing on both sides.")
    var duplex = false

    @Option(help: "Sheets made at the same time; the number of cores by default.")
    var jobs: Int?

    mutating func validate() throws {
        if let date, !date.isEmpty, CalendarDate(date) == nil {
            throw ValidationError(
                "--date must be a day written YYYY-MM-DD that exists, such as 2026-12-01, found \"\(date)\"")
        }
        if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs must be from 1 to 256, found \(jobs)") }
        // As in the routine's `client:` and `provider:`: a control character cannot be printed.
        for (flag, value) in [("--client", client), ("--provider", provider)] {
            if let value, let control = FieldValues.firstControl(in: value) {
                throw ValidationError(Messages.controlCharacter(flag, control))
            }
            if let value, value.count > RoutineLimits.maxShortText {
                throw ValidationError(Messages.tooLong(flag, length: value.count, limit: RoutineLimits.maxShortText))
            }
        }
        if clients == nil {
            for (flag, given) in [
                ("--out-dir", outDir != nil), ("--merge", merge != nil), ("--duplex", duplex), ("--jobs", jobs != nil),
            ]
            where given {
                throw ValidationError("\(flag) needs --clients FILE")
            }
            return
        }
        if client != nil || date != nil || provider != nil {
            throw ValidationError(
                "--client, --date and --provider are for one sheet; put them in the --clients file instead")
        }
        switch (outDir, merge) {
        case (nil, nil): throw ValidationError("--clients needs --out-dir DIR (a file per client) or --merge OUT.pdf")
        case (.some, .some): throw ValidationError("use --out-dir or --merge, not both")
        default: break
        }
        if let merge, (merge as NSString).pathExtension.lowercased() != "pdf" {
            throw ValidationError("--merge writes one PDF; its name must end in .pdf, found \"\(merge)\"")
        }
        if duplex, merge == nil { throw ValidationError("--duplex needs --merge OUT.pdf") }
    }

    /// The routine with the name, date and provider given on the command line.
    func applied(to routine: Routine) -> Routine {
        var result = routine
        if let client { result.client = client }
        // An empty --date (or --client) prints an empty line to write on, whatever the routine says.
        if let date { result.date = date.isEmpty ? nil : CalendarDate(date) }
        if let provider { result.provider = provider }
        return result
    }
}

extension ClientOptions {
    /// The batch to run when --clients is given; `nil` otherwise.
    /// - Throws: `ValidationError` when -o or the format does not fit a batch.
    func batch(routine: String, output: String?, options: SheetOptions, allowedFolders: [String] = []) throws
        -> ClientBatchRunner?
    {
        guard let clients else { return nil }
        if output != nil { throw ValidationError("with --clients, use --out-dir DIR or --merge OUT.pdf instead of -o") }
        let destination: BatchOutput
        if let merge {
            if options.format != .pdf {
                throw ValidationError("--merge writes a PDF; leave out --format \(options.format.rawValue)")
            }
            destination = .merged(path: merge, duplex: duplex)
        } else {
            destination = .files(directory: outDir ?? ".")
        }
        return ClientBatchRunner(
            routinePath: routine, clientsPath: clients, output: destination, options: options, jobs: jobs,
            allowedFolders: allowedFolders)
    }
}
