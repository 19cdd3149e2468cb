import Foundation
import Routine
import XCTest

@testable import Layout

/// Cards stay whole across pages: a row is never cut, each card keeps its own height, a card taller
/// than a page goes full width and continues under its number and "Name (continued)".
final class CardsPageTests: XCTestCase {
    /// Letter, A4 and half-letter.
    static let sizes: [(name: String, size: Size)] = [
        ("Letter", Size(width: .inches(8.5), height: .inches(11))),
        ("A4", Size(width: .mm(210), height: .mm(297))),
        ("half-letter", Size(width: .inches(5.5), height: .inches(8.5))),
    ]

    static let long =
        "Sit on a firm chair with your feet flat on the floor, hip-width apart, and your back straight against the backrest so that your shoulders are relaxed and your neck is long."

    func definition(_ size: Size) throws -> LayoutDefinition {
        var definition = try AllLayoutsTests.library.load("cards")
        definition.page.size = size
        return definition
    }

    func layout(_ routine: Routine, _ definition: LayoutDefinition) -> Sheet {
        SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
    }

    /// A card (or the part of one on a page): its frame, badge number and the items inside it.
    struct Piece {
        let page: Int
        let frame: Rect
        let number: Int?
        let items: [PageItem]
        var runs: [TextRun] { items.compactMap { if case .text(let run) = $0 { run } else { nil } } }
        var checkboxes: [Rect] { items.compactMap { if case .checkbox(let box) = $0 { box.frame } else { nil } } }
    }

    /// Every card frame on every page, in page order, with the items it holds.
    func pieces(_ sheet: Sheet, _ definition: LayoutDefinition) -> [Piece] {
        var found: [Piece] = []
        for (index, page) in sheet.pages.enumerated() {
            for item in page.items {
                guard case .box(let box) = item, box.stroke == definition.colors.hairline, box.fill == nil,
                    box.cornerRadius == definition.spacing.cardRadius
                else { continue }
                let inside = page.items.filter { box.frame.contains($0.frame) && $0 != item }
                let number = inside.compactMap { item -> Int? in
                    guard case .text(let run) = item, run.color == .white else { return nil }
                    return Int(run.text)
                }.first
                found.append(Piece(page: index, frame: box.frame, number: number, items: inside))
            }
        }
        return found
    }

    /// Checks every card of `routine` on `sheet`: its first checkbox shares a piece (and so a page)
    /// with its badge and its name; only a card taller than half a page is in several pieces, and those
    /// are full width and headed "Name (continued)"; cards side by side start level.
    func assertCardsWhole(
        _ routine: Routine, _ sheet: Sheet, _ definition: LayoutDefinition, label: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let pieces = pieces(sheet, definition)
        let frame = ContentFrame(definition: definition)
        let fullPage = frame.content.maxY - frame.continuationTop
        let steps = routine.allSteps
        for (index, step) in steps.enumerated() {
            let number = index + 1
            let own = pieces.filter { $0.number == number }
            guard let first = own.first else {
                XCTFail("\(label): card \(number) has no badge", file: file, line: line)
                continue
            }
            XCTAssertTrue(
                first.runs.contains { $0.text == step.name }, "\(label): card \(number) starts without its name",
                file: file, line: line)
            if let boxed = own.first(where: { !$0.checkboxes.isEmpty }) {
                // Only words taller than a page push the first boxes onto a later page: the pieces
                // before the first boxes, and the boxed piece down to its first box.
                let firstBox = boxed.checkboxes.map(\.minY).min() ?? boxed.frame.minY
                let words =
                    own.prefix { $0.checkboxes.isEmpty }.map(\.frame.height).reduce(.zero, +)
                    + (firstBox - boxed.frame.minY)
                let wordsFillAPage = words > fullPage
                XCTAssertTrue(
                    boxed.runs.contains { $0.text == step.name }
                        || own.first?.checkboxes.isEmpty == true && wordsFillAPage,
                    "\(label): card \(number)'s first boxes are on page \(boxed.page + 1) without its name", file: file,
                    line: line)
            } else if step.dose.boxesPerSide > 0 {
                XCTFail("\(label): card \(number) has no checkboxes", file: file, line: line)
            }
            if own.count > 1 {
                let height = own.map(\.frame.height).reduce(.zero, +)
                XCTAssertGreaterThan(
                    height, fullPage * CardPlanner.tallCard,
                    "\(label): card \(number) was cut though it is shorter than half a page")
                for piece in own {
                    XCTAssertEqual(
                        piece.frame.width.points, frame.content.width.points, accuracy: 0.01,
                        "\(label): card \(number) is cut across pages but not full width", file: file, line: line)
                }
                for piece in own.dropFirst() {
                    XCTAssertTrue(
                        piece.runs.contains { $0.text == "\(step.name) (continued)" },
                        "\(label): card \(number) continues without \"(continued)\"", file: file, line: line)
                }
            }
        }
        // Cards beside each other (same page, overlapping vertically) start level.
        for a in pieces.indices {
            for b in pieces.indices where b > a && pieces[a].page == pieces[b].page {
                let p = pieces[a].frame, q = pieces[b].frame
                guard p.minY < q.maxY, q.minY < p.maxY else { continue }
                XCTAssertEqual(
                    p.minY.points, q.minY.points, accuracy: 0.01, "\(label): cards side by side not top-aligned")
            }
        }
        SheetChecks.assertInsideMargins(sheet, definition, label: label, file: file, line: line)
        SheetChecks.assertNoTextOverlaps(sheet, label: label, file: file, line: line)
        SheetChecks.assertNoCheckboxOverlaps(sheet, label: label, file: file, line: line)
    }

