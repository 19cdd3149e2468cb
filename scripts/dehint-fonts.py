#!/usr/bin/env python3
"""Removes the TrueType hinting from the bundled fonts (issue 19).

RepSheet draws every glyph with hinting off (`FontLibrary.makeContext`: hint style none, hint
metrics off), so the hinting programs (fpgm, prep, cvt and each glyph's instructions) were never
run, yet Cairo embedded them in every PDF's font subsets: about a third of a sheet's PDF, and of
the zlib work to compress it. Outlines, metrics, kerning and shaping tables are unchanged; pages
drawn with the hinted and the unhinted files are identical to the pixel.

Run once after adding or updating a font (needs fontTools: `pip install fonttools`; not needed to
build or test):

    python3 scripts/dehint-fonts.py Fonts/*.ttf
"""
import sys

from fontTools.ttLib import TTFont


def dehint(path: str) -> None:
    font = TTFont(path, recalcTimestamp=False)
    for table in ("fpgm", "prep", "cvt ", "hdmx", "VDMX", "LTSH"):
        if table in font:
            del font[table]
    glyphs = font["glyf"]
    for name in font.getGlyphOrder():
        glyphs[name].removeHinting()
    limits = font["maxp"]
    limits.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions"):
        setattr(limits, field, 0)
    if "gasp" in font:
        # Nothing to grid-fit any more: smooth at every size.
        font["gasp"].gaspRange = {0xFFFF: 0x000A if font["gasp"].version >= 1 else 0x0002}
    font.save(path)


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        dehint(argument)
