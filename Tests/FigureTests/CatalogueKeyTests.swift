import XCTest

@testable import Figures

/// Names are looked up by key: lower case, words joined by hyphens, apostrophes and other
/// punctuation dropped; ASCII names take a faster path that must agree with the general one.
final class CatalogueKeyTests: XCTestCase {
    func testKeysOfASCIINames() {
        XCTAssertEqual(Catalogue.key("Child's Pose"), "childs-pose")
        XCTAssertEqual(Catalogue.key("  Knee-to-chest   stretch "), "knee-to-chest-stretch")
        XCTAssertEqual(Catalogue.key("90/90 hip (left)"), "90-90-hip-left")
        XCTAssertEqual(Catalogue.key("'''"), "")
        XCTAssertEqual(Catalogue.key("cat-cow"), "cat-cow")
    }

    func testNonASCIINamesGetTheSameKeysAsTheirASCIISpelling() {
        XCTAssertEqual(Catalogue.key("Child’s Pose\u{00A0}"), Catalogue.key("Child's Pose"))
        XCTAssertEqual(Catalogue.key("Étirement du piriforme"), "étirement-du-piriforme")
    }

    func testTheCatalogueIsOrderedByKeyThenName() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let catalogue = try Catalogue.load(directory: root.appendingPathComponent("Exercises").path)
        let keys = catalogue.exercises.map { Catalogue.key($0.name) }
        XCTAssertEqual(keys, keys.sorted())
        XCTAssertGreaterThan(keys.count, 30)
    }
}
