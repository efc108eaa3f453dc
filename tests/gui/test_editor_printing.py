"""Printing from the editor windows (issue 14): Ctrl+P in an amendment's editor beside the
original used to kill the application; every paper prints on paper turned its own way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from liaison_desktop.core.models import Meeting
from liaison_desktop.gui.dialogs.amend import AmendDialog
from tests.gui.dialogs import give_reason

ROOT = Path(__file__).resolve().parents[2]


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_ctrl_p_in_an_amendment_beside_its_original_previews_the_amendment(
    qtbot: QtBot, demo_ctx, open_window, monkeypatch, tmp_path: Path
) -> None:
    final = Meeting.select().where(Meeting.status == "final", Meeting.amends.is_null()).first()
    monkeypatch.setattr(AmendDialog, "exec", give_reason("वर्तनी का सुधार"))
    window = open_window(demo_ctx)
    original = window.open_meeting(final.id)
    original.amend()
    amendment = next(editor for editor in window.editors.values() if editor is not original)
    assert amendment.draft.id != final.id and amendment.draft.status == "draft"

    amendment.activateWindow()
    qtbot.waitUntil(amendment.isActiveWindow)
    qtbot.keyClick(amendment, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    page = window.pages["documents"]
    assert window.stack.currentWidget() is page
    assert page.shown is not None and page.shown.meeting == amendment.draft.id
    assert page.print_to(pdf_printer(tmp_path / "printed.pdf")) >= 1
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == page.pdf.pageCount()


def test_the_landscape_review_sheet_prints_on_landscape_paper(
    qtbot: QtBot, demo_ctx, open_window, tmp_path: Path
) -> None:
    signed = Meeting.select().where(Meeting.status == "signed").first()
    window = open_window(demo_ctx)
    editor = window.open_meeting(signed.id)
    editor.review_action.trigger()
    page = window.pages["documents"]
    assert page.shown is not None and page.shown.kind.value == "review"

    printed = page.print_to(pdf_printer(tmp_path / "review.pdf"))

    sheets = pypdf.PdfReader(tmp_path / "review.pdf").pages
    assert printed == len(sheets) >= 1
    for sheet in sheets:
        assert sheet.mediabox.width > sheet.mediabox.height, "turned to landscape"


def test_every_kind_of_editor_opens_prints_and_closes_under_faulthandler(tmp_path: Path) -> None:
    """New, draft, final, signed and their amendments, three rounds in one process: a crash in
    Qt shows as a faulthandler trace and a non-zero exit instead of killing the test run."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "tests.gui.print_every_editor", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    printed = [line.split() for line in run.stdout.splitlines() if line.startswith("printed ")]
    kinds = [kind for _printed, kind, _pages in printed]
    assert kinds == ["new", "draft", "final", "final-amendment", "signed", "signed-amendment"] * 3
    assert all(int(pages) >= 1 for *_rest, pages in printed)
    assert run.stdout.rstrip().endswith("done")
