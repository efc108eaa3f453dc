"""Errors in the interface: a clear message in the interface language, never a silent failure.

Expected errors (``LiaisonError``: validation, not found, state, storage) show their translated
message in a message box, opened window-modal but without a nested event loop (``open``), so a
background task's failure never blocks another and tests can read the box. Anything else is a bug:
it goes to the application's handler of unhandled errors (``gui/crash.ExceptionHandler``, installed
as ``sys.excepthook``), which logs it with its traceback and shows the one crash dialog with
details to copy.

``enable_dialogs(False)`` (``--no-dialogs``, for automation) is the one switch for every dialog the
application opens on its own: errors, the crash dialog, recovery and start-up notices.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from liaison_desktop.core.errors import LiaisonError
from liaison_desktop.gui.i18n import error_text

log = logging.getLogger(__name__)

_dialogs_enabled = True


def enable_dialogs(enabled: bool) -> None:
    """``--no-dialogs`` (automation): errors and notices go to the log only."""
    global _dialogs_enabled
    _dialogs_enabled = enabled


def dialogs_enabled() -> bool:
    return _dialogs_enabled


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox | None:
    """Tell the clerk what went wrong; returns the (non-blocking) message box of an expected
    error, if shown. An unexpected one is handed to the unhandled-error handler."""
    if not isinstance(error, LiaisonError):
        sys.excepthook(type(error), error, error.__traceback__)
        return None
    # The template, not the message: its values are what the clerk typed (a mobile number).
    log.info("error shown to the user: %s %r", type(error).__name__, error.template)
    if not _dialogs_enabled or QApplication.instance() is None:
        return None
    title = QCoreApplication.translate("Errors", "Liaison Desktop")
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, error_text(error), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
