"""QApplication bootstrap: logging, language, font, database, main window.

Start-up does only what the first window needs; pages, dialogs, the PDF viewer and ReportLab are
imported when first used (measured in bench/gui_startup.py). The database can be switched while
running (the welcome page's demo data, Settings): the main window is rebuilt over the new one.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time

import peewee
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from liaison_desktop.core.db import open_database
from liaison_desktop.core.errors import LiaisonError
from liaison_desktop.core.logs import setup_logging
from liaison_desktop.core.paths import AppPaths, database_location
from liaison_desktop.core.services import Services
from liaison_desktop.core.settings import Settings
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.errors import dialogs_enabled, enable_dialogs, install_excepthook
from liaison_desktop.gui.fonts import apply_interface_font
from liaison_desktop.gui.i18n import error_text, set_language
from liaison_desktop.gui.tasks import TaskRunner
from liaison_desktop.gui.views.mainwindow import MainWindow

log = logging.getLogger(__name__)

APP_NAME = "Liaison Desktop"


class Session:
    """The open database and the window over it; replaced as a whole when switching databases."""

    def __init__(self, app: QApplication, paths: AppPaths, settings: Settings) -> None:
        self.app = app
        self.paths = paths
        self.settings = settings
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None

    def open(
        self, location: str, start_page: str | None = None, meeting_id: int | None = None
    ) -> bool:
        try:
            database = open_database(location)
        except LiaisonError as error:
            log.error("cannot open database %s: %s", location, error)
            if dialogs_enabled():
                QMessageBox.critical(None, APP_NAME, error_text(error))
            return False
        self.ctx = make_context(self.paths, self.settings, database, location)
        self.window = MainWindow(self.ctx, self.switch_database, start_page)
        self.window.show()
        if meeting_id is not None:
            self.window.open_meeting(meeting_id)
        log.info("opened %s", location)
        return True

    def switch_database(self, location: str) -> None:
        """Close the window and database in use, open ``location`` and remember it."""
        # The old window closes before the new one opens: that must not end the application.
        self.app.setQuitOnLastWindowClosed(False)
        try:
            if self.window is not None and not self.window.close():
                return
        finally:
            self.app.setQuitOnLastWindowClosed(True)
        self.close()
        self.settings.database = location
        self.settings.save(self.paths.settings_file)
        if not self.open(location):
            self.app.quit()

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.tasks.shutdown()
            self.ctx.database.close()
        self.window, self.ctx = None, None


def make_context(
    paths: AppPaths, settings: Settings, database: peewee.Database, location: str
) -> AppContext:
    """The context every page gets. The two seams are filled here: ``render_document`` (printed
    documents) and ``drafts`` (the editor's crash-recovery store) keep their defaults until the
    reports and recovery modules are wired in."""
    return AppContext(
        paths=paths,
        settings=settings,
        database=database,
        db_location=location,
        services=Services(database, settings.operator_name),
        # Each worker thread opens its own SQLite connection; close it when its work is done.
        tasks=TaskRunner(after_work=database.close),
    )


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    paths = AppPaths.resolve(args.basedir)
    paths.ensure()
    setup_logging(paths.log_dir)
    enable_dialogs(not args.no_dialogs)
    settings = Settings.load(paths.settings_file)
    set_language(args.language or settings.language)
    apply_interface_font(app)
    install_excepthook(lambda: app.activeWindow())
    session = Session(app, paths, settings)
    location = database_location(paths, args.db, settings.database)
    meeting_id = getattr(args, "open_meeting", None)
    if not session.open(location, getattr(args, "view", None), meeting_id):
        return 2
    if getattr(args, "exit_after_start", False):
        # Benchmarks: report the moment the event loop has shown the first window, then quit.
        QTimer.singleShot(0, lambda: (print(f"ready {time.time():.6f}", flush=True), app.quit()))
    code = app.exec()
    session.close()
    return code
