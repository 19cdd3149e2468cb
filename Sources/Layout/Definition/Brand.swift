import Foundation

/// A clinic's own look and contact details: logo, name, address, phone, web address and one
/// accent colour from which the sheet's tints, dots and rules are derived.
package struct Brand: Sendable, Hashable {
    /// The clinic's name, printed in the header beside the logo.
    package var name: String?
    /// Absolute path of the logo (PNG, JPEG or SVG), checked like a step's picture.
    package var logo: String?
    /// How tall the logo is printed in the header.
    package var logoHeight: Length = .mm(14)
    /// The logo's width over its height, read from the picture; square when unknown.
    package var logoAspect: Double = 1
    /// The postal address, one line.
    package var address: String?
    /// The phone number.
    package var phone: String?
    /// The web address, printed as text and as a link.
    package var web: String?
    /// The accent colour; `nil` keeps the layout's colours.
    package var accent: Color?

    /// Creates an empty brand.
    package init() {}

    /// The least contrast text in the accent colour must have with the paper (WCAG AA, normal text).
    package static let leastContrast = 4.5

    /// The tallest and shortest a logo may be printed.
    package static let logoHeights = Length.mm(6)...Length.mm(30)

    /// The web address as a link target: `https://` added when it has no scheme.
    package var link: String? {
        guard let web, !web.isEmpty else { return nil }
        let lower = web.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? web : "https://" + web
    }

    /// The contact lines printed at the header's right: address, phone, web address.
    package var contactLines: [String] {
        [address, phone, web].compactMap { $0 }.filter { !$0.isEmpty }
    }

    /// Whether the brand prints a header band.
    package var hasHeader: Bool { logo != nil || name != nil || !contactLines.isEmpty }
}

extension Color {
    /// WCAG 2 relative luminance.
    package var luminance: Double {
        func channel(_ value: Double) -> Double {
            value <= 0.039_28 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// The WCAG 2 contrast ratio of this colour with `other`, from 1 to 21.
    package func contrast(with other: Color) -> Double {
        let (a, b) = (luminance + 0.05, other.luminance + 0.05)
        return max(a, b) / min(a, b)
    }

    /// This colour mixed with `other`: `amount` 0 keeps it, 1 gives `other`.
    package func mixed(with other: Color, _ amount: Double) -> Color {
        Color(
            red: red + (other.red - red) * amount, green: green + (other.green - green) * amount,
            blue: blue + (other.blue - blue) * amount)
    }
}

extension Palette {
    /// The colours derived from one accent: the panel tint and the dose dots' mid tone are the
    /// accent mixed with the paper, as the built-in teal's are.
    package func branded(accent: Color, paper: Color = .white) -> Palette {
        var palette = self
        palette.accent = accent
        palette.tint = accent.mixed(with: paper, 0.88)
        palette.accentMid = accent.mixed(with: paper, 0.55)
        return palette
    }
}

extension LayoutDefinition {
    /// This layout with a clinic's brand: its header band, and its accent's colours when it has one.
    package func branded(_ brand: Brand) -> LayoutDefinition {
        var definition = self
        definition.brand = brand
        if let accent = brand.accent { definition.colors = colors.branded(accent: accent) }
        return definition
    }
}
