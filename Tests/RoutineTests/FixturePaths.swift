import Foundation

/// Where the test fixtures are, found from this source file so tests run from any directory.
enum FixturePaths {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
  static let bad = root.appendingPathComponent("bad")
  static let good = root.appendingPathComponent("good")
  static let images = root.appendingPathComponent("images")

  /// The routine files in a folder, sorted by name.
  static func routines(in folder: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted()
      .filter { [".yaml", ".yml", ".json"].contains(where: $0.hasSuffix) }
      .map { folder.appendingPathComponent($0) }
  }
}