    /// Routines that used to cut cards: progressions with sets and sides, long instructions, tall grids.
    static var corpus: [(name: String, routine: Routine)] {
        let bridging = Routine(
            title: "Back Arthritis - Bridging Progression", client: "Alexandra Montgomery-Fitzgerald",
            sections: [
                Section(
                    title: "Bridging",
                    steps: [
                        Step(name: "Double bridge", instructions: .paragraph(long), dose: Dose(reps: 10, sets: 2)),
                        Step(
                            name: "Bridge march", instructions: .paragraph(long),
                            dose: Dose(reps: 8, sets: 3, sides: .each)),
                        Step(name: "Single bridge", dose: Dose(reps: 6, sets: 2, sides: .each)),
                    ])
            ], notes: ["Stop if you feel sharp pain."])
        let mixed = Routine(
            title: "Mixed",
            sections: [
                Section(
                    title: "All",
                    steps: (1...9).map {
                        Step(
                            name: "Step \($0)",
                            instructions: .paragraph(String(repeating: long + " ", count: $0 % 3 + 1)),
                            dose: Dose(reps: 4 + $0 * 2, sets: $0 % 4 + 1, sides: $0 % 2 == 0 ? .each : .none))
                    })
            ], notes: ["A note."])
        let giant = Routine(
            title: "Giant",
            sections: [
                Section(
                    title: nil,
                    steps: [
                        Step(name: "Short", dose: Dose(reps: 3)),
                        Step(
                            name: "Huge", instructions: .numbered(Array(repeating: long, count: 6)),
                            dose: Dose(reps: 20, sets: 5, sides: .each)),
                        Step(name: "After", dose: Dose(reps: 5)),
                    ])
            ])
        return [("bridging", bridging), ("mixed", mixed), ("giant", giant)]
    }

    func testNoCardIsCutUnlessTallerThanAPageAndEachKeepsItsNameWithItsBoxes() throws {
        for (size, pageSize) in Self.sizes {
            let definition = try definition(pageSize)
            for (name, routine) in Self.corpus {
                assertCardsWhole(routine, layout(routine, definition), definition, label: "\(name) \(size)")
            }
        }
    }

