"""What every page of the interface is given: the services, settings, paths and background runner.

Passed in explicitly (never a global), so tests build one over their own database and settings.
The seams to other parts of the project live here too: ``render_document`` (printed documents,
``gui/documents.py``) and ``drafts`` (the editor's crash-recovery store, ``editor/autosave.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import peewee
from PySide6.QtCore import QSettings

from liaison_desktop.core.paths import AppPaths
from liaison_desktop.core.services import Services
from liaison_desktop.core.settings import Settings
from liaison_desktop.gui.documents import DocumentRenderer
from liaison_desktop.gui.editor.autosave import DraftKeeper
from liaison_desktop.gui.tasks import TaskRunner

UI_STATE_FILE = "window-state.ini"


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    database: peewee.Database
    db_location: str
    services: Services
    tasks: TaskRunner
    render_document: DocumentRenderer
    drafts: DraftKeeper | None = None
    ui_state: QSettings = field(init=False)

    def __post_init__(self) -> None:
        # Window geometry and the last page: visual state, kept next to settings.json.
        self.ui_state = QSettings(
            str(self.paths.config_dir / UI_STATE_FILE), QSettings.Format.IniFormat
        )

    def today(self) -> dt.date:
        return self.services.ctx.today()

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings_file)

    @property
    def database_file(self) -> Path | None:
        """The SQLite file in use (None for a database URL)."""
        return None if "://" in self.db_location else Path(self.db_location)
