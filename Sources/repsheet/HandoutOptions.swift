import ArgumentParser
import Foundation
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

    /// With --clients: a booklet needs --merge; the log, brand and blank belong in the routine.
    func validate(clients: ClientOptions) throws {
        guard clients.clients != nil else { return }
        if booklet, clients.merge == nil { throw ValidationError("--booklet with --clients needs --merge OUT.pdf") }
        for (flag, given) in [("--track", track != nil), ("--brand", brand != nil), ("--blank", blank != nil)]
        where given {
            throw ValidationError(
                "\(flag) is for one handout; with --clients put `track:` or `brand:` in the routine instead")
        }
    }

    /// Imposes the PDF at `path` as a booklet, in place.
    static func impose(_ path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        do throws(RepSheetError) {
            try AtomicWriter.write([(path: path, data: try SheetMaker.booklet(data))])
        } catch {
            throw fail(error)
        }
    }
}