    func testACardTallerThanAPageGoesFullWidthAndContinues() throws {
        let definition = try definition(Self.sizes[0].size)
        let routine = Self.corpus[2].routine
        let sheet = layout(routine, definition)
        let huge = pieces(sheet, definition).filter { $0.number == 2 }
        XCTAssertGreaterThan(huge.count, 1, "the huge card fits a page: make it taller")
        XCTAssertEqual(Set(huge.map(\.page)).count, huge.count, "one piece a page")
        XCTAssertEqual(huge.flatMap(\.checkboxes).count, 200)
        for piece in huge.dropFirst() {
            XCTAssertTrue(piece.runs.contains { $0.text == "Huge (continued)" })
            // The continuation's first boxes start below its header, not on the card's border.
            let header = try XCTUnwrap(piece.runs.first { $0.text == "Huge (continued)" })
            XCTAssertGreaterThan(piece.checkboxes.map(\.minY).min() ?? .zero, header.frame.maxY)
        }
        for piece in huge.dropLast() {
            let lowest = piece.items.map(\.frame.maxY).max() ?? .zero
            XCTAssertGreaterThanOrEqual(
                (piece.frame.maxY - lowest).points, Length.mm(3).points, "boxes sit on the card's cut border")
        }
    }

    func testAFullWidthCardSetsItsPictureBesideItsWords() throws {
        let definition = try definition(Self.sizes[0].size)
        let sheet = layout(Self.corpus[2].routine, definition)
        let huge = try XCTUnwrap(pieces(sheet, definition).first { $0.number == 2 })
        let name = try XCTUnwrap(huge.runs.first { $0.text == "Huge" })
        let tiles = huge.items.compactMap { item -> Rect? in
            guard case .box(let box) = item, box.fill == definition.colors.tint, box.frame.height > .mm(20) else {
                return nil
            }
            return box.frame
        }
        let tile = try XCTUnwrap(tiles.first, "no picture tile")
        XCTAssertLessThan(tile.maxX, name.frame.minX, "the name is beside the picture")
        XCTAssertLessThan(tile.minY, name.frame.maxY)
        // The boxes use the card's whole width under the words, not just the column beside the picture.
        let all = pieces(sheet, definition).filter { $0.number == 2 }.flatMap(\.checkboxes)
        let boxes = try XCTUnwrap(all.map(\.minX).min())
        XCTAssertLessThan(boxes, tile.maxX)
    }

    func testAShortCardKeepsItsOwnHeightBesideATallOne() throws {
        let definition = try definition(Self.sizes[0].size)
        let routine = Routine(
            title: "Heights",
            sections: [
                Section(
                    title: nil,
                    steps: [
                        Step(name: "Short", dose: Dose(reps: 3)),
                        Step(
                            name: "Tall", instructions: .paragraph(Self.long + " " + Self.long),
                            dose: Dose(reps: 10, sets: 2)),
                    ])
            ])
        let sheet = layout(routine, definition)
        let cards = pieces(sheet, definition).filter { $0.number != nil }
        XCTAssertEqual(cards.count, 2)
        let short = try XCTUnwrap(cards.first { $0.number == 1 }), tall = try XCTUnwrap(cards.first { $0.number == 2 })
        XCTAssertEqual(short.page, tall.page)
        XCTAssertEqual(short.frame.minY.points, tall.frame.minY.points, accuracy: 0.01, "top-aligned")
        XCTAssertLessThan(short.frame.width, tall.frame.width * 1.01, "side by side")
        XCTAssertLessThan(short.frame.height + .mm(20), tall.frame.height, "the short card was stretched")
        XCTAssertEqual(short.frame.height.points, definition.spacing.cardHeight.points, accuracy: 0.01)
        // The short card's boxes sit at its own foot, not level with the tall card's.
        let boxes = try XCTUnwrap(short.checkboxes.map(\.maxY).max())
        XCTAssertLessThan((short.frame.maxY - boxes).points, Length.mm(12).points)
    }

