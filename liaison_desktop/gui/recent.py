"""File ▸ Open recent: the databases opened before, to go back to the office's own file after
trying the demo (or to move between an office's and a station's file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from liaison_desktop.core.db import sqlite_path
from liaison_desktop.gui.context import AppContext


class RecentDatabasesMenu(QMenu):
    def __init__(
        self, ctx: AppContext, switch: Callable[[str], None] | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recentDatabases")
        self.ctx = ctx
        self.switch = switch
        self.aboutToShow.connect(self.rebuild)
        self.retranslate()

    def entries(self) -> list[str]:
        """The recent databases other than the one open, newest first."""
        current = self.ctx.db_location
        return [item for item in self.ctx.settings.recent_databases if item != current]

    def label(self, location: str) -> str:
        if self.ctx.paths.is_demo(location):
            return self.tr("Demo data (%1)").replace("%1", Path(location).name)
        path = sqlite_path(location)
        return f"{path.name} — {path.parent}" if path is not None else location

    def rebuild(self) -> None:
        self.clear()
        entries = self.entries()
        for location in entries:
            action = QAction(self.label(location), self)
            path = sqlite_path(location)
            action.setEnabled(self.switch is not None and (path is None or path.exists()))
            action.triggered.connect(lambda _checked=False, where=location: self._open(where))
            self.addAction(action)
        if not entries:
            none = self.addAction(self.tr("No other database opened yet"))
            none.setEnabled(False)

    def _open(self, location: str) -> None:
        if self.switch is not None:
            self.switch(location)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Open recent"))
