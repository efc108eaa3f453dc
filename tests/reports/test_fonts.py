"""Font registration for the PDFs (liaison_desktop/reports/fonts.py)."""

from __future__ import annotations

import subprocess
import sys

from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from liaison_desktop.reports import fonts, textlayer


def test_registers_hind_regular_and_bold_once() -> None:
    names = fonts.register_fonts()
    assert fonts.register_fonts() is names
    for name in (names.regular, names.bold):
        assert isinstance(pdfmetrics.getFont(name), textlayer.TextLayerFont)
    assert pdfmetrics.getFont(names.bold).face.name != pdfmetrics.getFont(names.regular).face.name


def test_bold_markup_picks_the_bold_face() -> None:
    names = fonts.register_fonts()
    assert tt2ps(fonts.FAMILY, 1, 0) == names.bold
    assert tt2ps(fonts.FAMILY, 0, 0) == names.regular


def test_stylesheet_sets_hind_with_shaping() -> None:
    names = fonts.register_fonts()
    sheet = fonts.stylesheet()
    assert sheet["Normal"].fontName == names.regular
    assert sheet["Heading1"].fontName == names.bold
    assert all(style.shaping == 1 for style in sheet.byName.values())
    assert fonts.stylesheet() is not sheet  # callers may change their copy


def test_table_text_style_sets_font_and_shaping() -> None:
    names = fonts.register_fonts()
    commands = fonts.table_text_style(bold_rows=1)
    assert ("SHAPING", (0, 0), (-1, -1), 1) in commands
    assert ("FONTNAME", (0, 0), (-1, 0), names.bold) in commands


def test_refuses_a_hind_already_registered_without_the_text_layer() -> None:
    # ReportLab would silently hand back the plain font registered first from the file
    script = (
        "import fontpkg_hind\n"
        "from reportlab.pdfbase import pdfmetrics, ttfonts\n"
        "path = str(fontpkg_hind.ROOT / 'files' / 'Hind-Regular.ttf')\n"
        "pdfmetrics.registerFont(ttfonts.TTFont('Other', path))\n"
        "from liaison_desktop.reports import fonts\n"
        "fonts.register_fonts()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode != 0
    assert "registered with ReportLab before register_fonts()" in result.stderr
