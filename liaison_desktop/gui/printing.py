"""Printing a paper as what it is, a PDF, rather than as page images.

Qt can only rasterise a PDF (QPdfDocument renders images), so painting it on a QPrinter sent a
bitmap of every page (megabytes for two pages, blurred small print). Where the paper can go as
itself it does: "print to file" writes the PDF's own bytes, and a printer of the system's print
service (CUPS on Linux) gets the PDF through ``lp``, which prints vector text. Only where neither
exists (Windows printers) are pages painted, at the printer's own resolution.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)
LP_TIMEOUT_S = 60


@dataclass(frozen=True)
class PrintJob:
    """What the print dialog asked for, in the print service's terms."""

    printer: str
    copies: int = 1
    pages: str = ""  # "2-3", empty for all
    title: str = ""


def print_pdf(pdf: bytes, document: QPdfDocument, printer: QPrinter, title: str = "") -> int:
    """Print ``pdf`` (shown as ``document``) on ``printer``; the number of pages sent, 0 when the
    printer could not be started."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return _write_file(pdf, Path(printer.outputFileName()), document.pageCount())
    if sys.platform != "win32" and shutil.which("lp") and printer.printerName():
        job = PrintJob(printer.printerName(), printer.copyCount(), _pages(printer), title)
        return document.pageCount() if send_to_print_service(pdf, job) else 0
    return paint_pages(document, printer)


def _write_file(pdf: bytes, target: Path, pages: int) -> int:
    try:
        target.write_bytes(pdf)
    except OSError as exc:
        log.error("printing to %s failed: %s", target, exc)
        return 0
    return pages


def _pages(printer: QPrinter) -> str:
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        return ""
    return f"{printer.fromPage()}-{printer.toPage()}"


def send_to_print_service(pdf: bytes, job: PrintJob) -> bool:
    """Hand the PDF to ``lp`` (CUPS): ``True`` when the job was accepted."""
    command = ["lp", "-d", job.printer, "-n", str(max(job.copies, 1))]
    if job.pages:
        command += ["-P", job.pages]
    if job.title:
        command += ["-t", job.title]
    try:
        done = subprocess.run(
            command, input=pdf, capture_output=True, timeout=LP_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.error("lp could not be run: %s", exc)
        return False
    if done.returncode != 0:
        log.error("lp refused the job: %s", done.stderr.decode(errors="replace").strip())
        return False
    log.info("print job sent: %s", done.stdout.decode(errors="replace").strip())
    return True


def paint_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint each page as an image at the printer's resolution, turned to fit the paper the way
    it was laid out (the review sheet is landscape)."""
    painter = QPainter()
    printed = 0
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        landscape = size.width() > size.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        # The first page's layout must be set before painting begins, later ones before newPage().
        started = painter.begin(printer) if printed == 0 else printer.newPage()
        if not started:
            break
        target = painter.viewport().size()
        image = document.render(
            page, size.toSize().scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
        )
        painter.drawImage(0, 0, image)
        printed += 1
    if painter.isActive():
        painter.end()
    return printed
