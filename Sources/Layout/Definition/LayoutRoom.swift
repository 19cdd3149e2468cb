extension LayoutDefinition {
    /// Every length of the sheet's parts a layout file sets, as `section.key` with its value: the
    /// spacing, the checkboxes and the picture area.
    var partLengths: [(path: String, value: Length)] {
        let spacingLengths = Spacing.keys.map { (path: "spacing.\($0.key)", value: spacing[keyPath: $0.value]) }
        let box = checkbox
        let boxLengths: [(path: String, value: Length)] = [
            ("checkbox.size", box.size), ("checkbox.gap", box.gap), ("checkbox.row-gap", box.rowGap),
            ("checkbox.radius", box.radius), ("checkbox.line-width", box.lineWidth),
            ("checkbox.label-width", box.labelWidth), ("checkbox.label-gap", box.labelGap),
            ("checkbox.group-gap", box.groupGap),
        ]
        let pictureLengths: [(path: String, value: Length)] = [
            ("picture.height", picture.height), ("picture.icon-width", picture.iconWidth),
        ]
        return spacingLengths + boxLengths + pictureLengths
    }

    /// The first part length, by name, longer than the page's longer side: such a value is a typo
    /// (`2800` for `28pt`), and would spread a sheet over hundreds of pages.
    package func oversizedPart() -> (path: String, value: Length, page: Length)? {
        let page = max(pageSize.width, pageSize.height)
        return partLengths.sorted { $0.path < $1.path }.first { $0.value > page }.map { ($0.path, $0.value, page) }
    }
}
