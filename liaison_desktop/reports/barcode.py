"""QR codes on papers, drawn as vectors with ReportLab's own barcode module."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

QR_SIZE = 30 * mm  # big enough for a phone camera at arm's length on a photocopy


def qr_code(value: str, size: float) -> Drawing:
    """``value`` as a square QR code ``size`` points wide, error correction M (a creased or
    stamped paper still scans)."""
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing
