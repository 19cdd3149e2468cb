import Routine

/// Where a run's text comes from: the routine's field ("the name of step 3") and, when known,
/// where that field's step or stage starts in the routine file. The checks before drawing report
/// a character no font has with it; lines broken from one field all carry the field's source.
///
/// Runs of the sheet's own words (labels, often joined with numbers: "Hold 10 s") and numbers
/// (badges, page numbers) carry none.
package struct TextSource: Sendable, Hashable {
    /// Which text of the routine it is.
    package var field: TextFieldName
    /// Where the step (or stage) holding the text starts; `nil` for the routine's own fields,
    /// whose place the checks find in the file.
    package var location: SourceLocation?

    /// Creates a source.
    package init(_ field: TextFieldName, at location: SourceLocation? = nil) {
        self.field = field
        self.location = location
    }
}
