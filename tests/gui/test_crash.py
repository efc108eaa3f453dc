"""Unhandled errors: logged, shown once in a dialog with copyable details, from any thread."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from liaison_desktop.core.crashlog import LastRun
from liaison_desktop.core.errors import StorageError
from liaison_desktop.gui.crash import ExceptionHandler, report_previous_run
from liaison_desktop.gui.i18n import set_language


@pytest.fixture(autouse=True)
def english(qapp) -> None:
    """These tests read the interface's English texts."""
    set_language("en")


@pytest.fixture
def handler(qtbot: QtBot, tmp_path: Path):
    handler = ExceptionHandler(tmp_path / "liaison.log")
    handler.install()
    yield handler
    handler.uninstall()
    if handler.dialog is not None:
        handler.dialog.close()


def raise_and_hook(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException:
        sys.excepthook(*sys.exc_info())


def test_excepthook_logs_and_shows_copyable_details(
    handler: ExceptionHandler, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.CRITICAL):
        raise_and_hook(ValueError("बैठक सहेजते समय"))
    [record] = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert record.exc_info is not None and record.exc_info[0] is ValueError
    dialog = handler.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Meetings already saved are safe" in dialog.message.text()
    details = dialog.details.toPlainText()
    assert "ValueError: बैठक सहेजते समय" in details and "Liaison Desktop 0.1.0" in details
    assert "raise_and_hook" in details  # the traceback itself
    dialog.copy_button.click()
    assert "ValueError: बैठक सहेजते समय" in QGuiApplication.clipboard().text()


def test_errors_from_worker_threads_reach_the_gui_thread(
    handler: ExceptionHandler, qtbot: QtBot
) -> None:
    def work() -> None:
        raise RuntimeError("in the backup thread")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    assert "RuntimeError: in the backup thread" in handler.dialog.details.toPlainText()
    # A second error joins the open dialog rather than stacking a new one.
    first = handler.dialog
    raise_and_hook(KeyError("second"))
    assert handler.dialog is first
    assert "KeyError: 'second'" in first.details.toPlainText()


def test_known_errors_show_their_own_message(handler: ExceptionHandler) -> None:
    raise_and_hook(StorageError("The disk holding the database is full ({path}).", path="x"))
    assert handler.dialog.message.text() == "The disk holding the database is full (x)."


def test_no_dialogs_for_automation(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    handler = ExceptionHandler(tmp_path / "liaison.log", dialogs_enabled=False)
    handler.install()
    try:
        raise_and_hook(ValueError("quiet"))
    finally:
        handler.uninstall()
    assert handler.dialog is None
    assert any(r.exc_info and r.exc_info[0] is ValueError for r in caplog.records)


def test_previous_crash_is_reported_with_its_trace(qtbot: QtBot, tmp_path: Path) -> None:
    report = tmp_path / "crash-20250115-103000-42.log"
    report.write_text('Fatal Python error: Segmentation fault\n  File "editor.py", line 7')
    last = LastRun(True, dt.datetime(2025, 1, 15, 10, 30), report)
    notice = report_previous_run(last)
    assert notice is not None and notice.isVisible()
    assert "15-01-2025 10:30" in notice.text()
    assert str(report) in notice.informativeText()
    assert "Segmentation fault" in notice.detailedText()
    notice.close()
    assert report_previous_run(LastRun(False)) is None
    assert report_previous_run(last, dialogs_enabled=False) is None
