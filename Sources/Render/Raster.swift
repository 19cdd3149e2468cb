import CCairo

/// A drawn page in memory (a Cairo image surface), destroyed when released.
final class Raster {
    let surface: OpaquePointer

    init(surface: OpaquePointer) { self.surface = surface }

    deinit { cairo_surface_destroy(surface) }
}
