import Foundation
import XCTest

/// A language RepSheet has no table for (Korean) can still make a sheet wholly in that language:
/// `labels:` takes every word the sheet prints, the tracker's and compact table's words too, and
/// a routine that gives them all is not warned about English words.
final class EveryWordGivenTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    static let labels: [String: String] = [
        "hold": "유지", "rep": "회", "reps": "회", "set": "세트", "sets": "세트", "rest": "휴식",
        "each-side": "양쪽", "left-side": "왼쪽", "right-side": "오른쪽", "left": "왼쪽", "right": "오른쪽",
        "name": "이름", "date": "날짜", "notes": "메모", "how-often": "횟수", "key": "한 번 할 때마다 표시하세요.",
        "continued": "계속", "page-of": "{n}/{total} 쪽", "weekdays": "월 화 수 목 금 토 일", "video": "영상",
        "seconds": "{n}초", "minutes": "{n}분", "hours": "{n}시간", "set-number": "{n}세트", "caution": "주의",
        "instead": "대신", "stage-of": "{total}단계 중 {n}단계", "next": "다음", "week-number": "{n}주차",
        "pain-guide": "통증 안내", "pain-fine": "괜찮아요", "pain-easier": "살살 하세요", "pain-stop": "멈추세요",
        "pain-log": "통증", "times": "번", "weekly-log": "주간 기록", "log-days": "{n}일 기록", "week-of": "주 시작",
        "start-date": "시작일", "day-number": "{n}일째", "log-key": "그날 운동을 다 하면 표시하세요.",
        "log-notes": "어땠나요? 아팠나요?", "step-column": "운동", "dose-column": "양", "done-column": "완료",
    ]

    func testAKoreanSheetWithEveryLabelGivenPrintsNoEnglishWords() throws {
        let lines = Self.labels.sorted { $0.key < $1.key }.map { "  \($0.key): \"\($0.value)\"" }
        let routine = """
            title: 균형 운동
            language: ko
            labels:
            \(lines.joined(separator: "\n"))
            steps:
              - name: 한 발 서기
                hold: 10s
                reps: 3
                sides: each
              - name: 의자에서 일어서기
                reps: 10
                sets: 2
            """
        try routine.write(to: directory.appendingPathComponent("r.yaml"), atomically: true, encoding: .utf8)
        let english = [
            "Weekly log", "Week of", "Day", "How did it feel", "Tick a box", "Step", "Dose", "Done", "Hold", "reps",
            "Left", "Right", "Name", "Date", "Notes", "Page",
        ]
        for layout in ["classic", "cards", "tracker", "compact", "large-print"] {
            let pdf = "\(layout).pdf"
            let run = try Tool.run(Tool.repsheet, ["render", "r.yaml", "--layout", layout, "-o", pdf], in: directory)
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertFalse(run.stderr.contains("no words for language"), "\(layout): \(run.stderr)")
            let text = try Tool.run("pdftotext", [pdf, "-"], in: directory).stdout
            for word in english { XCTAssertFalse(text.contains(word), "\(layout) prints \(word): \(text)") }
        }
        let log = try Tool.run(
            Tool.repsheet, ["render", "r.yaml", "--layout", "tracker", "-o", "t.pdf"], in: directory)
        XCTAssertEqual(log.status, 0, log.stderr)
        let text = Tool.normalized(try Tool.run("pdftotext", ["t.pdf", "-"], in: directory).stdout)
        for word in ["주간 기록", "그날 운동을 다 하면 표시하세요.", "어땠나요? 아팠나요?"] {
            XCTAssertTrue(text.contains(word), "tracker lacks \(word): \(text)")
        }
    }
}
