import Foundation

/// A tagged PDF as Cairo wrote it, with what Cairo cannot write into its tags: the finishing pass
/// adds each Figure's `/Alt` and each Link's `/Contents` in document order.
package struct TaggedPDF: Sendable, Hashable {
    /// The PDF's bytes.
    package var data: Data
    /// The description of every Figure structure element, in document order.
    package var figureAlts: [String]
    /// The text of every Link structure element, in document order.
    package var linkTexts: [String]

    /// Creates a tagged PDF.
    package init(data: Data, figureAlts: [String], linkTexts: [String]) {
        self.data = data
        self.figureAlts = figureAlts
        self.linkTexts = linkTexts
    }
}
