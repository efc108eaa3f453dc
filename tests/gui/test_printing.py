"""Papers print as PDFs, not page images (issue 14, item 5): print-to-file writes the PDF's own
bytes, a print-service printer gets the PDF through lp; the preview follows the paper chosen
without another click and has visible zoom controls."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pypdf
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from liaison_desktop.core.models import Meeting
from liaison_desktop.gui.printing import PrintJob, send_to_print_service
from liaison_desktop.reports.requests import DocumentKind


def shown_minutes(demo_ctx, open_window):
    window = open_window(demo_ctx)
    meeting = Meeting.select().where(Meeting.status == "signed").first()
    window.show_documents(meeting.id)
    return window.pages["documents"]


def test_print_to_file_is_the_pdf_itself(demo_ctx, open_window, tmp_path: Path) -> None:
    page = shown_minutes(demo_ctx, open_window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_to(printer) == page.pdf.pageCount()
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert printed == page._pdf_bytes  # vector text, not a bitmap of each page
    reader = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert not any(p.images for p in reader.pages)
    assert "कार्यवृत्त" in reader.pages[0].extract_text()


def fake_lp(folder: Path, exit_status: int = 0) -> Path:
    """An ``lp`` that records its arguments and the job it was given."""
    script = folder / "lp"
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{folder}/args"\n'
        f'cat > "{folder}/job"\n'
        'echo "request id is office-7 (1 file(s))"\n'
        f"exit {exit_status}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_a_print_service_printer_gets_the_pdf(tmp_path: Path, monkeypatch) -> None:
    fake_lp(tmp_path)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    pdf = b"%PDF-1.7\n% minutes\n%%EOF\n"
    job = PrintJob("office-laser", copies=2, pages="2-3", title="minutes-2025-01-20.pdf")
    assert send_to_print_service(pdf, job)
    assert (tmp_path / "args").read_text().split("\n")[:-1] == [
        "-d",
        "office-laser",
        "-n",
        "2",
        "-P",
        "2-3",
        "-t",
        "minutes-2025-01-20.pdf",
    ]
    assert (tmp_path / "job").read_bytes() == pdf


def test_a_refused_print_job_is_reported(tmp_path: Path, monkeypatch) -> None:
    fake_lp(tmp_path, exit_status=1)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    assert not send_to_print_service(b"%PDF-1.7\n", PrintJob("gone"))


def test_the_preview_follows_the_paper_chosen_and_zooms(
    qtbot: QtBot, demo_ctx, open_window
) -> None:
    page = shown_minutes(demo_ctx, open_window)
    assert page.shown.kind is DocumentKind.MINUTES
    page.kind.set_value(DocumentKind.ATTENDANCE.value)  # no click on Preview
    qtbot.waitUntil(lambda: page.shown.kind is DocumentKind.ATTENDANCE, timeout=5000)

    pane = page.preview_pane
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    before = pane.view.zoomFactor()
    pane.zoom_in.click()
    assert pane.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert pane.view.zoomFactor() > before and pane.zoom_label.text().endswith("%")
    pane.fit_page.click()
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert pane.zoom_label.text() == "पूरा पृष्ठ"
