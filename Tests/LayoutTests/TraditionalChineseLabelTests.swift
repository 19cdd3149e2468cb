import Routine
import XCTest

@testable import Layout

/// A routine in Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) gets the sheet's own
/// words in Traditional characters, not the Simplified table's.
final class TraditionalChineseLabelTests: XCTestCase {
    /// Simplified forms the Simplified tables use, none of which a Traditional sheet may print.
    static let simplifiedOnly = Set(
        "组侧项频选个续页周钟时扫码观视阶继练习轻减缩动联系疗师记录当后觉没数卧点头躯双只盖脚显两")

    static let traditionalTags = ["zh-Hant", "zh-TW", "zh-HK", "zh-MO", "zh-Hant-TW", "zh_TW", "ZH-HANT", "zh-Hant-CN"]
    static let simplifiedTags = ["zh", "zh-Hans", "zh-CN", "zh-SG", "zh-Hans-TW", "zh-Hans-HK"]

    func testTraditionalTagsTakeTheTraditionalTable() throws {
        for tag in Self.traditionalTags {
            let labels = try XCTUnwrap(SheetLabels(language: tag), tag)
            XCTAssertEqual(labels.eachSide, "每側", tag)
            XCTAssertEqual(labels.notes, "注意事項", tag)
            XCTAssertEqual(labels.key, "每完成一次，勾選一個方框。", tag)
            XCTAssertEqual(labels.page(1, of: 1), "第 1 頁，共 1 頁", tag)
            XCTAssertEqual(labels.set(2), "第2組", tag)
            XCTAssertEqual(labels.duration(90), "1 分鐘 30 秒", tag)
            XCTAssertEqual(labels.week(3), "第3週", tag)
            XCTAssertEqual(TableLabels(language: tag, weekdays: labels.weekdays).weeklyLog, "每週記錄", tag)
        }
        for tag in Self.simplifiedTags {
            let labels = try XCTUnwrap(SheetLabels(language: tag), tag)
            XCTAssertEqual(labels.eachSide, "每侧", tag)
            XCTAssertEqual(labels.page(1, of: 1), "第 1 页，共 1 页", tag)
        }
        XCTAssertTrue(SheetLabels.languages.contains("zh-Hant"))
    }

    /// Every word of the Traditional tables, the sheet's, the timed key and the tracker's, is free
    /// of Simplified characters, and every one the Simplified table has is translated.
    func testEveryTraditionalWordIsTraditional() throws {
        let traditional = try XCTUnwrap(SheetLabels(language: "zh-Hant"))
        let simplified = try XCTUnwrap(SheetLabels(language: "zh"))
        var texts: [String] = []
        for name in SheetLabels.names {
            let text = try XCTUnwrap(traditional.text(named: name), name)
            XCTAssertNotEqual(text, SheetLabels().text(named: name), "\(name) is still English")
            texts.append(text)
            XCTAssertEqual(
                text.count, try XCTUnwrap(simplified.text(named: name)).count,
                "\(name): \(text) is not a character-for-character transcription")
        }
        texts.append(try XCTUnwrap(SheetLabels.timedKeys["zh-Hant"]))
        let table = TableLabels(language: "zh-Hant", weekdays: traditional.weekdays)
        texts += [
            table.weeklyLog, table.weekOf, table.daysLog.text(14), table.startDate, table.week, table.day,
            table.trackerKey, table.notesPrompt, table.step, table.dose, table.done,
        ]
        for text in texts {
            let found = text.filter { Self.simplifiedOnly.contains($0) }
            XCTAssertTrue(found.isEmpty, "\(text) has Simplified characters: \(found)")
        }
    }

    /// A routine of only timed steps in `zh-TW` gets the Traditional timed key.
    func testTimedKeyIsTraditional() {
        var bike = Step(name: "單車", dose: Dose(reps: 1))
        bike.dose.duration = TimeSpan(seconds: 600)
        var routine = Routine(title: "暖身", sections: [Section(title: nil, steps: [bike])])
        routine.language = "zh-TW"
        XCTAssertEqual(SheetLabels.resolved(for: routine).labels.key, "每做完一次，勾選一個方框。")
    }

    /// The sheet the tester made (`language: zh-Hant-TW`, one step done on each side) prints
    /// Traditional words in every layout.
    func testSheetPrintsTraditionalWords() throws {
        var routine = Routine(
            title: "下背伸展", language: "zh-Hant-TW",
            sections: [Section(title: nil, steps: [Step(name: "骨盆傾斜", dose: Dose(reps: 3, sides: .each))])])
        routine.notes = ["每天做。"]
        for name in AllLayoutsTests.library.names {
            let definition = try AllLayoutsTests.library.load(name)
            let sheet = SheetLayout(definition: definition, measurer: FixedWidthMeasurer()).layout(routine)
            let text = SheetChecks.allText(sheet)
            XCTAssertTrue(text.contains("頁"), "\(name): \(text)")
            for simplified in ["勾选", "每侧", "注意事项", "页"] {
                XCTAssertFalse(text.contains(simplified), "\(name) prints \(simplified): \(text)")
            }
        }
    }
}
