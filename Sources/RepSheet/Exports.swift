@_exported import Figures
@_exported import Layout
@_exported import Render
@_exported import Routine
