import Routine
import XCTest

/// Foundation's `deletingLastPathComponent` crashes on a one-character last component; the
/// folder of a path is worked out without it, with the same answers.
final class PathTextTests: XCTestCase {
    func testTheFolderOfAPath() {
        let cases: [(String, String)] = [
            ("a/b", "a"), ("/a", "/"), ("a", ""), ("a/", ""), (".", ""), ("./", ""), ("x/", ""), ("/", "/"),
            ("/tmp/", "/"), ("a//b//", "a"), ("../r.yaml", ".."), ("/x/y/z.yaml", "/x/y"), ("é/ü", "é"), ("", ""),
        ]
        for (path, folder) in cases { XCTAssertEqual(PathText.folder(of: path), folder, path) }
    }
}
