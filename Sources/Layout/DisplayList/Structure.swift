/// What a run of a page's items is to a reader, for tagged (accessible) PDFs.
package enum StructureRole: String, Sendable, Hashable, Codable {
    /// The sheet's header: provider, title (a level-1 heading), subtitle and the Name and Date fields.
    case title
    /// A section heading (level 2) and its note.
    case heading
    /// One numbered step: a list item with the number as its label.
    case step
    /// The tracker's weekly table: rows of cells, the first row headings.
    case table
    /// Anything else read as paragraphs, such as the panel and the notes.
    case paragraphs
}

/// A run of consecutive items on a page that a reader takes as one thing.
package struct ItemGroup: Sendable, Hashable, Codable {
    package var role: StructureRole
    /// The indices of the group's items in the page's `items`.
    package var items: Range<Int>
    /// A description of the group's pictures and figures for a screen reader (a step's `image_alt:`).
    package var alt: String?
    /// A description of the group's boxes for a screen reader, said once for them all; without
    /// one the boxes are decoration.
    package var boxes: String?

    /// Creates a group.
    package init(role: StructureRole, items: Range<Int>, alt: String? = nil, boxes: String? = nil) {
        self.role = role
        self.items = items
        self.alt = alt
        self.boxes = boxes
    }
}
