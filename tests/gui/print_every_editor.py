"""Open, print and close every kind of editor window, several rounds, in one process.

Run by ``test_editor_printing.py`` under ``python -X faulthandler`` in a child process, because
what it guards against (issue 14: Ctrl+P in an amendment's editor overflowed the stack in Qt's
shortcut matching) kills the process rather than failing an assertion. Usage::

    python -X faulthandler -m tests.gui.print_every_editor FOLDER [ROUNDS]

Prints one line per printed paper (``printed KIND PAGES``) and ``done`` at the end.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from liaison_desktop.core.db import open_database
from liaison_desktop.core.demo import build_demo
from liaison_desktop.core.models import Meeting
from liaison_desktop.core.services import Services
from liaison_desktop.gui.dialogs.amend import AmendDialog
from liaison_desktop.gui.i18n import set_language
from liaison_desktop.gui.views.mainwindow import MainWindow
from tests.gui.app_context import make_context
from tests.gui.dialogs import give_reason

NOW = dt.datetime(2025, 1, 15, 10, 30)


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def press_print(editor) -> None:
    """Ctrl+P as the clerk presses it: a key event to the focused editor window."""
    editor.activateWindow()
    QTest.keyClick(editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    settle()


def print_shown(window: MainWindow, editor, folder: Path, name: str) -> int:
    """Print what the Documents page shows into a PDF file; the number of pages printed.
    Exits with 1 when the page does not show the editor's meeting."""
    page = window.pages["documents"]
    if page.shown is None or page.shown.meeting != editor.draft.id:
        sys.exit(f"{name}: the Documents page does not show meeting {editor.draft.id}")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / f"{name}.pdf"))
    return page.print_to(printer)


def main(folder: Path, rounds: int) -> None:
    QApplication(["print-every-editor"])
    set_language("hi")
    db_path = folder / "demo.sqlite3"
    services = Services(open_database(db_path), operator="परीक्षक", clock=lambda: NOW)
    build_demo(services)
    ctx = make_context(services, db_path, folder / "home")
    window = MainWindow(ctx, start_page="dashboard")
    window.show()
    AmendDialog.exec = give_reason("नाम की वर्तनी का सुधार")  # type: ignore[method-assign]

    def nth(status: str, n: int) -> int:
        amended = Meeting.select(Meeting.amends).where(Meeting.amends.is_null(False))
        meetings = Meeting.select().where(
            Meeting.status == status, Meeting.amends.is_null(), Meeting.id.not_in(amended)
        )
        return meetings.order_by(Meeting.id).offset(n).first().id

    series_id = Meeting.get_by_id(nth("signed", 0)).series_id
    for round_no in range(rounds):
        kinds = {"new": None, "draft": nth("draft", 0)}
        kinds |= {"final": nth("final", round_no), "signed": nth("signed", round_no)}
        for kind, meeting_id in kinds.items():
            if meeting_id is None:
                on = dt.date(2025, 2, 1 + round_no)
                editor = window.open_draft(services.series.new_meeting(series_id, on), dirty=True)
            else:
                editor = window.open_meeting(meeting_id)
            settle()
            press_print(editor)
            print(f"printed {kind} {print_shown(window, editor, folder, f'{round_no}-{kind}')}")
            if kind in ("final", "signed"):
                # The amendment opens in a second editor window beside the original.
                editor.amend()
                settle()
                amendment = next(e for e in window.editors.values() if e is not editor)
                press_print(amendment)
                pages = print_shown(window, amendment, folder, f"{round_no}-{kind}-amendment")
                print(f"printed {kind}-amendment {pages}")
                amendment.close()
                settle()
            editor.close()
            settle()
    print("done", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 3)
