"""Bad files and bad environments: damaged, truncated, orphaned, read-only, full, locked.

Each case gets a clear message, the file at fault is never changed or deleted, and a failed save
leaves the database exactly as it was (and the editor's draft untouched).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from liaison_desktop.core import db as db_module
from liaison_desktop.core.db import (
    companion,
    integrity_problems,
    move_aside,
    open_database,
)
from liaison_desktop.core.errors import DatabaseDamagedError, StorageError
from liaison_desktop.core.models import AuditEntry, Meeting
from liaison_desktop.core.records import AgendaLine, MeetingDraft
from liaison_desktop.core.services import Services

REPO = Path(__file__).resolve().parents[2]


def new_draft(services: Services, text: str = "चर्चा") -> MeetingDraft:
    series = services.series.all_series()[0]
    draft = services.series.new_meeting(series.id, dt.date(2025, 2, 3))
    draft.agenda.append(AgendaLine("यातायात व्यवस्था", discussion=text))
    return draft


def integrity_ok(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        return integrity_problems(connection) == []
    finally:
        connection.close()


# Damaged files ----------------------------------------------------------------------------------


def test_truncated_database_is_refused_and_left_as_it_was(demo_db_path: Path) -> None:
    data = demo_db_path.read_bytes()
    demo_db_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(demo_db_path)
    assert caught.value.path == str(demo_db_path)
    assert demo_db_path.read_bytes() == data[: len(data) // 2]


def test_large_databases_are_checked_by_header_at_open(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Above the size limit no page is read at open; truncation is still found from the header.
    monkeypatch.setattr(db_module, "QUICK_CHECK_MAX_BYTES", 0)
    open_database(demo_db_path).close()
    data = demo_db_path.read_bytes()
    demo_db_path.write_bytes(data[: len(data) - 4096])
    with pytest.raises(DatabaseDamagedError, match="cut short"):
        open_database(demo_db_path)
    assert len(demo_db_path.read_bytes()) == len(data) - 4096


def test_pages_overwritten_in_the_middle_are_found_at_open(demo_db_path: Path) -> None:
    data = bytearray(demo_db_path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4 * 4096] = b"\xa5" * (4 * 4096)
    demo_db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamagedError, match="not a Liaison Desktop database or is damaged"):
        open_database(demo_db_path)
    assert demo_db_path.read_bytes() == bytes(data)


def test_journal_without_its_database_is_not_replaced_by_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "liaison.sqlite3"
    companion(path, "-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60)
    with pytest.raises(DatabaseDamagedError, match="journal file"):
        open_database(path)
    assert not path.exists()


def test_move_aside_keeps_the_file_and_its_journal_under_a_dated_name(tmp_path: Path) -> None:
    path = tmp_path / "liaison.sqlite3"
    when = dt.datetime(2025, 1, 15, 10, 30, 5)
    names = []
    for content in (b"first", b"second"):
        path.write_bytes(content)
        companion(path, "-wal").write_bytes(content + b"-wal")
        aside = move_aside(path, "damaged", when)
        names.append(aside.name)
        assert aside.read_bytes() == content
        assert companion(aside, "-wal").read_bytes() == content + b"-wal"
        assert not path.exists() and not companion(path, "-wal").exists()
    assert names == [
        "liaison.damaged-20250115-103005.sqlite3",
        "liaison.damaged-20250115-103005-2.sqlite3",
    ]


# Read-only media --------------------------------------------------------------------------------


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(writable source, the same folder read-only): a read-only bind mount when running as root
    (permissions do not stop root), else plain permissions."""
    if sys.platform == "win32":
        pytest.skip("POSIX permissions and mounts")
    source, view = tmp_path / "source", tmp_path / "view"
    source.mkdir()
    view.mkdir()
    if os.geteuid() != 0:
        view.rmdir()
        view.symlink_to(source)
        yield source, view
        source.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "--bind", str(source), str(view)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("running as root without permission to mount a read-only folder")
    yield source, view
    subprocess.run(["umount", "--lazy", str(view)], check=True)


def make_read_only(source: Path, view: Path) -> None:
    if os.geteuid() != 0:
        for path in source.iterdir():
            path.chmod(0o444)
        source.chmod(0o555)
    else:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)


