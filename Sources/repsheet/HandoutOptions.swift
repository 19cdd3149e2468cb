import ArgumentParser
import RepSheet

/// Options that make a handout of more than one sheet, or change what a handout holds.
struct HandoutOptions: ParsableArguments {
    @Option(help: "Append a log of DAYS days (1-31) after each sheet, as `track: {days: DAYS}` does.")
    var track: Int?

    @Option(
        help:
            "A brand file (clinic name, logo, address, phone, web, accent) for the sheet; overrides the routine's `brand`."
    )
    var brand: String?

    @Flag(help: "Impose the PDF two-up on Letter (A4 for A5 pages) landscape in booklet order, to fold in half.")
    var booklet = false

    @Option(help: "Print N numbered empty steps (1-50) to fill in by hand, around ROUTINE's header if one is given.")
    var blank: Int?

    func validate() throws {
        if let track, !(1...31).contains(track) {
            throw ValidationError("--track must be a number of days from 1 to 31, found \(track)")
        }
        if let blank, !Handout.blankStepRange.contains(blank) {
            throw ValidationError("--blank must be a number of steps from 1 to 50, found \(blank)")
        }
    }
}
