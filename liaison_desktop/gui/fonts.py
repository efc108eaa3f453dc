"""Register the bundled Devanagari font, so Hindi renders on a machine with no Hindi font."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from liaison_desktop.fonts import FAMILY, font_files

log = logging.getLogger(__name__)

POINT_SIZE = 10


def register_fonts() -> str:
    """Add the Hind faces to Qt's font database; return the family name ('' if none loaded)."""
    families: set[str] = set()
    for style, path in font_files().items():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s (%s) could not be registered", path, style)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return FAMILY if FAMILY in families else next(iter(families), "")


def apply_interface_font(app: QApplication) -> str:
    """Make the bundled font the application font; the rest of the interface inherits it."""
    family = register_fonts()
    if family:
        font = QFont(family, POINT_SIZE)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        app.setFont(font)
    return family
