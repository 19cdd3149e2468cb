@_exported import Routine
@_exported import Layout
@_exported import Render
@_exported import Figures
