import Foundation
import Layout
import PlainLanguage
import XCTest

@testable import RepSheet

/// Words too long for their line are broken between syllables, from the language's hyphenation
/// dictionary, and words that fit are never hyphenated.
final class SheetHyphenationTests: XCTestCase {
    static let word = "Oberschenkelmuskulaturdehnungsübungsprogrammdurchführung"
    static let font = FontSpec(family: "Atkinson Hyperlegible", size: .pt(14), weight: .bold)

    /// The German dictionary, or a skip when `hyphen-de` is not installed.
    private func germanHyphenator(for words: [String]) throws -> Hyphenator {
        try XCTUnwrap(Hyphenator(language: "de", words: words), "hyphen-de is not installed")
    }

    /// The character counts after which `word` may be broken in German.
    private func syllableBreaks(of word: String) throws -> Set<Int> {
        Set(try germanHyphenator(for: [word]).breakOffsets(in: word).map { $0 + 1 })
    }

    /// Where `lines`, each but the last ending in "-", break the text they hold (in characters).
    private func breakOffsets(of lines: [String]) -> [Int] {
        var offset = 0
        return lines.dropLast().map { line in
            offset += line.count - 1
            return offset
        }
    }

    func testTheDictionaryFindsGermanSyllables() throws {
        let hyphenator = try germanHyphenator(for: ["Sprunggelenk", "Rückenübung"])
        XCTAssertEqual(hyphenator.breakOffsets(in: "Sprunggelenk"), [5, 7])  // Sprung-ge-lenk
        XCTAssertEqual(hyphenator.breakOffsets(in: "Sprunggelenk", rightMinimum: 5), [5])
        XCTAssertEqual(hyphenator.breakOffsets(in: "Rückenübung"), [1, 5])  // Rü-cken-übung (ck stays whole)
        XCTAssertEqual(hyphenator.breakOffsets(in: "Knie"), [])
    }

    func testAWordWiderThanTheLineBreaksBetweenSyllables() throws {
        let maker = try SheetMaker()
        let measurer = HyphenatingMeasurer(base: maker.measurer, language: "de", store: HyphenationStore())
        let maxWidth = Length.pt(150)
        let lines = measurer.lines(of: Self.word, font: Self.font, maxWidth: maxWidth)
        XCTAssertGreaterThan(lines.count, 2, "\(lines)")
        for line in lines.dropLast() {
            XCTAssertTrue(line.hasSuffix("-"), line)
            XCTAssertLessThanOrEqual(maker.measurer.width(of: line, font: Self.font).points, 150.01, line)
        }
        XCTAssertFalse(lines.joined().unicodeScalars.contains("\u{AD}"), "\(lines)")
        XCTAssertEqual(lines.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined(), Self.word)
        let allowed = try syllableBreaks(of: Self.word)
        for offset in breakOffsets(of: lines) {
            XCTAssertTrue(allowed.contains(offset), "\(lines): a break after \(offset) letters is in no syllable break")
        }
        // Pango alone breaks it between any two letters ("…muskulaturdehn-ungs…").
        let pangoAlone = maker.measurer.lines(of: Self.word, font: Self.font, maxWidth: maxWidth)
        XCTAssertFalse(breakOffsets(of: pangoAlone).allSatisfy(allowed.contains), "\(pangoAlone)")
    }

    func testWordsThatFitTheLineAreNotHyphenated() throws {
        let maker = try SheetMaker()
        let measurer = HyphenatingMeasurer(base: maker.measurer, language: "de", store: HyphenationStore())
        let text = "Die Kniegelenksbeugemuskulatur und die Hüftgelenksstabilisierungsübungen sind wichtig."
        let lines = measurer.lines(of: text, font: Self.font, maxWidth: .pt(300))
        XCTAssertEqual(lines, maker.measurer.lines(of: text, font: Self.font, maxWidth: .pt(300)))
        XCTAssertFalse(lines.contains { $0.hasSuffix("-") }, "\(lines)")
    }

    /// An address or a code is never hyphenated: a reader would type the added hyphen.
    func testAddressesAndCodesAreNotHyphenated() throws {
        for token in [
            "videos.example.com/acl/clamshell-with-band-very-long-address", "physiotherapie@example.com",
            "Übungsprogramm_Sprunggelenk", "Sprunggelenk.Verstauchung", "Übung2Sprunggelenksverstauchung",
        ] {
            XCTAssertFalse(HyphenatingMeasurer.isWord(token), token)
        }
        for token in ["Sprunggelenksverstauchung,", "(Hüftgelenksoperation)", "„Kniebeuge“", "Knie-Sehnen-Dehnung."] {
            XCTAssertTrue(HyphenatingMeasurer.isWord(token), token)
        }
        let maker = try SheetMaker()
        let measurer = HyphenatingMeasurer(base: maker.measurer, language: "en", store: HyphenationStore())
        let address = "videos.example.com/acl/clamshell-with-band-very-long-address-to-see-how-the-qr-code-copes"
        XCTAssertEqual(
            measurer.lines(of: address, font: Self.font, maxWidth: .pt(200)),
            maker.measurer.lines(of: address, font: Self.font, maxWidth: .pt(200)))
    }

    func testALanguageWithoutADictionaryKeepsPangosBreaks() throws {
        let maker = try SheetMaker()
        let store = HyphenationStore()
        let measurer = HyphenatingMeasurer(base: maker.measurer, language: "xx", store: store)
        let lines = measurer.lines(of: Self.word, font: Self.font, maxWidth: .pt(150))
        XCTAssertEqual(lines, maker.measurer.lines(of: Self.word, font: Self.font, maxWidth: .pt(150)))
        XCTAssertEqual(store.breakOffsets(of: [Self.word], language: "xx"), [:])
    }

    /// A German card on A5: the step name, wider than the card, breaks between syllables in the PDF.
    func testAGermanCardBreaksItsLongStepNameBetweenSyllables() throws {
        let directory = try Tool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let routine = directory.appendingPathComponent("lang.yaml")
        try """
        title: Knie
        language: de
        steps:
          - name: \(Self.word)
            reps: 3
        """.write(to: routine, atomically: true, encoding: .utf8)
        let pdf = directory.appendingPathComponent("lang.pdf")
        _ = try Tool.run(
            Tool.repsheet, ["render", routine.path, "--layout", "cards", "--page-size", "a5", "-o", pdf.path])
        let html = try Tool.run("pdftotext", ["-bbox", pdf.path, "-"]).stdout
        let words = html.components(separatedBy: "</word>").compactMap { $0.components(separatedBy: ">").last }
        let start = try XCTUnwrap(words.firstIndex { $0.hasPrefix("Oberschenkel") }, "\(words)")
        var fragments = [words[start]]
        while let last = fragments.last, last.hasSuffix("-"), start + fragments.count < words.count {
            fragments.append(words[start + fragments.count])
        }
        XCTAssertGreaterThan(fragments.count, 1, "\(fragments)")
        XCTAssertEqual(fragments.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined(), Self.word)
        let allowed = try syllableBreaks(of: Self.word)
        XCTAssertTrue(breakOffsets(of: fragments).allSatisfy(allowed.contains), "\(fragments)")
    }
}
