"""QApplication bootstrap: logging, crash trail, language, font, database, main window.

Start-up does only what the first window needs; pages, dialogs, the PDF viewer and ReportLab are
imported when first used (measured in bench/gui_startup.py). What protects the clerk's work is
wired here (docs/safety.md): the unhandled-error handler and the crash trail, one running copy per
database, the offer of a backup when the database is damaged, the recovery of unsaved meetings
after a crash, and the daily backup. The database can be switched while running (the welcome
page's demo data, Settings) or replaced by a backup: the main window is rebuilt over it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import peewee
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from liaison_desktop.core.backup import UpgradeBackup, backup_folder
from liaison_desktop.core.crashlog import CrashSession, LastRun, previous_run
from liaison_desktop.core.db import open_database, sqlite_path
from liaison_desktop.core.errors import DatabaseDamagedError, LiaisonError
from liaison_desktop.core.logs import setup_logging
from liaison_desktop.core.paths import AppPaths, database_location
from liaison_desktop.core.recovery import RecoveryStore
from liaison_desktop.core.services import Services
from liaison_desktop.core.services.context import real_clock
from liaison_desktop.core.settings import Settings
from liaison_desktop.gui.app_icon import identify_application
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.crash import ExceptionHandler, report_previous_run
from liaison_desktop.gui.documents import report_renderer
from liaison_desktop.gui.errors import dialogs_enabled, enable_dialogs
from liaison_desktop.gui.fonts import apply_interface_font
from liaison_desktop.gui.i18n import error_text, language_warning, set_language
from liaison_desktop.gui.instance import InstanceGuard
from liaison_desktop.gui.integrity_watch import start_background_check
from liaison_desktop.gui.notices import show_notice
from liaison_desktop.gui.style import apply_style
from liaison_desktop.gui.tasks import TaskRunner
from liaison_desktop.gui.views.mainwindow import MainWindow

if TYPE_CHECKING:
    from liaison_desktop.gui.backup_dialogs import BackupActions

log = logging.getLogger(__name__)

APP_NAME = "Liaison Desktop"
# The window is drawn and answering before the start-up work (notices, recovery, the daily
# backup, the search check) begins; their imports and threads would otherwise slow its first show.
AFTER_START_MS = 300


class Session:
    """The open database and the window over it; replaced as a whole when switching databases.

    The instance lock on the database is held from before it is opened until it is closed for
    good, so another copy cannot take it while a backup is being put in its place.
    """

    def __init__(
        self,
        app: QApplication,
        paths: AppPaths,
        settings: Settings,
        last_run: LastRun,
        clock: Callable[[], dt.datetime] = real_clock,
    ) -> None:
        self.app = app
        self.clock = clock  # the services' "now" (tests pass a fixed one)
        self.paths = paths
        self.settings = settings
        self.last_run: LastRun | None = last_run  # reported once, after the first window
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.guard: InstanceGuard | None = None
        # Work done while no window (and so no context) exists: restoring a backup.
        self.background = TaskRunner()
        self._backup_actions: BackupActions | None = None  # kept alive while its restore runs
        self.upgrade_notice: str | None = None  # said once the window shows

    def open(
        self, location: str, start_page: str | None = None, meeting_id: int | None = None
    ) -> bool:
        """Open ``location`` and show the window over it. ``False`` when it cannot be opened
        (the clerk was told why). A damaged database is first offered a backup; when that is
        restored in the background the window opens once it is done, or the application ends."""
        if self.guard is None:
            guard = InstanceGuard(sqlite_path(location))
            if not guard.acquire():
                self._refuse(guard.message())
                return False
            self.guard = guard
        upgrade = UpgradeBackup(backup_folder(self.paths, self.settings))
        try:
            database = open_database(location, before_upgrade=upgrade)
        except DatabaseDamagedError as error:
            log.error("database %s is damaged: %s", location, error)
            return self._recover(error, location, start_page, meeting_id)
        except LiaisonError as error:
            log.error("cannot open database %s: %s", location, error)
            self._release_guard()
            self._refuse(error_text(error))
            return False
        self.ctx = make_context(self.paths, self.settings, database, location, self.clock)
        self.window = MainWindow(
            self.ctx, self.switch_database, start_page, restore_backup=self.restore_backup
        )
        self.window.show()
        if meeting_id is not None:
            self.window.open_meeting(meeting_id)
        log.info("opened %s", location)
        self.settings.note_recent(location)
        self._save_settings()
        self.upgrade_notice = upgrade.message(QCoreApplication.translate)
        QTimer.singleShot(AFTER_START_MS, self._after_start)
        return True

    def _refuse(self, message: str) -> None:
        log.error("%s", message)
        if dialogs_enabled():
            QMessageBox.critical(None, APP_NAME, message)

    # After the window shows -------------------------------------------------------------------

    def _after_start(self) -> None:
        """Say that the last run crashed or that a translation is missing, offer the unsaved
        meetings, make the daily backup."""
        window = self.window
        if window is None:
            return
        untranslated = language_warning()
        if untranslated:
            show_notice(window, untranslated, warning=True)
        if self.upgrade_notice:
            show_notice(window, self.upgrade_notice)
            self.upgrade_notice = None
        last, self.last_run = self.last_run, None
        notice = (
            report_previous_run(last, window, dialogs_enabled=dialogs_enabled()) if last else None
        )
        if notice is not None:
            notice.finished.connect(lambda _result: self._offer_recovery(window))
        else:
            self._offer_recovery(window)
        window.prepare_search()
        start_background_check(window.ctx, window)
        if window.ctx.database_file is not None:
            window.backup_actions().start_auto_backup(self.paths, self.settings, self.clock())

    def _offer_recovery(self, window: MainWindow) -> None:
        from liaison_desktop.gui.recovery_prompt import ask_to_recover

        store = window.ctx.drafts
        if window is not self.window or not isinstance(store, RecoveryStore):
            return
        for draft in ask_to_recover(store, window, dialogs_enabled=dialogs_enabled()):
            window.open_draft(draft, dirty=True)

    # Damaged database, restoring a backup -----------------------------------------------------

    def _recover(
        self,
        error: DatabaseDamagedError,
        location: str,
        start_page: str | None,
        meeting_id: int | None,
    ) -> bool:
        """Offer the latest good backup (or another, or an empty database); the damaged file is
        kept aside. Returns as ``open`` does; a restore finishes after the event loop runs."""
        from liaison_desktop.gui.backup_dialogs import BackupActions, backup_folders

        path = sqlite_path(location)
        assert path is not None, "only a database file can be damaged"
        outcome: list[bool] = []
        waiting = False

        def then(reopen: bool) -> None:
            self.app.setQuitOnLastWindowClosed(True)
            opened = reopen and self.open(location, start_page, meeting_id)
            if opened:
                self._notice_over_window(actions)
            else:
                self._release_guard()
            if waiting and not opened:
                self.app.exit(2)
            outcome.append(opened)

        # No window is open while the backup is restored: that must not end the application.
        self.app.setQuitOnLastWindowClosed(False)
        actions = BackupActions(
            None, path, backup_folders(self.paths, self.settings), self.background
        )
        self._backup_actions = actions
        actions.recover_damaged(error, then)
        waiting = not outcome
        return outcome[0] if outcome else True

    def restore_backup(self) -> None:
        """File ▸ Restore a backup…: choose one, close the window and the database, put the
        backup in place, open the database again (also when the restore failed: it is then
        unchanged)."""
        from liaison_desktop.gui.backup_dialogs import BackupActions, backup_folders

        if self.ctx is None or self.window is None or self.ctx.database_file is None:
            return
        path, location = self.ctx.database_file, self.ctx.db_location
        folders = backup_folders(self.paths, self.settings)
        chosen = self.window.backup_actions().choose_backup()
        if chosen is None or not self._close_window():
            return
        self.close(keep_lock=True)

        def reopen(_restored: bool) -> None:
            self.app.setQuitOnLastWindowClosed(True)
            if self.open(location):
                self._notice_over_window(actions)
            else:
                self.app.quit()

        self.app.setQuitOnLastWindowClosed(False)
        actions = BackupActions(None, path, folders, self.background)
        self._backup_actions = actions
        actions.restore(chosen, reopen)

    def _notice_over_window(self, actions: BackupActions) -> None:
        """What the restore said was shown before any window: keep it in front of the new one."""
        notice = actions.notice
        if notice is not None and notice.isVisible() and self.window is not None:
            notice.close()
            actions.window = self.window
            actions.tell(notice.icon(), notice.windowTitle(), notice.text())

    # Switching and closing --------------------------------------------------------------------

    def switch_database(self, location: str) -> None:
        """Close the window and database in use, open ``location`` and remember it."""
        if not self._close_window():
            return
        previous = self.ctx.db_location if self.ctx is not None else None
        self.close()
        if previous:
            self.settings.remember_database(previous)
        self.settings.remember_database(location)
        self.settings.save(self.paths.settings_file)
        if not self.open(location):
            self.app.quit()

    def _save_settings(self) -> None:
        try:
            self.settings.save(self.paths.settings_file)
        except OSError as exc:  # a read-only or full disk: the recent list is not worth an error
            log.warning("settings not saved: %s", exc)

    def _close_window(self) -> bool:
        """Close the main window (its editors ask about unsaved work); ``False`` if the clerk
        chose to stay."""
        # The old window closes before the new one opens: that must not end the application.
        self.app.setQuitOnLastWindowClosed(False)
        try:
            return self.window is None or self.window.close()
        finally:
            self.app.setQuitOnLastWindowClosed(True)

    def close(self, *, keep_lock: bool = False) -> None:
        if self.ctx is not None:
            self.ctx.tasks.shutdown()
            self.ctx.database.close()
        self.window, self.ctx = None, None
        if not keep_lock:
            self._release_guard()

    def shutdown(self) -> None:
        """At exit: the open database, and any restore still running."""
        self.close()
        self.background.shutdown()

    def _release_guard(self) -> None:
        if self.guard is not None:
            self.guard.release()
            self.guard = None


def make_context(
    paths: AppPaths,
    settings: Settings,
    database: peewee.Database,
    location: str,
    clock: Callable[[], dt.datetime] = real_clock,
) -> AppContext:
    """The context every page gets, with its seams filled: printed documents by the reports
    package, and the editor's autosave into the recovery store."""
    services = Services(database, settings.operator_name, clock)
    return AppContext(
        paths=paths,
        settings=settings,
        database=database,
        db_location=location,
        services=services,
        # Each worker thread opens its own SQLite connection; close it when its work is done.
        tasks=TaskRunner(after_work=database.close),
        render_document=report_renderer(services),
        drafts=RecoveryStore(paths.recovery_dir, location),
    )


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    identify_application(app, APP_NAME)
    apply_style(app)
    paths = AppPaths.resolve(args.basedir)
    paths.ensure()
    log_file = setup_logging(paths.log_dir)
    last = previous_run(paths.log_dir)
    crash = CrashSession.start(paths.log_dir)
    enable_dialogs(not args.no_dialogs)
    handler = ExceptionHandler(log_file, dialogs_enabled=dialogs_enabled(), parent=app)
    handler.install()
    session = Session(app, paths, Settings.load(paths.settings_file), last)
    try:
        return _run_session(app, session, args)
    finally:
        session.shutdown()
        handler.uninstall()
        crash.end()


def _run_session(app: QApplication, session: Session, args: argparse.Namespace) -> int:
    settings = session.settings
    set_language(args.language or settings.language)
    apply_interface_font(app)
    location = database_location(session.paths, args.db, settings.database)
    meeting_id = getattr(args, "open_meeting", None)
    if not session.open(location, getattr(args, "view", None), meeting_id):
        return 2
    if getattr(args, "exit_after_start", False):
        # Benchmarks: report the moment the event loop has shown the first window, then quit.
        QTimer.singleShot(0, lambda: (print(f"ready {time.time():.6f}", flush=True), app.quit()))
    return app.exec()
