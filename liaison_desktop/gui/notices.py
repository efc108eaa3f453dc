"""Notices the application gives on its own (a translation that could not be loaded, a backup
taken before an upgrade): in the status bar until replaced, and in a message box over the window
that does not block it (none with ``--no-dialogs``; the log has them either way)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from liaison_desktop.gui.errors import dialogs_enabled


def show_notice(window: QMainWindow, text: str, *, warning: bool = False) -> QMessageBox | None:
    window.statusBar().showMessage(text)
    if not dialogs_enabled():
        return None
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    title = QCoreApplication.translate("Errors", "Liaison Desktop")
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("noticeBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
