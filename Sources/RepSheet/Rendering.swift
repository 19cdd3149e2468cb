import Foundation
import Layout
import Routine

/// A routine made into a sheet: the laid-out pages, the drawn files, and what the reader should know.
public struct Rendering: Sendable {
    /// The laid-out sheet.
    package var sheet: Sheet
    /// One PDF, or one PNG or SVG per page; empty when only laid out.
    public var files: [Data]
    /// Warnings that did not stop the sheet, such as a language without words of its own; the
    /// library prints nothing, a command-line tool prints these.
    public var warnings: [Diagnostic] { sheet.warnings }

    /// Creates a rendering.
    package init(sheet: Sheet, files: [Data]) {
        self.sheet = sheet
        self.files = files
    }
}
