"""Backups: made while the database is in use, verified, rotated, inspected and restored without
ever overwriting the database they replace."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from liaison_desktop.core.backup import (
    auto_backup,
    backup_problems,
    backups_to_keep,
    checksum_path,
    inspect_backup,
    latest_good_backup,
    list_backups,
    make_backup,
    restore_backup,
    rotate_backups,
)
from liaison_desktop.core.db import companion, open_database
from liaison_desktop.core.errors import DatabaseDamagedError, StorageError
from liaison_desktop.core.instance import instance_lock_path
from liaison_desktop.core.models import Meeting
from liaison_desktop.core.paths import AppPaths
from liaison_desktop.core.records import AgendaLine
from liaison_desktop.core.services import Services
from liaison_desktop.core.settings import Settings

WHEN = dt.datetime(2025, 1, 15, 10, 30)


def save_meeting(services: Services, title: str) -> str:
    series = services.series.all_series()[0]
    draft = services.series.new_meeting(series.id, dt.date(2025, 3, 1))
    draft.title = title
    draft.agenda.append(AgendaLine("बिंदु"))
    return services.meetings.save(draft).uuid


def meeting_titles(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT title FROM meeting")}
    finally:
        connection.close()


def meeting_titles_without_journal(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT title FROM meeting")}
    finally:
        connection.close()


def test_backup_of_a_database_in_use_is_one_verified_file(demo: Services, tmp_path: Path) -> None:
    source = Path(demo.ctx.database.database)
    save_meeting(demo, "अभी सहेजी बैठक")  # still in the -wal, not yet in the main file
    assert companion(source, "-wal").stat().st_size > 0
    folder = tmp_path / "पेन ड्राइव"  # a folder name in Hindi, as a clerk may choose
    info = make_backup(source, folder, when=WHEN)

    assert info.path == folder / "demo-20250115-103000.sqlite3"
    assert sorted(p.name for p in folder.iterdir()) == [
        "demo-20250115-103000.sqlite3",
        "demo-20250115-103000.sqlite3.sha256",
    ]
    assert "अभी सहेजी बैठक" in meeting_titles(info.path)
    connection = sqlite3.connect(info.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    # The checksum file is what sha256sum -c reads, so any computer can check the stick.
    if shutil.which("sha256sum"):
        check = subprocess.run(
            ["sha256sum", "-c", checksum_path(info.path).name], cwd=folder, capture_output=True
        )
        assert check.returncode == 0, check.stdout
    assert backup_problems(info.path) == []

    contents = info.contents
    assert contents.meetings == Meeting.select().count()
    assert contents.counts["person"] == 43
    latest = Meeting.select().order_by(Meeting.meeting_date.desc(), Meeting.id.desc()).first()
    assert (contents.last_meeting_date, contents.last_meeting_title) == (
        latest.meeting_date,
        latest.title,
    )
    assert contents.last_change is not None
    assert info.created_at == WHEN and info.size == info.path.stat().st_size


def test_second_backup_in_the_same_second_gets_its_own_name(demo: Services, tmp_path: Path) -> None:
    source = Path(demo.ctx.database.database)
    first = make_backup(source, tmp_path, when=WHEN)
    second = make_backup(source, tmp_path, when=WHEN)
    assert second.path.name == "demo-20250115-103000-2.sqlite3"
    assert list_backups(tmp_path) == [second.path, first.path]


def test_backup_to_an_unusable_folder_fails_clearly_and_leaves_nothing(
    demo: Services, tmp_path: Path
) -> None:
    blocker = tmp_path / "usb" / "stick"
    blocker.parent.mkdir()
    blocker.write_text("a file where the folder should be")
    with pytest.raises(StorageError, match="could not be written to"):
        make_backup(Path(demo.ctx.database.database), blocker / "backups", when=WHEN)
    assert [p.name for p in blocker.parent.iterdir()] == ["stick"]
    with pytest.raises(StorageError, match="nothing to back up"):
        make_backup(tmp_path / "missing.sqlite3", tmp_path / "out", when=WHEN)


def test_damaged_changed_foreign_and_newer_backups_are_recognised(
    demo: Services, tmp_path: Path
) -> None:
    info = make_backup(Path(demo.ctx.database.database), tmp_path / "b", when=WHEN)
    data = bytearray(info.path.read_bytes())

    changed = bytearray(data)
    changed[len(data) // 2] ^= 0xFF
    info.path.write_bytes(bytes(changed))
    assert "checksum does not match" in str(backup_problems(info.path)[0])

    checksum_path(info.path).unlink()  # a copy made by hand: judged by its content alone
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 8192] = b"\x00" * 8192
    info.path.write_bytes(bytes(data))
    assert isinstance(backup_problems(info.path)[0], DatabaseDamagedError)

    letter = tmp_path / "letter.sqlite3"
    letter.write_text("not a database")
    assert "not a Liaison Desktop database" in str(backup_problems(letter)[0])

    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(Path(demo.ctx.database.database).read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute(
        "INSERT INTO schema_migration (name, applied) VALUES ('9999_x', '2030-01-01')"
    )
    connection.commit()
    connection.close()
    assert "newer version" in str(backup_problems(newer)[0])


# Rotation -------------------------------------------------------------------------------------


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    days = [dt.datetime(2025, 1, 15, 9) - dt.timedelta(days=n) for n in range(400)]
    kept = {days[i].date() for i in backups_to_keep(days)}
    expected = {dt.date(2025, 1, d) for d in range(9, 16)}  # the last 7 days
    expected |= {dt.date(2025, 1, 5), dt.date(2024, 12, 29)}  # ISO weeks 1 and 52
    month_ends = [(2, 29), (3, 31), (4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30)]
    month_ends += [(10, 31), (11, 30), (12, 31)]
    expected |= {dt.date(2024, m, d) for m, d in month_ends}  # the last 12 months
    assert kept == expected


def test_rotation_keeps_the_newest_of_a_day_and_only_touches_its_own_files(
    tmp_path: Path,
) -> None:
    names = [
        "liaison-20250115-090000.sqlite3",
        "liaison-20250115-170000.sqlite3",
        "liaison-20250114-090000.sqlite3",
        *(f"liaison-2024{m:02}01-090000.sqlite3" for m in range(1, 13)),
        "demo-20200101-000000.sqlite3",  # another database's backup
        "notes.txt",
    ]
    for name in names:
        (tmp_path / name).write_text(name)
        checksum_path(tmp_path / name).write_text("x")
    removed = {p.name for p in rotate_backups(tmp_path, "liaison")}
    assert removed == {"liaison-20250115-090000.sqlite3", "liaison-20240101-090000.sqlite3"}
    assert not checksum_path(tmp_path / "liaison-20240101-090000.sqlite3").exists()
    assert (tmp_path / "demo-20200101-000000.sqlite3").exists()
    assert (tmp_path / "notes.txt").exists()


def test_with_the_clock_set_back_the_new_backup_is_kept(demo: Services) -> None:
    paths = AppPaths.resolve()
    source = Path(demo.ctx.database.database)
    # A year of backups at the right time: every period of the policy is full.
    for day in reversed(range(0, 400, 9)):
        auto_backup(source, paths, Settings(), WHEN - dt.timedelta(days=day))
    before = set(list_backups(paths.default_backup_dir, "demo"))
    # The PC's battery died: the clock says 2020.
    made = auto_backup(source, paths, Settings(), dt.datetime(2020, 1, 1, 9, 0))
    assert made is not None and made.path.exists()
    assert set(list_backups(paths.default_backup_dir, "demo")) >= before - {made.path}
    assert backup_problems(made.path) == []


def test_the_daily_backup_to_a_stick_that_is_out_is_refused(demo: Services, tmp_path) -> None:
    paths = AppPaths.resolve()
    source = Path(demo.ctx.database.database)
    stick = tmp_path / "usb" / "backups"
    settings = Settings(backup_dir=str(stick))
    assert auto_backup(source, paths, settings, WHEN) is not None
    assert str(stick) in Settings.load(paths.settings_file).backup_volumes
    shutil.rmtree(stick)  # pulled out: the mount point is an empty folder of the internal disk
    with pytest.raises(StorageError, match="USB"):
        auto_backup(source, paths, settings, WHEN + dt.timedelta(days=1))
    assert not stick.exists()


def test_automatic_backup_runs_once_a_day(demo: Services) -> None:
    paths = AppPaths.resolve()
    settings = Settings()
    source = Path(demo.ctx.database.database)
    first = auto_backup(source, paths, settings, WHEN)
    assert first is not None and first.path.parent == paths.default_backup_dir
    assert auto_backup(source, paths, settings, WHEN + dt.timedelta(hours=5)) is None
    assert Settings.load(paths.settings_file).last_auto_backup == "2025-01-15T10:30:00"
    assert auto_backup(source, paths, settings, WHEN + dt.timedelta(days=1)) is not None
    assert len(list_backups(paths.default_backup_dir, "demo")) == 2


# Restoring ------------------------------------------------------------------------------------


def test_restore_keeps_the_current_database_and_its_journal_aside(
    demo: Services, tmp_path: Path
) -> None:
    live = Path(demo.ctx.database.database)
    backup = make_backup(live, tmp_path / "backups", when=WHEN)
    save_meeting(demo, "बैकअप के बाद की बैठक")
    # The files as a crash leaves them: the newest meeting only in the -wal.
    source = tmp_path / "crashed" / "demo.sqlite3"
    source.parent.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(companion(live, suffix), companion(source, suffix))
    assert "बैकअप के बाद की बैठक" not in meeting_titles_without_journal(source)

    result = restore_backup(backup.path, source, when=WHEN + dt.timedelta(hours=1))

    assert result.kept_aside == source.with_name("demo.before-restore-20250115-113000.sqlite3")
    assert companion(result.kept_aside, "-wal").exists()
    assert "बैकअप के बाद की बैठक" not in meeting_titles(source)
    assert "बैकअप के बाद की बैठक" in meeting_titles(result.kept_aside)
    assert not companion(source, "-wal").exists()
    assert result.restored.contents.meetings == inspect_backup(source).contents.meetings
    database = open_database(source)
    assert Meeting.select().count() == result.restored.contents.meetings
    database.close()


def test_restore_refuses_a_bad_backup_and_changes_nothing(demo: Services, tmp_path: Path) -> None:
    source = Path(demo.ctx.database.database)
    backup = make_backup(source, tmp_path / "backups", when=WHEN)
    demo.ctx.database.close()
    data = bytearray(backup.path.read_bytes())
    data[-100] ^= 0xFF
    backup.path.write_bytes(bytes(data))
    before = source.read_bytes()
    with pytest.raises(StorageError, match="checksum does not match"):
        restore_backup(backup.path, source)
    assert source.read_bytes() == before
    assert sorted(p.name for p in source.parent.iterdir() if "before-restore" in p.name) == []


def test_restore_is_refused_while_another_copy_of_the_application_has_it_open(
    demo: Services, tmp_path: Path
) -> None:
    source = Path(demo.ctx.database.database)
    backup = make_backup(source, tmp_path / "backups", when=WHEN)
    demo.ctx.database.close()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock = f"{other.pid}\nLiaison Desktop\n{socket.gethostname()}\n"
        instance_lock_path(source).write_text(lock)
        with pytest.raises(StorageError, match=f"process {other.pid}"):
            restore_backup(backup.path, source)
    finally:
        other.kill()
        other.wait()
    # The same lock left behind by a process that has ended does not stop the restore.
    assert restore_backup(backup.path, source).kept_aside is not None


def test_latest_good_backup_skips_a_damaged_newer_one(demo: Services, tmp_path: Path) -> None:
    source = Path(demo.ctx.database.database)
    good = make_backup(source, tmp_path, when=WHEN)
    bad = make_backup(source, tmp_path, when=WHEN + dt.timedelta(days=1))
    bad.path.write_bytes(bad.path.read_bytes()[:8192])
    make_backup(source, tmp_path / "other", when=WHEN + dt.timedelta(days=2))
    found = latest_good_backup([tmp_path, tmp_path / "other", tmp_path / "missing"], "demo")
    assert found is not None and found.created_at == WHEN + dt.timedelta(days=2)
    (tmp_path / "other" / found.path.name).unlink()
    assert latest_good_backup([tmp_path], "demo").path == good.path
    assert latest_good_backup([tmp_path], "liaison") is None


def test_restore_over_a_damaged_file_after_it_was_moved_aside(
    demo: Services, tmp_path: Path
) -> None:
    source = Path(demo.ctx.database.database)
    backup = make_backup(source, tmp_path / "backups", when=WHEN)
    demo.ctx.database.close()
    source.write_bytes(source.read_bytes()[:5000])
    for suffix in ("-wal", "-shm"):
        companion(source, suffix).unlink(missing_ok=True)
    with pytest.raises(DatabaseDamagedError):
        open_database(source)
    result = restore_backup(backup.path, source, reason="damaged", when=WHEN)
    assert result.kept_aside is not None and result.kept_aside.name.startswith("demo.damaged-")
    assert result.kept_aside.stat().st_size == 5000  # the damaged file, kept
    database = open_database(source)
    assert Meeting.select().count() == backup.contents.meetings
    database.close()
    assert inspect_backup(source).contents.meetings == backup.contents.meetings
    assert os.path.exists(backup.path)


def test_a_database_with_a_hindi_file_name_is_backed_up_and_checked(
    demo: Services, tmp_path: Path
) -> None:
    """Issue 13: the .sha256 file was written as ASCII, so such a database could never be
    backed up (UnicodeEncodeError on every start)."""
    source = tmp_path / "लायज़न कार्यालय.sqlite3"
    shutil.copyfile(demo.ctx.database.database, source)
    info = make_backup(source, tmp_path / "backups", when=WHEN)
    assert info.path.name == "लायज़न कार्यालय-20250115-103000.sqlite3"
    assert backup_problems(info.path) == []
    if shutil.which("sha256sum"):
        check = subprocess.run(
            ["sha256sum", "-c", checksum_path(info.path).name],
            cwd=info.path.parent,
            capture_output=True,
        )
        assert check.returncode == 0, check.stdout


KILLED_RESTORE = """
import os, sys
from pathlib import Path
from liaison_desktop.core import backup

