import Foundation
import RepSheet

/// The start folder's containment for a brand that a routine's layout file names.
///
/// A routine's own `brand:` is contained by the loader, as the CLI does; a layout file's `brand:`
/// is read by the library without that check, so the server checks it: a layout inside the
/// folder cannot print a brand file from outside it.
enum LayoutBrandCheck {
    /// Throws when `routine`'s layout file names a brand outside `folder`, at the `layout:` line.
    static func check(_ routine: Routine, layout: String?, maker: SheetMaker, folder: String)
        throws(RepSheetError)
    {
        guard layout == nil, let choice = routine.layout, choice.contains("/") || choice.hasSuffix(".yaml"),
            let definition = try? maker.layoutDefinition(named: nil, for: routine),
            let brand = definition.brandFile, !brand.isEmpty
        else { return }
        let layoutPath = choice.hasPrefix("/") ? choice : (folder as NSString).appendingPathComponent(choice)
        let path =
            brand.hasPrefix("/")
            ? brand
            : (((layoutPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(brand)
                as NSString).standardizingPath
        guard !FileAccess().permits(path, baseDirectory: folder) else { return }
        let message =
            "the layout's brand \"\(brand)\" is outside the folder serve was started in; "
            + "a layout may name only files inside it"
        throw .routine(.invalid([Diagnostic(.error, message, at: routine.layoutLocation)]))
    }
}
