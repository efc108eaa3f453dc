"""Errors in the interface: a clear message in the interface language, never a silent failure.

Expected errors (``LiaisonError``: validation, not found, state, storage) show their translated
message. Anything else is logged with its traceback and shown with copyable details. Message boxes
are opened window-modal but without a nested event loop (``open``), so a background task's failure
never blocks another and tests can read the box.

``install_excepthook`` is the hook point for uncaught exceptions in slots; the crash-safety work
(``gui/crash.py``: crash log, faulthandler, report at next start) replaces the default handler here.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from liaison_desktop.core.errors import LiaisonError
from liaison_desktop.gui.i18n import error_text

log = logging.getLogger(__name__)

_dialogs_enabled = True


def enable_dialogs(enabled: bool) -> None:
    """``--no-dialogs`` (automation): errors go to the log only."""
    global _dialogs_enabled
    _dialogs_enabled = enabled


def dialogs_enabled() -> bool:
    return _dialogs_enabled


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox | None:
    """Tell the clerk what went wrong; returns the (non-blocking) message box, if shown."""
    if isinstance(error, LiaisonError):
        log.info("error shown to the user: %s", error)
        return _box(parent, QMessageBox.Icon.Warning, error_text(error))
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error: %s", details)
    return _box(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate(
            "Errors",
            "Something went wrong that the program did not expect. Your saved work is safe. "
            "The details below are also in the log file; please pass them to whoever supports "
            "this installation.",
        ),
        details,
    )


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, text: str, details: str = ""
) -> QMessageBox | None:
    if not _dialogs_enabled or QApplication.instance() is None:
        return None
    title = QCoreApplication.translate("Errors", "Liaison Desktop")
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    if details:
        box.setDetailedText(details)  # selectable and copyable in the box
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(parent: Callable[[], QWidget | None] = lambda: None) -> ExceptHook:
    """Show uncaught exceptions (e.g. raised in a slot) instead of letting them vanish."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        error.__traceback__ = tb
        show_error(parent(), error)

    sys.excepthook = hook
    return hook
