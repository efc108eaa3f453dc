"""Backups in the interface: "Back up now", "Restore a backup…", and the offer of the latest good
backup when the database turns out to be damaged at start-up.

The work itself (``core/backup.py``) runs off the GUI thread through the application's task runner
(``gui/tasks.TaskRunner``: progress dialog, Cancel, errors reported on the GUI thread); a backup to
a slow USB stick may take a while. Restoring needs the database closed, which only the main window
can do, so ``BackupActions.choose_backup()`` returns the chosen backup and the window closes its
database, calls ``restore()`` and opens the database again when told the restore is done.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_desktop.core.backup import (
    BackupInfo,
    RestoreResult,
    auto_backup,
    backup_folder,
    backup_problems,
    inspect_backup,
    latest_good_backup,
    list_backups,
    make_backup,
    restore_backup,
)
from liaison_desktop.core.dates import format_date
from liaison_desktop.core.db import move_aside
from liaison_desktop.core.errors import DatabaseDamagedError, LiaisonError
from liaison_desktop.core.paths import AppPaths
from liaison_desktop.core.settings import Settings
from liaison_desktop.gui.errors import dialogs_enabled, show_error
from liaison_desktop.gui.i18n import error_text

log = logging.getLogger(__name__)


class Tasks(Protocol):
    """What ``BackupActions`` needs of ``gui/tasks.TaskRunner``."""

    def start(
        self,
        work: Callable[[Callable[..., None]], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        title: str = "",
        parent: QWidget | None = None,
        show_progress: bool = True,
    ) -> object: ...


def backup_folders(paths: AppPaths, settings: Settings) -> list[Path]:
    """Where to look for backups: the folder in use for automatic backups first, then the data
    folder's own if another one is chosen in the settings."""
    folders = [backup_folder(paths, settings), paths.default_backup_dir]
    return folders[:1] if folders[0] == folders[1] else folders


def describe_backup(info: BackupInfo) -> str:
    """Date, what it holds and its last meeting, in the interface language."""
    contents = info.contents
    counts = contents.counts
    text = QCoreApplication.translate(
        "Backup",
        "Backup of {date}: {meetings} meetings, {actions} action items, {people} people, "
        "{places} places ({size:.1f} MB).",
    ).format(
        date=info.created_at.strftime("%d-%m-%Y %H:%M"),
        meetings=contents.meetings,
        actions=counts.get("action_item", 0),
        people=counts.get("person", 0),
        places=counts.get("place", 0),
        size=info.size / 1e6,
    )
    if contents.last_meeting_date:
        text += " " + QCoreApplication.translate(
            "Backup", "Last meeting: {date}, “{title}”."
        ).format(date=format_date(contents.last_meeting_date), title=contents.last_meeting_title)
    return text


