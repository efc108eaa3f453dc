"""Unhandled errors: logged with their traceback, then shown in a dialog in the interface language
with details a clerk can copy and send — never a bare traceback, never a silent exit.

``ExceptionHandler`` replaces ``sys.excepthook`` and ``threading.excepthook`` (after the pattern of
qutebrowser's ``crashsignal``). An error in a worker thread reaches the dialog through a queued
signal, so the dialog is always shown by the GUI thread. ``dialogs_enabled=False``
(``--no-dialogs``) logs only, for automation. ``report_previous_run`` tells the clerk, at the next
start, that the last run ended badly (see ``core/crashlog.py``).
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison_desktop import __version__
from liaison_desktop.core.crashlog import LastRun
from liaison_desktop.core.errors import LiaisonError
from liaison_desktop.gui.i18n import error_text

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def error_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """What a developer needs: versions, platform, the traceback."""
    header = (
        f"Liaison Desktop {__version__}, Python {platform.python_version()}, "
        f"PySide6 {pyside_version}, {platform.platform()}"
    )
    return header + "\n\n" + "".join(traceback.format_exception(exc_type, exc, tb))


class CrashDialog(QDialog):
    """The message, where the log is, the details in a box that can be copied."""

    def __init__(
        self, message: str, details: str, log_file: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Liaison Desktop: an error occurred"))
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        if log_file is not None:
            where = QLabel(
                self.tr("The details are also in the log file {path}.").format(path=log_file)
            )
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def add_error(self, details: str) -> None:
        """A further error while this dialog is open joins it instead of stacking dialogs."""
        separator = "\n" + "-" * 60 + "\n"
        self.details.setPlainText(self.details.toPlainText() + separator + details)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(
            self.message.text() + "\n\n" + self.details.toPlainText()
        )


class ExceptionHandler(QObject):
    """Catches what nothing else caught, in any thread."""

    error_caught = Signal(str, str)  # message, details; queued into the GUI thread

    def __init__(
        self,
        log_file: Path | None = None,
        *,
        dialogs_enabled: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.dialogs_enabled = dialogs_enabled
        self.dialog: CrashDialog | None = None
        self._previous_hooks: tuple | None = None
        self.error_caught.connect(self._show)

    def install(self) -> None:
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unhandled error", exc_info=(exc_type, exc, tb))
        if self.dialogs_enabled and QApplication.instance() is not None:
            self.error_caught.emit(self.message_for(exc), error_details(exc_type, exc, tb))

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def message_for(self, exc: BaseException) -> str:
        if isinstance(exc, LiaisonError):
            return error_text(exc)
        return self.tr(
            "Something went wrong in Liaison Desktop. Meetings already saved are safe, and what "
            "you were typing is kept in the recovery slot. Please copy the details below and "
            "send them to whoever looks after this computer."
        )

    @Slot(str, str)
    def _show(self, message: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_error(details)
            return
        self.dialog = CrashDialog(message, details, self.log_file, QApplication.activeWindow())
        self.dialog.open()


class PreviousRunNotice(QMessageBox):
    """At start: the last run ended without a clean exit."""

    def __init__(self, last: LastRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Liaison Desktop did not close properly"))
        when = last.started_at.strftime("%d-%m-%Y %H:%M") if last.started_at else "?"
        self.setText(
            self.tr(
                "Liaison Desktop did not close properly last time (started {when}). Meetings "
                "that were saved are safe; unsaved edits, if any, are offered for recovery."
            ).format(when=when)
        )
        if last.report is not None:
            self.setInformativeText(
                self.tr("A crash report was saved as {path}.").format(path=last.report)
            )
            self.setDetailedText(last.trace)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)


def report_previous_run(
    last: LastRun, parent: QWidget | None = None, *, dialogs_enabled: bool = True
) -> PreviousRunNotice | None:
    """Show (non-blocking) that the last run ended badly; the crash was logged either way."""
    if not last.crashed or not dialogs_enabled:
        return None
    notice = PreviousRunNotice(last, parent)
    notice.open()
    return notice
