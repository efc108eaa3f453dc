"""The application as a whole keeps the clerk's work safe: one copy per database, a damaged
database replaced by its latest good backup, a backup restored from the menu, unsaved meetings
offered back after a crash, the daily backup, and a full disk that loses no typing."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from liaison_desktop.core import db as db_module
from liaison_desktop.core.backup import list_backups, make_backup
from liaison_desktop.core.crashlog import LastRun
from liaison_desktop.core.db import MSG_SAVE_DISK_FULL
from liaison_desktop.core.errors import DatabaseDamagedError, StorageError
from liaison_desktop.core.instance import instance_lock_holder
from liaison_desktop.core.models import Meeting, MeetingSeries, Place
from liaison_desktop.core.paths import AppPaths
from liaison_desktop.core.recovery import RecoveryStore
from liaison_desktop.core.settings import Settings
from liaison_desktop.gui import application
from liaison_desktop.gui.application import Session
from liaison_desktop.gui.backup_dialogs import BackupActions, DamagedDatabaseDialog, Recovery
from liaison_desktop.gui.crash import PreviousRunNotice
from liaison_desktop.gui.i18n import error_text
from liaison_desktop.gui.instance import InstanceGuard
from liaison_desktop.gui.recovery_prompt import RecoveryPrompt
from tests.conftest import FIXED_NOW

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 15_000


@pytest.fixture
def session(qapp: QApplication, isolated_home: Path) -> Iterator[Session]:
    paths = AppPaths.resolve(isolated_home)
    paths.ensure()
    made = Session(qapp, paths, Settings(), LastRun(False), clock=lambda: FIXED_NOW)
    yield made
    for window in [made.window, *made.app.topLevelWidgets()]:
        if isinstance(window, QDialog):
            window.close()
    made._close_window()
    made.shutdown()


def settle(qtbot: QtBot, session: Session) -> None:
    """Let the start-up work (search check, daily backup) start and finish."""
    qtbot.waitUntil(
        lambda: (
            session.window is not None
            and session.window._backup_actions is not None
            and not session.window.ctx.tasks.active
        ),
        timeout=WAIT_MS,
    )


def test_second_copy_is_refused_and_the_lock_released_on_close(
    qtbot: QtBot, session: Session, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(application.QMessageBox, "critical", lambda _p, _t, text: told.append(text))
    assert session.open(str(demo_db_path))
    assert instance_lock_holder(demo_db_path) == os.getpid()
    other = Session(session.app, session.paths, Settings(), LastRun(False), clock=session.clock)
    assert not other.open(str(demo_db_path))
    assert other.window is None and len(told) == 1
    assert str(demo_db_path) in told[0] and str(os.getpid()) in told[0]
    settle(qtbot, session)
    session._close_window()
    session.close()
    assert instance_lock_holder(demo_db_path) is None
    assert other.open(str(demo_db_path))
    settle(qtbot, other)
    other._close_window()
    other.shutdown()


def test_daily_backup_after_start_and_the_settings_say_where(
    qtbot: QtBot, session: Session, demo_db_path: Path
) -> None:
    assert session.open(str(demo_db_path), "settings")
    settle(qtbot, session)
    [backup] = list_backups(session.paths.default_backup_dir)
    assert backup.name.startswith("demo-")
    assert session.settings.last_auto_backup == FIXED_NOW.isoformat(timespec="seconds")
    page = session.window.pages["settings"]
    page.reload()
    assert str(session.paths.default_backup_dir) in page.ui.backupInUse.text()
    last = dt.datetime.fromisoformat(session.settings.last_auto_backup)
    assert f"{last:%d-%m-%Y %H:%M}" in page.ui.backupInUse.text()

    # "Back up now" to a chosen folder (the folder dialog answered).
    actions = session.window.backup_actions()
    actions.back_up_to(session.paths.data_dir / "usb")
    qtbot.waitUntil(lambda: actions.notice is not None, timeout=WAIT_MS)
    assert len(list_backups(session.paths.data_dir / "usb")) == 1
    assert actions.notice.icon() == QMessageBox.Icon.Information


def test_a_failed_daily_backup_is_a_notice_not_a_stop(
    qtbot: QtBot, session: Session, demo_db_path: Path
) -> None:
    blocked = session.paths.data_dir / "not-a-folder"
    blocked.write_text("x")
    session.settings.backup_dir = str(blocked)
    assert session.open(str(demo_db_path))
    actions = session.window.backup_actions()
    qtbot.waitUntil(lambda: actions.notice is not None, timeout=WAIT_MS)
    assert actions.notice.icon() == QMessageBox.Icon.Warning
    assert str(blocked) in actions.notice.text()
    assert session.window.isVisible() and session.settings.last_auto_backup == ""


def test_damaged_database_is_replaced_by_its_latest_good_backup(
    qtbot: QtBot, session: Session, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = make_backup(demo_db_path, session.paths.default_backup_dir)
    demo_db_path.write_bytes(b"not a database" * 1000)

    def restore_latest(dialog: DamagedDatabaseDialog) -> int:
        assert dialog.backup is not None and dialog.backup.path == good.path
        dialog.choice = Recovery.RESTORE
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", restore_latest)
    assert session.open(str(demo_db_path), "meetings")
    qtbot.waitUntil(lambda: session.window is not None, timeout=WAIT_MS)
    assert Meeting.select().count() == good.contents.meetings > 0
    [kept] = demo_db_path.parent.glob("demo.damaged-*.sqlite3")
    assert kept.read_bytes().startswith(b"not a database")
    notice = session._backup_actions.notice
    assert notice is not None and str(kept) in notice.text()
    assert instance_lock_holder(demo_db_path) == os.getpid()
    assert QApplication.quitOnLastWindowClosed()


def test_restore_from_the_menu_closes_restores_and_reopens(
    qtbot: QtBot, session: Session, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert session.open(str(demo_db_path), "places")
    settle(qtbot, session)
    first = session.window
    backup = make_backup(demo_db_path, session.paths.data_dir / "usb")
    session.ctx.services.directory.create_place("station", "बाद में जोड़ा गया थाना")
    monkeypatch.setattr(BackupActions, "choose_backup", lambda _self: backup)

    first.restore_action.trigger()
    qtbot.waitUntil(
        lambda: session.window is not None and session.window is not first, timeout=WAIT_MS
    )
    assert not Place.select().where(Place.name == "बाद में जोड़ा गया थाना").exists()
    [aside] = demo_db_path.parent.glob("demo.before-restore-*.sqlite3")
    assert aside.stat().st_size > 0
    assert session.window.current_page_key() == "places"


def test_unsaved_meeting_is_offered_after_a_crash_and_forgotten_once_saved(
    qtbot: QtBot, session: Session, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first run: a meeting typed but never saved, autosaved into the recovery slot.
    assert session.open(str(demo_db_path))
    settle(qtbot, session)
    series = MeetingSeries.get(MeetingSeries.code == "KTW")
    draft = session.ctx.services.series.new_meeting(series.id, dt.date(2025, 1, 22))
    draft.title = "अचानक बंद हुई बैठक"
    session.ctx.drafts.keep(draft.to_json())
    session._close_window()
    session.close()

    # The next start: the last run ended badly; the notice first, then the meetings to recover.
    order: list[str] = []

    def restore_all(prompt: RecoveryPrompt) -> int:
        order.append("prompt")
        prompt.restore_selected()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryPrompt, "exec", restore_all)
    session.last_run = LastRun(True, dt.datetime(2025, 1, 15, 9, 5))
    assert session.open(str(demo_db_path))
    window = session.window
    qtbot.waitUntil(lambda: window.findChild(PreviousRunNotice) is not None, timeout=WAIT_MS)
    notice = window.findChild(PreviousRunNotice)
    assert "15-01-2025 09:05" in notice.text() and order == []
    notice.done(0)
    qtbot.waitUntil(lambda: bool(window.editors), timeout=WAIT_MS)
    assert order == ["prompt"]
    editor = window.editors[draft.uuid]
    assert editor.draft.title == "अचानक बंद हुई बैठक" and editor.dirty
    store = RecoveryStore(session.paths.recovery_dir, str(demo_db_path))
    assert [s.title for s in store.snapshots()] == ["अचानक बंद हुई बैठक"]
    assert editor.save()
    assert store.snapshots() == []
    assert Meeting.get(Meeting.uuid == draft.uuid).title == "अचानक बंद हुई बैठक"
    editor.close()


def test_full_disk_while_saving_keeps_the_typing_and_says_why(
    qtbot: QtBot, demo_ctx, open_window
) -> None:
    window = open_window(demo_ctx, "meetings")
    series = MeetingSeries.get(MeetingSeries.code == "KTW")
    editor = window.open_draft(
        demo_ctx.services.series.new_meeting(series.id, dt.date(2025, 1, 20)), dirty=True
    )
    notes = "थाने के सामने सड़क पर जाम और अवैध पार्किंग की शिकायत। " * 4000  # ~200 KB
    editor.details.ui.notes.setPlainText(notes)
    database = demo_ctx.database
    meetings = Meeting.select().count()
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")  # the disk is full now
    try:
        assert not editor.save()
        full = StorageError(MSG_SAVE_DISK_FULL, path=str(database.database))
        assert editor.banner.text() == error_text(full)
        assert editor.banner.isVisible() and editor.dirty
        assert editor.details.ui.notes.toPlainText() == notes
        assert Meeting.select().count() == meetings  # nothing half-saved
    finally:
        database.execute_sql("PRAGMA max_page_count = 1073741823")
    assert editor.save()  # space again: the same text is saved
    assert Meeting.get_by_id(editor.draft.id).notes == notes.strip()
    editor.close()


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "main.py", *args, "--no-dialogs", "--language", "en"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_real_start_up_cleans_its_trail_and_refuses_what_it_must(
    qtbot: QtBot, demo_db_path: Path, tmp_path: Path
) -> None:
    base = tmp_path / "base"
    common = ("--db", str(demo_db_path), "--basedir", str(base))
    done = run_app(*common, "--exit-after-start")
    assert done.returncode == 0, done.stderr
    logs = base / "logs"
    assert not list(logs.glob("running-*")) and not list(logs.glob("faulthandler-*"))

    guard = InstanceGuard(demo_db_path)  # another copy has the database open
    assert guard.acquire()
    try:
        refused = run_app(*common, "--exit-after-start")
    finally:
        guard.release()
    assert refused.returncode == 2
    assert "already open in another copy" in (logs / "liaison.log").read_text(encoding="utf-8")

    demo_db_path.write_bytes(b"\0" * 4096)  # damaged; --no-dialogs: nothing to ask, so stop
    damaged = run_app(*common, "--exit-after-start")
    assert damaged.returncode == 2
    assert demo_db_path.read_bytes() == b"\0" * 4096
    assert not list(logs.glob("running-*"))


def test_the_demo_opens_as_its_own_labelled_file_and_open_recent_returns(
    qtbot: QtBot, session: Session, demo_db_path: Path
) -> None:
    office = session.paths.data_dir / "office.sqlite3"
    assert session.open(str(office))
    settle(qtbot, session)
    assert "प्रदर्शन डेटा" not in session.window.windowTitle()
    demo = session.paths.demo_database
    demo.write_bytes(demo_db_path.read_bytes())

    session.switch_database(str(demo))
    settle(qtbot, session)
    assert session.window.windowTitle().startswith("प्रदर्शन डेटा")
    menu = session.window.recent_menu
    menu.rebuild()
    [back] = [a for a in menu.actions() if a.isEnabled()]
    assert back.text().startswith("office.sqlite3")

    demo_window = session.window
    back.trigger()
    qtbot.waitUntil(lambda: session.window is not demo_window, timeout=WAIT_MS)
    settle(qtbot, session)
    assert session.ctx.db_location == str(office)
    assert "प्रदर्शन डेटा" not in session.window.windowTitle()
    session.window.recent_menu.rebuild()
    labels = [a.text() for a in session.window.recent_menu.actions()]
    assert labels == ["प्रदर्शन डेटा (demo.sqlite3)"]
    assert Settings.load(session.paths.settings_file).database == str(office)


def corrupt_an_index(path: Path) -> None:
    """Damage that opening and reading do not meet but quick_check finds: an index's root page."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=delete")
    (root,) = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'auditentry_timestamp'"
    ).fetchone()
    (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    connection.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x00" * 8)


def test_damage_in_a_large_file_is_found_after_the_start_and_stops_saving(
    qtbot: QtBot, session: Session, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "QUICK_CHECK_MAX_BYTES", 1024)  # the demo counts as large
    corrupt_an_index(demo_db_path)
    assert session.open(str(demo_db_path))  # not checked page by page at open: it opens
    qtbot.waitUntil(
        lambda: "क्षतिग्रस्त" in session.window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    services = session.ctx.services
    draft = services.meetings.load(Meeting.select().where(Meeting.status == "draft").first().id)
    draft.venue = "नया स्थान"
    with pytest.raises(DatabaseDamagedError):
        services.meetings.save(draft)
    assert Meeting.get_by_id(draft.id).venue != "नया स्थान"
