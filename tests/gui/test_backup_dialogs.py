"""Back up now, restore a chosen backup, and the offer of a good backup for a damaged database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from liaison_desktop.core.backup import inspect_backup, list_backups, make_backup
from liaison_desktop.core.db import open_database
from liaison_desktop.core.errors import DatabaseDamagedError
from liaison_desktop.core.models import Meeting
from liaison_desktop.gui.backup_dialogs import (
    BackupActions,
    DamagedDatabaseDialog,
    Recovery,
    RestoreDialog,
)
from liaison_desktop.gui.i18n import set_language


@pytest.fixture(autouse=True)
def english(qapp) -> None:
    """These tests read the interface's English texts."""
    set_language("en")


WHEN = dt.datetime(2025, 1, 15, 10, 30)


class SyncTasks:
    """Runs the work at once and reports as ``gui/tasks.TaskRunner`` would (like its
    ``SyncTaskRunner``), recording the progress reported."""

    def __init__(self) -> None:
        self.progress: list[tuple[int, int]] = []
        self.titles: list[str] = []

    def start(self, work, *, on_success=None, on_failure=None, title="", parent=None):
        self.titles.append(title)
        try:
            result = work(lambda done, total=0, text="": self.progress.append((done, total)))
        except Exception as error:
            on_failure(error)
        else:
            on_success(result)


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_back_up_now_writes_checks_and_says_so(
    window: QWidget, demo_db_path: Path, tmp_path: Path
) -> None:
    tasks = SyncTasks()
    actions = BackupActions(window, demo_db_path, [tmp_path / "backups"], tasks)
    actions.back_up_to(tmp_path / "usb")
    [info] = [inspect_backup(p) for p in list_backups(tmp_path / "usb")]
    assert tasks.progress and tasks.progress[-1][0] == tasks.progress[-1][1]  # pages copied
    assert actions.notice is not None
    assert (
        "written and checked" in actions.notice.text() and str(info.path) in actions.notice.text()
    )
    assert f"{info.contents.meetings} meetings" in actions.notice.text()

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    actions.back_up_to(blocked / "sub")
    assert actions.notice.icon() == QMessageBox.Icon.Critical
    assert "could not be written" in actions.notice.text()


def test_restore_dialog_shows_contents_refuses_bad_backups_and_needs_confirmation(
    qtbot: QtBot, demo_db_path: Path, tmp_path: Path
) -> None:
    good = make_backup(demo_db_path, tmp_path / "b", when=WHEN)
    bad = make_backup(demo_db_path, tmp_path / "b", when=WHEN + dt.timedelta(days=1))
    data = bytearray(bad.path.read_bytes())
    data[-10] ^= 0xFF
    bad.path.write_bytes(bytes(data))

    dialog = RestoreDialog([tmp_path / "b", tmp_path / "missing"])
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "16-01-2025 10:30"  # newest first
    assert "checksum does not match" in dialog.details.text()
    assert not dialog.confirm.isEnabled() and not dialog.restore_button.isEnabled()

    dialog.table.selectRow(1)
    text = dialog.details.text()
    assert "Backup of 15-01-2025 10:30" in text and f"{good.contents.meetings} meetings" in text
    assert good.contents.last_meeting_title in text and "sound" in text
    assert not dialog.restore_button.isEnabled()
    dialog.confirm.setChecked(True)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen == good


def test_restore_keeps_the_current_database_and_reports_where(
    window: QWidget, demo_db_path: Path, tmp_path: Path
) -> None:
    backup = make_backup(demo_db_path, tmp_path / "b", when=WHEN)
    actions = BackupActions(window, demo_db_path, [tmp_path / "b"], SyncTasks())
    outcome: list[bool] = []
    actions.restore(backup, outcome.append)
    assert outcome == [True]
    [kept] = [p for p in demo_db_path.parent.iterdir() if ".before-restore-" in p.name]
    assert str(kept) in actions.notice.text()
    kept.unlink()
    backup.path.write_bytes(b"damaged since")
    actions.restore(backup, outcome.append)
    assert outcome == [True, False] and actions.notice.windowTitle() == "Restore failed"
    assert not [p for p in demo_db_path.parent.iterdir() if ".before-restore-" in p.name]


def test_damaged_database_is_offered_the_latest_good_backup(
    qtbot: QtBot, window: QWidget, demo_db_path: Path, tmp_path: Path
) -> None:
    backup = make_backup(demo_db_path, tmp_path / "b", when=WHEN)
    demo_db_path.write_bytes(demo_db_path.read_bytes()[:20_000])
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(demo_db_path)

    dialog = DamagedDatabaseDialog(caught.value, [tmp_path / "b"], window)
    qtbot.addWidget(dialog)
    text = dialog.message.text()
    assert "kept under a new name, never deleted" in text
    assert "Backup of 15-01-2025 10:30" in text
    dialog.restore_button.click()
    assert dialog.choice is Recovery.RESTORE and dialog.backup == backup

    actions = BackupActions(window, demo_db_path, [tmp_path / "b"], SyncTasks())
    outcome: list[bool] = []
    actions.apply_recovery(dialog.choice, dialog.backup, outcome.append)
    assert outcome == [True]
    kept = [p for p in demo_db_path.parent.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1 and kept[0].stat().st_size == 20_000
    database = open_database(demo_db_path)
    assert Meeting.select().count() == backup.contents.meetings
    database.close()


def test_damaged_database_without_backups_can_start_empty(
    qtbot: QtBot, window: QWidget, tmp_path: Path
) -> None:
    path = tmp_path / "liaison.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(path)
    dialog = DamagedDatabaseDialog(caught.value, [tmp_path / "none"], window)
    qtbot.addWidget(dialog)
    assert "No good backup" in dialog.message.text()
    assert not dialog.restore_button.isEnabled()
    dialog.empty_button.click()
    actions = BackupActions(window, path, [], SyncTasks())
    outcome: list[bool] = []
    actions.apply_recovery(dialog.choice, None, outcome.append)
    assert outcome == [True]
    assert not path.exists() and "kept as" in actions.notice.text()
    open_database(path).close()  # a new, empty database
