import CPango
import XCTest

@testable import Render
@testable import RepSheet

/// Batch workers, each with its own font library, share Cairo's font faces: every size of a
/// face must come from one Cairo face, or a worker's sheets embed the font twice.
final class FaceAnchorTests: XCTestCase {
    /// The Cairo face of `family` at `size` points, found through `fonts`' own font map.
    private static func face(
        _ fonts: FontLibrary, _ context: OpaquePointer, family: String, bold: Bool, size: Double
    ) -> OpaquePointer? {
        fonts.withLock {
            guard let description = pango_font_description_new() else { return nil }
            defer { pango_font_description_free(description) }
            pango_font_description_set_family(description, family)
            pango_font_description_set_weight(description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
            pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
            guard let font = pango_font_map_load_font(fonts.fontMap, context, description) else { return nil }
            defer { g_object_unref(UnsafeMutableRawPointer(font)) }
            return pango_cairo_font_get_scaled_font(OpaquePointer(font)).flatMap { cairo_scaled_font_get_font_face($0) }
        }
    }

    func testAnchoredLibrariesOnTwoThreadsSetEverySizeInOneSharedFace() throws {
        let directory = Resources(root: Tool.packageRoot.path).fontsDirectory
        let libraries = try [FontLibrary(directory: directory), FontLibrary(directory: directory)]
        libraries.forEach { $0.anchorFaces() }
        let families = libraries[0].familyNames
        XCTAssertEqual(libraries[0].anchoredFonts.count, families.count * 4, "regular, bold, italic, bold italic")
        let sizes = stride(from: 6.0, through: 40.0, by: 0.25).map { $0 }
        // Both threads load fonts of new sizes at once, as two batch workers do on their first sheets.
        let found = FaceList()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let fonts = libraries[index]
            guard let context = fonts.withLock({ fonts.makeContext() }) else { return }
            defer { g_object_unref(UnsafeMutableRawPointer(context)) }
            for size in sizes {
                for family in families {
                    for bold in [false, true] {
                        let face = Self.face(fonts, context, family: family, bold: bold, size: size)
                        found.add("\(family) \(bold ? "bold" : "regular")", face.map { Int(bitPattern: $0) } ?? 0)
                    }
                }
            }
        }
        let faces = found.faces
        XCTAssertEqual(faces.count, families.count * 2)
        for (name, pointers) in faces {
            XCTAssertFalse(pointers.contains(0), "\(name) has no Cairo face")
            XCTAssertEqual(pointers.count, 1, "\(name) is set in \(pointers.count) Cairo faces")
        }
    }
}

/// The Cairo faces found for each family and weight, from two threads.
private final class FaceList: @unchecked Sendable {
    // @unchecked: `found` is only touched while holding `lock`.
    private let lock = NSLock()
    private var found: [String: Set<Int>] = [:]

    func add(_ name: String, _ face: Int) {
        lock.lock()
        defer { lock.unlock() }
        found[name, default: []].insert(face)
    }

    var faces: [String: Set<Int>] {
        lock.lock()
        defer { lock.unlock() }
        return found
    }
}