class BackupActions(QObject):
    """'Back up now' and 'Restore a backup…' for the main window's menu, and the recovery of a
    damaged database at start-up."""

    def __init__(
        self, window: QWidget | None, database_path: Path, backup_folders: list[Path], tasks: Tasks
    ) -> None:
        """``backup_folders``: where to look for backups, the automatic backup folder first."""
        super().__init__(window)
        self.window = window
        self.database_path = database_path
        self.backup_folders = backup_folders
        self.tasks = tasks
        self.notice: QMessageBox | None = None  # the last message shown, for tests

    def back_up_now(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose the folder or USB stick for the backup")
        )
        if folder:
            self.back_up_to(Path(folder))

    def back_up_to(self, folder: Path) -> None:
        def done(info: BackupInfo) -> None:
            self.tell(
                QMessageBox.Icon.Information,
                self.tr("Backup written"),
                self.tr("The backup was written and checked:\n{path}").format(path=info.path)
                + "\n\n"
                + describe_backup(info),
            )

        self.tasks.start(
            lambda progress: make_backup(self.database_path, folder, progress=progress),
            on_success=done,
            on_failure=lambda error: self._failed(self.tr("Backup failed"), error),
            title=self.tr("Writing and checking the backup…"),
            parent=self.window,
        )

    def start_auto_backup(self, paths: AppPaths, settings: Settings, now: dt.datetime) -> None:
        """The daily backup after start-up (``now`` decides whether today's is made yet),
        quietly in the background; a failure is logged and noted, never in the clerk's way."""

        def done(info: BackupInfo | None) -> None:
            if info is not None:
                log.info("automatic backup: %s", info.path)

        def failed(error: BaseException) -> None:
            log.error("automatic backup failed", exc_info=error)
            if not dialogs_enabled():
                return
            detail = error_text(error) if isinstance(error, LiaisonError) else str(error)
            self.tell(
                QMessageBox.Icon.Warning,
                self.tr("Automatic backup failed"),
                self.tr(
                    "Today's automatic backup could not be made. Your work is not affected; "
                    "make a backup with File ▸ Back up now… when the backup folder is available."
                )
                + "\n\n"
                + detail,
            )

        self.tasks.start(
            lambda _progress: auto_backup(self.database_path, paths, settings, now),
            on_success=done,
            on_failure=failed,
            title=self.tr("Automatic backup"),
            parent=self.window,
            show_progress=False,
        )

    def choose_backup(self) -> BackupInfo | None:
        dialog = RestoreDialog(self.backup_folders, self.window)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None

    def restore(
        self,
        info: BackupInfo,
        then: Callable[[bool], None],
        *,
        reason: str = "before-restore",
    ) -> None:
        """Put ``info`` in place of the database, which the caller has closed; ``then(True)``
        once it is there (open the database again), ``then(False)`` if it could not be."""

        def done(result: RestoreResult) -> None:
            text = self.tr("The backup of {date} was restored.").format(
                date=info.created_at.strftime("%d-%m-%Y %H:%M")
            )
            if result.kept_aside is not None:
                text += "\n\n" + self.tr("The database it replaced was kept as:\n{path}").format(
                    path=result.kept_aside
                )
            self.tell(QMessageBox.Icon.Information, self.tr("Backup restored"), text)
            then(True)

        def failed(error: BaseException) -> None:
            try:
                self._failed(self.tr("Restore failed"), error)
            finally:
                then(False)

        self.tasks.start(
            lambda _progress: restore_backup(info.path, self.database_path, reason=reason),
            on_success=done,
            on_failure=failed,
            title=self.tr("Restoring the backup…"),
            parent=self.window,
        )

    def recover_damaged(
        self,
        error: DatabaseDamagedError,
        then: Callable[[bool], None],
    ) -> None:
        """Ask what to do about the damaged database and do it; ``then(True)`` when the database
        should be opened again, ``then(False)`` to quit (at once with ``--no-dialogs``)."""
        if not dialogs_enabled():
            then(False)
            return
        dialog = DamagedDatabaseDialog(error, self.backup_folders, self.window)
        dialog.exec()
        self.apply_recovery(dialog.choice, dialog.backup, then)

    def apply_recovery(
        self, choice: Recovery, backup: BackupInfo | None, then: Callable[[bool], None]
    ) -> None:
        if choice is Recovery.RESTORE and backup is not None:
            self.restore(backup, then, reason="damaged")
            return
        if choice is not Recovery.EMPTY:
            then(False)
            return
        try:
            kept = move_aside(self.database_path, "damaged")
        except LiaisonError as exc:
            self.tell(QMessageBox.Icon.Critical, self.tr("Cannot continue"), error_text(exc))
            then(False)
            return
        self.tell(
            QMessageBox.Icon.Information,
            self.tr("Starting with an empty database"),
            self.tr("The damaged database was kept as:\n{path}").format(path=kept),
        )
        then(True)

    def _failed(self, title: str, error: BaseException) -> None:
        if not isinstance(error, LiaisonError):
            show_error(self.window, error)  # not expected: the crash dialog
            return
        self.tell(QMessageBox.Icon.Critical, title, error_text(error))

    def tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        self.notice = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        self.notice.open()


