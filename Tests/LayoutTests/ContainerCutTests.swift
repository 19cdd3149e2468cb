import Foundation
import XCTest

@testable import Layout

/// A page break through an outline inside a step (a caution): the outline goes on under the
/// continuation header, not across it, with its words a little inside it; and the outline's word
/// ("Caution") stays with its first lines.
final class ContainerCutTests: XCTestCase {
    let font = FontSpec(family: "Sans", size: .pt(10))

    func line(_ text: String, top: Double) -> PageItem {
        .text(
            TextRun(text: text, font: font, color: .black, origin: Point(x: .pt(20), y: .pt(top + 9)), width: .pt(80)))
    }

    /// A step: its name at the top, then a caution outline from 40 pt holding its word and four
    /// lines, 12 pt apart; "(continued)" under the name heads the rest.
    var step: Block {
        var block = Block(items: [line("Bridge", top: 0)], height: .pt(120))
        block.add(
            .box(
                Box(
                    frame: Rect(x: .pt(10), y: .pt(40), width: .pt(200), height: .pt(74)), stroke: .black,
                    lineWidth: .pt(1))))
        for (index, text) in ["Caution", "one", "two", "three", "four"].enumerated() {
            block.add(line(text, top: 44 + Double(index) * 12))
        }
        block.continuationHeader = [line("Bridge (continued)", top: 0)]
        block.continuationHeaderHeight = .pt(14)
        return block
    }

    func testTheOutlineGoesOnUnderTheHeaderWithItsWordsInside() throws {
        let cut = Length.pt(80)  // between "two" and "three"
        let (_, tail) = step.split(at: cut)
        let outline = try XCTUnwrap(tail.items.first { if case .box = $0 { true } else { false } })
        XCTAssertGreaterThanOrEqual(outline.frame.minY.points, 14 - 0.01, "the outline starts under the header")
        let three = try XCTUnwrap(
            tail.items.compactMap { item -> TextRun? in
                if case .text(let run) = item, run.text == "three" { return run }
                return nil
            }.first)
        XCTAssertGreaterThanOrEqual(
            (three.frame.minY - outline.frame.minY).points, Block.continuedContainerInset.points - 1,
            "the words go on inside the outline")
        XCTAssertEqual(
            tail.height.points, (step.continuationHeight(after: cut) + step.height - step.restTop(after: cut)).points,
            accuracy: 0.01, "the rest is as tall as the planner counts it")
    }

    func testAFrameRoundTheWholeBlockGoesOnRoundTheHeader() throws {
        var card = step
        card.items.removeAll { $0.isContainer }
        card.add(
            .box(
                Box(
                    frame: Rect(x: .zero, y: .zero, width: .pt(220), height: .pt(120)), stroke: .black,
                    lineWidth: .pt(1))))
        let (_, tail) = card.split(at: .pt(80))
        let frame = try XCTUnwrap(tail.items.first { if case .box = $0 { true } else { false } })
        XCTAssertEqual(frame.frame.minY.points, 0, accuracy: 0.01, "the card's frame holds its header")
    }

    func testTheCautionsWordStaysWithItsFirstLines() {
        // Two lines of instructions, then the outline from 40 pt: its word and four lines.
        let items =
            [line("Lie down.", top: 10), line("Breathe.", top: 22)]
            + step.items.filter {
                if case .text(let run) = $0 { run.text != "Bridge" } else { true }
            }
        let cuts = StepBuilder.lineCuts(items)
        let top = { (text: String) -> Length in
            items.compactMap { item -> Length? in
                if case .text(let run) = item, run.text == text { return run.frame.minY }
                return nil
            }[0]
        }
        // Before the words; above the outline; inside it, two lines on each side.
        XCTAssertEqual(cuts, [top("Lie down."), .pt(40), top("two"), top("three")])
        XCTAssertFalse(cuts.contains(top("one")), "no cut between \"Caution\" and its first line")
        XCTAssertFalse(cuts.contains(top("Caution")), "no cut through the outline's top")
    }
}
