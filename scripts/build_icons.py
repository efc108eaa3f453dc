"""Render the application icon from its master ``resources/icon/liaison-desktop.svg``.

Writes into ``liaison_desktop/resources/icons``: the SVG itself (freedesktop "scalable"), a PNG
for every size a desktop asks for (``liaison-desktop-<N>.png``) and a Windows ``.ico`` holding
the sizes Explorer uses. The outputs are committed, so neither a wheel build nor PyInstaller
needs Qt's SVG renderer or Pillow. Usage::

    python scripts/build_icons.py
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "icon" / "liaison-desktop.svg"
OUT = ROOT / "liaison_desktop" / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(MASTER)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> None:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.instance() or QGuiApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MASTER, OUT / "liaison-desktop.svg")
    for size in PNG_SIZES:
        (OUT / f"liaison-desktop-{size}.png").write_bytes(render_png(size))
    largest = Image.open(io.BytesIO(render_png(max(ICO_SIZES))))
    largest.save(OUT / "liaison-desktop.ico", sizes=[(s, s) for s in ICO_SIZES])
    print(f"icons written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
