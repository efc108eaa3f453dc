"""The bundled Devanagari font (Hind, OFL, from the fontpkg-hind package): real Regular and Bold
faces with good Latin glyphs, usable as they are by both Qt and ReportLab."""

from __future__ import annotations

from pathlib import Path

import fontpkg_hind

FAMILY = "Hind"


def font_files() -> dict[str, Path]:
    """Font files by style: ``regular``, ``bold`` (plus ``semibold`` for headings)."""
    folder = Path(fontpkg_hind.ROOT) / "files"
    return {
        "regular": folder / "Hind-Regular.ttf",
        "bold": folder / "Hind-Bold.ttf",
        "semibold": folder / "Hind-SemiBold.ttf",
    }
