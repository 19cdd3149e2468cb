import Foundation
import Layout
import RepSheet
import XCTest

@testable import Render

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// SVG pages carry the display list's links (a video's QR code and caption) as clickable areas,
/// as the PDF does: Cairo's SVG surface writes none.
final class SVGLinkTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws { directory = try Tool.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    /// The `<a>` elements of an SVG document, with the `<title>` and `<rect>` inside each.
    final class Anchors: NSObject, XMLParserDelegate {
        struct Anchor: Equatable {
            var href: String
            var xlinkHref: String?
            var title = ""
            var rect: [Double] = []
        }
        var anchors: [Anchor] = []
        private var open: Anchor?
        private var inTitle = false

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if name == "a" { open = Anchor(href: attributes["href"] ?? "", xlinkHref: attributes["xlink:href"]) }
            if name == "rect", open != nil {
                open?.rect = ["x", "y", "width", "height"].compactMap { attributes[$0].flatMap(Double.init) }
            }
            inTitle = name == "title" && open != nil
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTitle { open?.title += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" { inTitle = false }
            if name == "a", let anchor = open { anchors.append(anchor) }
            if name == "a" { open = nil }
        }
    }

    /// The anchors of `svg`, which must be well-formed XML.
    func anchors(_ svg: Data) throws -> [Anchors.Anchor] {
        let parser = XMLParser(data: svg)
        let delegate = Anchors()
        parser.delegate = delegate
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "") in the SVG")
        return delegate.anchors
    }

    /// Every link of every page, at its display-list rectangle, in a left-to-right and a
    /// right-to-left (mirrored) sheet; an address with `&` and `'` escaped.
    func testEveryLinkOfTheDisplayListIsAnAreaOfItsSVGPage() throws {
        let maker = try SheetMaker()
        for language in ["en", "ar"] {
            let file = directory.appendingPathComponent("videos-\(language).yaml")
            try """
            title: Videos
            language: \(language)
            steps:
              - {name: Bridge, video: "https://www.example.org/videos/bridge?list=1&t=30"}
              - {name: Cat cow, video: "https://www.example.org/videos/cat-cow#it's"}
            """.write(to: file, atomically: true, encoding: .utf8)
            let routine = try maker.loadRoutine(path: file.path)
            let sheet = try maker.layout(routine)
            let svgs = try maker.render(sheet, options: SheetOptions(format: .svg))
            XCTAssertEqual(svgs.count, sheet.pages.count)
            var urls: Set<String> = []
            for (page, svg) in zip(sheet.pages, svgs) {
                let found = try anchors(svg)
                XCTAssertFalse(page.links.isEmpty)
                XCTAssertEqual(found.map(\.href), page.links.map(\.url), language)
                XCTAssertEqual(found.map(\.xlinkHref), page.links.map(\.url), language)
                // Named as in the PDF's tags: the step's name or the address printed under the
                // QR code it lies over, else the QR code.
                for anchor in found {
                    let names = ["Bridge", "Cat cow", "QR code: " + anchor.href]
                    XCTAssertTrue(
                        names.contains(anchor.title) || (!anchor.title.isEmpty && anchor.href.hasSuffix(anchor.title)),
                        "\(language): \(anchor.title)")
                }
                XCTAssertTrue(found.contains { $0.title.hasPrefix("QR code: ") }, language)
                for (anchor, link) in zip(found, page.links) {
                    let f = link.frame
                    let rect = [f.minX.points, f.minY.points, f.width.points, f.height.points]
                    XCTAssertEqual(anchor.rect.count, 4)
                    for (seen, wanted) in zip(anchor.rect, rect) { XCTAssertEqual(seen, wanted, accuracy: 0.001) }
                }
                urls.formUnion(found.map(\.href))
            }
            XCTAssertEqual(
                urls,
                ["https://www.example.org/videos/bridge?list=1&t=30", "https://www.example.org/videos/cat-cow#it's"],
                language)
            let text = String(decoding: try XCTUnwrap(svgs.first), as: UTF8.self)
            XCTAssertTrue(text.contains("bridge?list=1&amp;t=30"), "the & is escaped")
            XCTAssertTrue(text.contains("cat-cow#it&apos;s"), "the ' is escaped")
        }
    }

    /// Only http and https addresses become links; markup in an address stays text.
    func testOnlyWebAddressesBecomeLinksAndMarkupIsEscaped() throws {
        let frame = Rect(x: .pt(10), y: .pt(20), width: .pt(30), height: .pt(40))
        for url in ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>"] {
            XCTAssertNil(SVGLinks.element(for: Link(frame: frame, url: url), title: "t"), url)
        }
        let empty = Rect(x: .zero, y: .zero, width: .zero, height: .pt(3))
        XCTAssertNil(SVGLinks.element(for: Link(frame: empty, url: "https://a.example"), title: "t"))
        let hostile = "https://a.example/\"><script>alert(1)</script>\u{1}"
        let element = try XCTUnwrap(SVGLinks.element(for: Link(frame: frame, url: hostile), title: "<b>&"))
        XCTAssertFalse(element.contains("<script") || element.contains("<b>"), element)
        XCTAssertTrue(element.contains("&quot;&gt;&lt;script&gt;"), element)
        XCTAssertTrue(element.contains("%01"), element)
        let svg = Data(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><g/></svg>\n".utf8)
        let size = Size(width: .pt(100), height: .pt(100))
        let caption = TextRun(
            text: "Bridge", font: FontSpec(family: "F", size: .pt(10)), color: .black,
            origin: Point(x: .pt(12), y: .pt(30)), width: .pt(20))
        let page = Page(
            size: size,
            items: [.text(caption), .link(Link(frame: frame, url: hostile)), .link(Link(frame: frame, url: "ftp://x"))])
        let found = try anchors(SVGLinks.adding(page, to: svg))
        XCTAssertEqual(found.map(\.href), ["https://a.example/\"><script>alert(1)</script>%01"])
        XCTAssertEqual(found.first?.rect, [10, 20, 30, 40])
        XCTAssertEqual(found.first?.title, "Bridge", "named by the text it lies over")
        let mail = Page(size: size, items: [.link(Link(frame: frame, url: "mailto:a@b.example"))])
        XCTAssertEqual(SVGLinks.adding(mail, to: svg), svg)
    }
}
