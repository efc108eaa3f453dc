"""The fonts every PDF of the application is set in.

Hind (OFL, from the ``fontpkg-hind`` package) has real Regular and Bold faces and good
Latin glyphs, so one family serves mixed Hindi/English text. Both faces are registered
as :class:`~liaison_desktop.reports.textlayer.TextLayerFont`, so shaped Devanagari keeps
its text in the PDF, and as one family so ``<b>`` in a Paragraph picks the real bold.

Use::

    names = register_fonts()          # once; later calls return the same names
    styles = stylesheet()             # ReportLab's sample styles, in Hind, shaping on
    Paragraph("बैठक <b>सम्पन्न</b> हुई", styles["Normal"])
    Table(rows, style=[*table_text_style(), ...])   # for cells holding plain strings

and build with ``canvasmaker=textlayer.TextLayerCanvas``.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Any

import fontpkg_hind
from reportlab.lib.styles import StyleSheet1, getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics

from liaison_desktop.reports.textlayer import TextLayerFont

FAMILY = "Hind"


@dataclass(frozen=True)
class FontNames:
    """ReportLab font names of the registered faces."""

    regular: str
    bold: str


@functools.cache
def register_fonts() -> FontNames:
    """Register Hind Regular and Bold with ReportLab (once per process)."""
    files = fontpkg_hind.ROOT / "files"
    names = FontNames(regular=FAMILY, bold=f"{FAMILY}-Bold")
    for name, file in ((names.regular, "Hind-Regular.ttf"), (names.bold, "Hind-Bold.ttf")):
        pdfmetrics.registerFont(TextLayerFont(name, str(files / file)))
        # ReportLab quietly reuses a font already registered from the same file
        if not isinstance(pdfmetrics.getFont(name), TextLayerFont):
            raise RuntimeError(f"{file} was registered with ReportLab before register_fonts()")
    # Hind ships no italic: <i> keeps the upright face rather than failing.
    pdfmetrics.registerFontFamily(FAMILY, normal=names.regular, bold=names.bold)
    return names


# Characters that draw nothing and need no glyph: controls, format marks (ZWJ and ZWNJ, which
# Devanagari uses), spaces and separators.
_INVISIBLE = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})
# Marks that only modify the character before them (emoji variation selector, skin tones):
# dropped with it rather than named.
_MODIFIERS = frozenset({"Mn", "Me", "Sk"})


@functools.cache
def _covered() -> frozenset[int]:
    """The code points the bundled font draws (Regular and Bold cover the same)."""
    font = pdfmetrics.getFont(register_fonts().regular)
    return frozenset(font.face.charToGlyph)


def uncovered(text: str) -> list[str]:
    """The characters of ``text`` no bundled font can draw (each once, in order): they would
    print as empty boxes."""
    covered = _covered()
    seen: dict[str, None] = {}
    for char in text:
        if ord(char) not in covered and unicodedata.category(char) not in _INVISIBLE:
            seen.setdefault(char, None)
    return list(seen)


def printable(text: str) -> str:
    """``text`` as it can be printed: a character the font cannot draw becomes its Unicode name
    in brackets ("[grinning face]"), readable where a box would not be; modifiers of such a
    character go with it."""
    covered = _covered()
    if all(ord(char) in covered for char in text):
        return text
    out: list[str] = []
    replaced = False
    for char in text:
        category = unicodedata.category(char)
        if ord(char) in covered or category in _INVISIBLE:
            out.append(char)
            replaced = False
        elif category in _MODIFIERS and replaced:
            continue
        else:
            name = unicodedata.name(char, f"U+{ord(char):04X}").lower()
            out.append(f"[{name}]")
            replaced = True
    return "".join(out)


def stylesheet() -> StyleSheet1:
    """ReportLab's sample styles set in Hind with shaping on (a fresh copy each call)."""
    names = register_fonts()
    sheet = getSampleStyleSheet()
    for style in sheet.byName.values():
        bold = "Bold" in getattr(style, "fontName", "")
        style.fontName = names.bold if bold else names.regular
        style.shaping = 1
    return sheet


def table_text_style(bold_rows: int = 0) -> list[tuple[Any, ...]]:
    """TableStyle commands that set plain-string cells in Hind with shaping on.

    ``bold_rows`` header rows are set in bold.
    """
    names = register_fonts()
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), names.regular),
        ("SHAPING", (0, 0), (-1, -1), 1),
    ]
    if bold_rows:
        commands.append(("FONTNAME", (0, 0), (-1, bold_rows - 1), names.bold))
    return commands
