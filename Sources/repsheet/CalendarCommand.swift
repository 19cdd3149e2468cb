import ArgumentParser
import Foundation
import Reminders
import RepSheet
import Routine

/// `repsheet calendar`: writes a routine's sessions as an iCalendar file.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Write the routine's sessions as an iCalendar (.ics) file with reminders.",
        discussion: """
            One recurring event per session of the day at the routine's frequency ("Once a day", \
            "Twice a day", "Three times a week", "Every other day", "Daily", ...), from its date:, \
            with a reminder and the steps and doses in the description. The same routine always \
            gives the same bytes. Exit status: 0, 64 for a bad option, 65 for an invalid routine or \
            a frequency or date the calendar cannot use, 66 for a missing file.
            """
    )

    @Argument(help: "The routine file (.yaml, .yml or .json), or a built-in example name.")
    var file: String

    @Option(name: .shortAndLong, help: "The .ics file to write; - for standard output.")
    var output: String

    @Option(
        help:
            "How many weeks the sessions repeat (the plan's weeks for a routine with `weeks:` or `progress:`, else 6).")
    var weeks: Int?

    @Option(help: "The first day (YYYY-MM-DD) when the routine has no date:, or to override it.")
    var start: String?

    @Option(help: "Session times, such as 07:30,19:00 (daily when the frequency cannot be read).")
    var times: String?

    @Option(help: "Length of a session in minutes.")
    var minutes = 20

    @OptionGroup var access: AccessOptions

    func validate() throws {
        if let weeks, !(1...520).contains(weeks) {
            throw ValidationError("--weeks must be 1...520, found \(weeks)")
        }
        guard (1...600).contains(minutes) else { throw ValidationError("--minutes must be 1...600, found \(minutes)") }
        if let start, CalendarDate(start) == nil {
            throw ValidationError("--start must be a date YYYY-MM-DD, found \"\(start)\"")
        }
        if let times, CalendarCommand.parseTimes(times) == nil {
            throw ValidationError("--times must be times HH:MM separated by commas, found \"\(times)\"")
        }
    }

    /// "07:30,19:00" → [450, 1140], or `nil`.
    static func parseTimes(_ text: String) -> [Int]? {
        var minutes: [Int] = []
        for item in text.split(separator: ",") {
            let parts = item.trimmingCharacters(in: .whitespaces).split(separator: ":")
            guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour),
                (0...59).contains(minute)
            else { return nil }
            minutes.append(hour * 60 + minute)
        }
        return minutes.isEmpty ? nil : Array(Set(minutes))
    }

    func run() throws {
        let maker: SheetMaker
        do { maker = try access.maker() } catch { throw fail(error) }
        let routine: Routine
        do { routine = try maker.loadRoutine(path: file) } catch { throw fail(error) }
        var calendar = CalendarMaker()
        calendar.weeks = weeks ?? (routine.planWeeks > 0 ? routine.planWeeks : 6)
        calendar.minutes = minutes
        calendar.start = start.flatMap(CalendarDate.init)
        calendar.times = times.flatMap(CalendarCommand.parseTimes)
        let text: String
        do { text = try calendar.calendar(for: routine) } catch {
            printError("\(file): error: \(error.description)")
            throw ExitCode(65)
        }
        if output == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        // A folder gets the calendar inside it, named after the routine file.
        var path = output
        var isFolder: ObjCBool = false
        if output.hasSuffix("/")
            || (FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue)
        {
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            path = (output as NSString).appendingPathComponent((stem.isEmpty ? "calendar" : stem) + ".ics")
        }
        do { try AtomicWriter.write([(path: path, data: Data(text.utf8))]) } catch {
            throw fail(error)
        }
        print("Wrote \(path)")
    }
}
