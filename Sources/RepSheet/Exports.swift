// What `import RepSheet` brings besides this module: the routine model and its diagnostics
// (Routine), `LayoutError` (Layout), and the output formats, render errors and the `World` door to
// files (Render). Everything else in those modules is `package` (Tests/PublicAPI/public-symbols.txt
// lists the public surface). Figures, the exercise catalogue, is imported where it is used, not here.
@_exported import Layout
@_exported import Render
@_exported import Routine