    func testCardsOfNearlyTheSameHeightAreLevelled() throws {
        let definition = try definition(Self.sizes[0].size)
        let routine = Routine(
            title: "Level",
            sections: [
                Section(
                    title: nil,
                    steps: [
                        Step(name: "One", instructions: .paragraph(Self.long), dose: Dose(reps: 5)),
                        Step(name: "Two", instructions: .paragraph(Self.long + " Then relax."), dose: Dose(reps: 5)),
                    ])
            ])
        let cards = pieces(layout(routine, definition), definition).filter { $0.number != nil }
        XCTAssertEqual(cards.count, 2)
        XCTAssertEqual(cards[0].frame.height.points, cards[1].frame.height.points, accuracy: 0.01)
    }

    func testAVeryTallCardBesideAShortOneTakesTheFullWidthWhenThatSavesRoom() throws {
        let definition = try definition(Self.sizes[0].size)
        let text = Array(repeating: Self.long, count: 2)
        let routine = Routine(
            title: "Tall and short",
            sections: [
                Section(
                    title: nil,
                    steps: [
                        Step(name: "Very tall", instructions: .numbered(text), dose: Dose(reps: 5)),
                        Step(name: "Short A", dose: Dose(reps: 5)),
                        Step(name: "Short B", dose: Dose(reps: 5)),
                    ])
            ])
        let sheet = layout(routine, definition)
        let cards = pieces(sheet, definition).filter { $0.number != nil }
        let tall = try XCTUnwrap(cards.first { $0.number == 1 })
        let content = ContentFrame(definition: definition).content
        XCTAssertEqual(tall.frame.width.points, content.width.points, accuracy: 0.01, "the tall card is full width")
        let a = try XCTUnwrap(cards.first { $0.number == 2 }), b = try XCTUnwrap(cards.first { $0.number == 3 })
        // The first short card fills page 1 beside nothing rather than leave the notes a page of their own.
        XCTAssertEqual(a.page, 0)
        XCTAssertEqual(b.page, sheet.pages.count - 1, "the last page starts a card")
        assertCardsWhole(routine, sheet, definition, label: "tall and short")
    }

    /// Short cards in `rows` rows of two, then the Notes card.
    func shortCards(rows: Int) -> Routine {
        Routine(
            title: "Notes",
            sections: [
                Section(title: nil, steps: (1...rows * 2).map { Step(name: "Step \($0)", dose: Dose(reps: 5)) })
            ], notes: ["Stop if it hurts."])
    }

    /// The Notes card's writing lines: the rules as wide as the card's text, under the notes.
    func writingLines(_ page: Page, _ definition: LayoutDefinition) -> Int {
        page.items.filter {
            if case .rule(let rule) = $0 { rule.color == definition.colors.writingLine } else { false }
        }.count
    }

    func testTheNotesCardShrinksRatherThanStartAPageOfItsOwn() throws {
        // A row of cards leaves the notes room for a few lines on a page 230 mm tall, not six.
        let definition = try definition(Size(width: .inches(8.5), height: .mm(230)))
        let sheet = layout(shortCards(rows: 1), definition)
        XCTAssertEqual(sheet.pages.count, 1)
        let lines = writingLines(sheet.pages[0], definition)
        XCTAssertGreaterThanOrEqual(lines, 2)
        XCTAssertLessThan(lines, definition.notesLines)
    }

    func testTheNotesCardFillsWhatTheLastPageLeaves() throws {
        let definition = try definition(Self.sizes[0].size)
        let sheet = layout(shortCards(rows: 1), definition)
        XCTAssertEqual(sheet.pages.count, 1)
        XCTAssertGreaterThan(writingLines(sheet.pages[0], definition), definition.notesLines)
        SheetChecks.assertInsideMargins(sheet, definition)
    }

    func testTheLastRowGoesWithTheNotesRatherThanLeaveThemAlone() throws {
        // Three rows: the third fills page 2 too far for any notes; it moves to page 3 with them.
        let definition = try definition(Self.sizes[0].size)
        let sheet = layout(shortCards(rows: 5), definition)
        let last = try XCTUnwrap(sheet.pages.last)
        XCTAssertGreaterThan(sheet.pages.count, 1)
        XCTAssertTrue(last.textRuns.contains { $0.color == .white && Int($0.text) != nil }, "notes alone")
        XCTAssertTrue(last.textRuns.contains { $0.text == "Notes" })
    }
}
