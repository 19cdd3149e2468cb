import ArgumentParser
import Foundation
import PlainLanguage
import RepSheet

/// `repsheet lint`: reports how plain a routine's words are.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Report reading grades, long sentences and words a plain-language list would replace.",
        discussion: """
            For the intro, each step (instructions and note) and the notes, prints the reading grade \
            (Flesch–Kincaid for English; Fernández Huerta for Spanish, Kandel–Moles for French, the \
            Wiener Sachtextformel for German; other languages are not rated), every sentence over \
            --max-words words and every word the plain-language list would replace, as \
            FILE:LINE:COLUMN: severity: PASSAGE: MESSAGE; SUGGESTION. Syllables come from libhyphen's \
            dictionaries under /usr/share/hyphen. Exit status: 0, or 65 when a passage reads above \
            --max-grade or a file is invalid, 66 when a file is missing.
            """
    )

    @Argument(help: "Routine files (.yaml, .yml or .json), or built-in example names.")
    var files: [String]

    @Option(name: .customLong("max-grade"), help: "Fail (exit 65) when a passage reads above this grade.")
    var maxGrade: Double?

    @Option(name: .customLong("max-words"), help: "Report sentences with more words than this.")
    var maxWords = 20

    @OptionGroup var access: AccessOptions

    func validate() throws {
        guard (1...200).contains(maxWords) else {
            throw ValidationError("--max-words must be a whole number from 1 to 200, found \(maxWords)")
        }
        if let maxGrade, !(0...30).contains(maxGrade) {
            throw ValidationError("--max-grade must be a grade from 0 to 30, found \(maxGrade)")
        }
    }

    func run() throws {
        let maker: SheetMaker
        do { maker = try access.maker() } catch { throw fail(error) }
        let linter = Linter(maxSentenceWords: maxWords, maxGrade: maxGrade)
        var worst: Int32 = 0
        for file in files {
            do {
                let routine = try maker.loadRoutine(path: file)
                let source = routine.source.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
                let (findings, overall) = linter.report(routine, source: source)
                for finding in findings { print(TextEscaping.escaped(finding.description, keepLineBreaks: false)) }
                if let overall {
                    print("\(file): the whole routine reads at \(overall.summary)")
                }
                if findings.contains(where: { $0.kind == .gradeTooHigh }), worst == 0 { worst = 65 }
            } catch {
                printError(error.description)
                let status = error.exitCode
                if worst == 0 || status == 66 { worst = status }
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