class RestoreDialog(QDialog):
    """Pick a backup, see what it holds and whether it is sound, confirm, restore."""

    def __init__(self, folders: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.infos: list[BackupInfo] = []
        self.chosen: BackupInfo | None = None
        self._problems: dict[Path, str] = {}
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made on"), self.tr("Meetings"), self.tr("Last meeting")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm = QCheckBox(
            self.tr(
                "Replace the current database with this backup (the current database is kept "
                "as a separate file)"
            )
        )
        other = QPushButton(self.tr("Other backup file…"))
        self.restore_button = QPushButton(self.tr("Restore"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        for widget in (self.table, self.details, self.confirm, buttons):
            layout.addWidget(widget)
        other.clicked.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._accept_chosen)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.confirm.toggled.connect(self._update_button)
        for folder in folders:
            for path in list_backups(folder):
                self.add_backup(path, select=False)
        if self.infos:
            self.table.selectRow(0)
        self._show_selected()
        self.resize(760, 420)

    def add_backup(self, path: Path, *, select: bool = True) -> None:
        try:
            info = inspect_backup(path)
        except LiaisonError as exc:
            self.details.setText(error_text(exc))
            return
        self.infos.append(info)
        row = self.table.rowCount()
        self.table.insertRow(row)
        last = info.contents.last_meeting_date
        cells = (
            info.created_at.strftime("%d-%m-%Y %H:%M"),
            str(info.contents.meetings),
            f"{format_date(last)} {info.contents.last_meeting_title}" if last else "",
        )
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))
        if select:
            self.table.selectRow(row)

    @Slot()
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), "", self.tr("Backups (*.sqlite3);;All files (*)")
        )
        if path:
            self.add_backup(Path(path))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    @Slot()
    def _show_selected(self) -> None:
        info = self.selected()
        if info is None:
            self.details.setText(self.tr("No backup found. Choose a backup file."))
        else:
            problem = self._problem(info)
            verdict = problem or self.tr("Checked: the backup is sound.")
            self.details.setText(f"{describe_backup(info)}\n{info.path}\n\n{verdict}")
        self.confirm.setChecked(False)
        self._update_button()

    def _problem(self, info: BackupInfo) -> str:
        if info.path not in self._problems:
            problems = backup_problems(info.path)
            self._problems[info.path] = error_text(problems[0]) if problems else ""
        return self._problems[info.path]

    @Slot()
    def _update_button(self) -> None:
        info = self.selected()
        sound = info is not None and not self._problem(info)
        self.confirm.setEnabled(sound)
        self.restore_button.setEnabled(sound and self.confirm.isChecked())

    @Slot()
    def _accept_chosen(self) -> None:
        self.chosen = self.selected()
        self.accept()


class Recovery(enum.Enum):
    RESTORE = "restore"
    EMPTY = "empty"
    QUIT = "quit"


class DamagedDatabaseDialog(QDialog):
    """The database cannot be used: offer the latest good backup, another backup, an empty
    database (the damaged file is kept, renamed) or quitting."""

    def __init__(
        self, error: DatabaseDamagedError, folders: list[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database cannot be opened"))
        self.folders = folders
        self.choice = Recovery.QUIT
        self.backup = latest_good_backup(folders, Path(error.path).stem)
        text = (
            error_text(error)
            + "\n\n"
            + self.tr("The damaged file will be kept under a new name, never deleted.")
        )
        if self.backup is not None:
            text += (
                "\n\n" + self.tr("The latest good backup:") + "\n" + describe_backup(self.backup)
            )
        else:
            text += "\n\n" + self.tr("No good backup of this database was found.")
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore this backup"))
        self.restore_button.setEnabled(self.backup is not None)
        self.other_button = QPushButton(self.tr("Choose another backup…"))
        self.empty_button = QPushButton(self.tr("Start with an empty database"))
        self.quit_button = QPushButton(self.tr("Quit"))
        buttons = QDialogButtonBox()
        for button in (self.restore_button, self.other_button, self.empty_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(lambda: self._finish(Recovery.RESTORE))
        self.empty_button.clicked.connect(lambda: self._finish(Recovery.EMPTY))
        self.other_button.clicked.connect(self._choose_other)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addStretch()
        layout.addWidget(buttons)
        self.resize(640, 300)

    def _finish(self, choice: Recovery) -> None:
        self.choice = choice
        self.accept()

    @Slot()
    def _choose_other(self) -> None:
        dialog = RestoreDialog(self.folders, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.backup = dialog.chosen
            self._finish(Recovery.RESTORE)