real_replace = os.replace
def replace(source, destination):
    if str(source).endswith(".restoring"):
        os._exit(9)  # killed between setting the database aside and putting the backup in place
    return real_replace(source, destination)
backup.os.replace = replace
backup.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))
"""


@pytest.mark.parametrize("copy_left", [True, False], ids=["finished", "rolled-back"])
def test_a_restore_killed_half_way_is_finished_or_undone_at_the_next_open(
    demo: Services, tmp_path: Path, copy_left: bool
) -> None:
    live = Path(demo.ctx.database.database)
    backup = make_backup(live, tmp_path / "backups", when=WHEN)
    save_meeting(demo, "बैकअप के बाद की बैठक")
    demo.ctx.database.close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_RESTORE, str(backup.path), str(live)], env=env, check=False
    )
    assert killed.returncode == 9 and not live.exists(), "the window the kill hit"
    incoming = live.with_name(f".{live.name}.restoring")
    assert incoming.exists()
    if not copy_left:
        incoming.unlink()

    database = open_database(live)  # the next start
    try:
        titles = {m.title for m in Meeting.select()}
    finally:
        database.close()
    assert ("बैकअप के बाद की बैठक" in titles) is not copy_left
    assert not incoming.exists() and not companion(live, ".restore-pending").exists()
    asides = list(live.parent.glob("demo.before-restore-*.sqlite3"))
    assert len(asides) == (1 if copy_left else 0)


def test_rotation_removes_what_killed_backups_left_once_a_day_old(tmp_path: Path) -> None:
    # A backup killed half-way leaves its copy and the copy's rollback journal.
    left = [
        tmp_path / ".liaison-20250115-090000.sqlite3.partial",
        tmp_path / ".liaison-20250115-090000.sqlite3.partial-journal",
    ]
    fresh = tmp_path / ".liaison-20250116-090000.sqlite3.partial"  # another backup under way
    for path in [*left, fresh]:
        path.write_bytes(b"x" * 100)
    two_days_ago = time.time() - 2 * 86_400
    for path in left:
        os.utime(path, (two_days_ago, two_days_ago))
    removed = set(rotate_backups(tmp_path, "liaison"))
    assert removed == set(left) and fresh.exists()