def test_database_on_read_only_media_gives_a_clear_message(
    read_only_folder: tuple[Path, Path], demo_db_path: Path
) -> None:
    source, view = read_only_folder
    (source / "liaison.sqlite3").write_bytes(demo_db_path.read_bytes())
    make_read_only(source, view)
    for name in ("liaison.sqlite3", "new.sqlite3"):
        with pytest.raises(StorageError, match="read-only disk") as caught:
            open_database(view / name)
        assert not isinstance(caught.value, DatabaseDamagedError)
    assert sorted(p.name for p in view.iterdir()) == ["liaison.sqlite3"]


# Full disk ------------------------------------------------------------------------------------


def test_full_disk_during_save_keeps_everything_as_it_was(demo: Services) -> None:
    database = demo.ctx.database
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    meetings, audit = Meeting.select().count(), AuditEntry.select().count()
    draft = new_draft(demo, "लंबी चर्चा। " * 20_000)
    snapshot = draft.to_json()
    with pytest.raises(StorageError, match="disk holding the database is full"):
        demo.meetings.save(draft)
    assert (Meeting.select().count(), AuditEntry.select().count()) == (meetings, audit)
    assert draft.to_json() == snapshot  # the editor still has every word
    assert integrity_ok(Path(database.database))
    database.execute_sql(f"PRAGMA max_page_count = {pages * 10}")
    saved = demo.meetings.save(draft)  # once there is room, the same draft saves
    assert demo.meetings.load(saved.id).agenda[0].discussion == draft.agenda[0].discussion.strip()


@pytest.fixture
def small_file_system(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB file system of its own (tmpfs), so the disk can really fill up."""
    folder = tmp_path / "small"
    folder.mkdir()
    if sys.platform == "win32" or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("no permission to mount a small file system")
    yield folder
    subprocess.run(["umount", "--lazy", str(folder)], check=True)


def test_really_full_file_system_fails_the_save_cleanly(
    small_file_system: Path, demo_template: Path
) -> None:
    path = small_file_system / "liaison.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    database = open_database(path)
    services = Services(database, "परीक्षक")
    before = Meeting.select().count()
    draft = new_draft(services, "लंबी चर्चा। " * 150_000)  # about 5 MB: more than is free
    snapshot = draft.to_json()
    with pytest.raises(StorageError, match="disk holding the database is full"):
        services.meetings.save(draft)
    assert draft.to_json() == snapshot
    assert Meeting.select().count() == before
    services.meetings.save(new_draft(services, "छोटी"))  # a small save still fits
    database.close()
    assert integrity_ok(path)


WRITE_FAILURE_CHILD = """
import json, resource, signal, sys
from liaison_desktop.core.db import open_database
from liaison_desktop.core.errors import StorageError
from liaison_desktop.core.services import Services
from tests.core.test_storage import new_draft

path, limit = sys.argv[1], int(sys.argv[2])
services = Services(open_database(path), "परीक्षक")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write then fails with EFBIG instead
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
result = {}
try:
    services.meetings.save(new_draft(services, "लंबी चर्चा। " * 100_000))
except StorageError as exc:
    result["error"] = str(exc)
result["small"] = services.meetings.save(new_draft(services, "छोटी")).uuid
print(json.dumps(result))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are POSIX")
def test_failing_disk_writes_roll_back_in_a_real_process(demo_db_path: Path) -> None:
    # The operating system refuses writes past a file size limit, as a full disk would: SQLite's
    # real failure path (not a simulated one) must end in a clear message and a sound file.
    limit = demo_db_path.stat().st_size + 300_000
    database = open_database(demo_db_path)
    before = Meeting.select().count()
    database.close()
    result = subprocess.run(
        [sys.executable, "-c", WRITE_FAILURE_CHILD, str(demo_db_path), str(limit)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert "not saved" in outcome["error"]
    assert integrity_ok(demo_db_path)
    database = open_database(demo_db_path)
    uuids = {str(row.uuid) for row in Meeting.select()}
    database.close()
    assert outcome["small"] in uuids
    assert len(uuids) == before + 1  # the small meeting, not the big one


# Locked database ------------------------------------------------------------------------------


def test_database_locked_by_another_program_fails_the_save_clearly(demo: Services) -> None:
    database = demo.ctx.database
    database.execute_sql("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(database.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    before = Meeting.select().count()
    draft = new_draft(demo)
    try:
        with pytest.raises(StorageError, match="Another program is writing"):
            demo.meetings.save(draft)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert Meeting.select().count() == before
    demo.meetings.save(draft)
    assert Meeting.select().count() == before + 1
