"""What every page of the main window shares: reload when shown after the data changed, and
re-set its texts when the interface language changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from liaison_desktop.gui.context import AppContext

if TYPE_CHECKING:
    from liaison_desktop.gui.views.mainwindow import MainWindow


class Page(QWidget):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self._stale = True

    def activate(self) -> None:
        """The page is being shown: read the data again if it changed since last time."""
        if self._stale:
            self._stale = False
            self.reload()

    def mark_stale(self) -> None:
        """The data changed elsewhere (a meeting saved, an item closed)."""
        self._stale = True
        if self.isVisible():
            self.activate()

    def reload(self) -> None:
        """Read what the page shows from the database."""

    def focus_search(self) -> bool:
        """Ctrl+F: put the cursor in the page's own search box; ``False`` if it has none."""
        return False

    def retranslate(self) -> None:
        """Set every text again in the current interface language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
