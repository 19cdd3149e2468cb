import Routine

extension BlockComposer {
    /// Width a field needs to show `value` whole, as `field` lays it out: label, 2 mm, 1 mm, the
    /// value, 2 mm to the line's end (and 1 mm to spare).
    func fieldWidth(_ label: String, value: String?) -> Length {
        setter.measurer.width(of: label, font: definition.font(type.label, .bold)) + .mm(5)
            + (value.map { setter.measurer.width(of: $0, font: definition.font(type.field)) } ?? .zero)
    }
}
