"""Storage defects found under attack (issue 13): exports write regular files only, two imports
at once cannot merge two offices, everything created is private to its user, and the log holds
no value a clerk typed."""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from liaison_desktop.core.archive import import_archive, read_archive
from liaison_desktop.core.errors import ArchiveError
from liaison_desktop.core.models import OfficeProfile
from tests.cli.test_cli import liaison


@pytest.fixture(scope="module")
def two_archives(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two offices' archives (the demo, and the demo with another office name and new UUIDs)."""
    folder = tmp_path_factory.mktemp("archives")
    base = folder / "demo.sqlite3"
    liaison("demo", db=base)
    first = folder / "first.json"
    liaison("export-json", str(first), db=base)
    data = json.loads(first.read_text(encoding="utf-8"))
    text = json.dumps(data, ensure_ascii=False)
    for row in data["tables"]["office_profile"]:
        text = text.replace(row["name"], "जिला कार्यालय, उन्नाव")
    # Other UUIDs throughout: a different office, not the same one twice.
    text = text.replace('"uuid": "', '"uuid": "f').replace("-4", "-5")
    second = folder / "second.json"
    second.write_text(text, encoding="utf-8")
    return first, second


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_an_export_never_replaces_a_device_pipe_or_folder(tmp_path: Path) -> None:
    # (/dev/full itself is not used: code that replaced it, run as root, would break the machine)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for target in (pipe, tmp_path):
        done = liaison("export-json", str(target), check=False)
        assert done.returncode == 2 and "device, folder or pipe" in done.stderr
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_an_import_checks_emptiness_under_the_write_lock(
    database, db_path: Path, two_archives: tuple[Path, Path]
) -> None:
    """Another office's import holds the write lock, uncommitted, when this one starts: this
    one waits, then finds the database no longer empty (before, it had checked outside the lock
    and merged the two offices)."""
    other = sqlite3.connect(db_path, timeout=10, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "INSERT INTO office_profile (uuid, name, name_en, district, letterhead, address, phone,"
        " email, reference_prefix, default_language, updated_at) VALUES"
        " ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'जिला कार्यालय, उन्नाव', '', '', '', '', '', '', '',"
        " 'hi', '2025-01-15 10:30:00')"
    )
    committer = threading.Timer(1.0, lambda: (other.execute("COMMIT"), other.close()))
    committer.start()
    try:
        with pytest.raises(ArchiveError, match="empty database"):
            import_archive(database, read_archive(two_archives[0]))
    finally:
        committer.join()
    assert OfficeProfile.select().count() == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_what_the_program_creates_is_private(tmp_path: Path, monkeypatch) -> None:
    base = tmp_path / "home"
    monkeypatch.setenv("LIAISON_BASEDIR", str(base))
    os.umask(0o022)  # a usual umask: the program narrows it itself
    liaison("demo")
    liaison("backup")
    meetings = json.loads(liaison("meetings", "--json").stdout)
    paper = tmp_path / "minutes.pdf"
    liaison("export", "minutes", "--meeting", str(meetings[0]["id"]), "--out", str(paper))
    created = [p for p in base.rglob("*")] + [paper]
    assert any(p.suffix == ".sqlite3" for p in created) and any(p.suffix == ".log" for p in created)
    for path in created:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} is {mode:o}"


def test_the_log_holds_no_value_the_clerk_typed(qapp, caplog) -> None:
    from liaison_desktop.core.validation import mobile_number
    from liaison_desktop.gui.errors import show_error

    with pytest.raises(Exception) as refused:
        mobile_number("98390 12x45", "Mobile")
    with caplog.at_level(logging.DEBUG):
        show_error(None, refused.value)
    assert caplog.records, "the error is still logged"
    assert "12x45" not in caplog.text


def commit_and_die(db: Path, *statements: str) -> None:
    """A program that commits and dies before any checkpoint: its commits are only in the -wal
    (and both the -wal and the -shm stay, as a crash leaves them)."""
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        "for statement in sys.argv[2:]:\n"
        "    c.execute(statement)\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db), *statements], check=True)


def test_a_deleted_journal_is_said_not_silently_lost(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    liaison("demo", db=db)
    commit_and_die(db, "UPDATE office_profile SET phone = '0512-9999999'")
    wal, shm = db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")
    assert wal.exists() and shm.exists()
    wal.unlink()  # what a cleaner, an antivirus or a careless copy does

    refused = liaison("stats", db=db, check=False)
    assert refused.returncode == 2
    assert wal.name in refused.stderr and shm.name in refused.stderr
    assert shm.exists() and not wal.exists(), "nothing changed by the refusal"
    shm.unlink()  # the clerk accepts the loss, as the message says
    assert json.loads(liaison("stats", "--json", db=db).stdout)["office_profile"] == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX links")
def test_links_never_give_one_database_two_journals(tmp_path: Path) -> None:
    real = tmp_path / "office.sqlite3"
    liaison("demo", db=real)
    link = tmp_path / "shortcut.sqlite3"
    link.symlink_to(real)
    from liaison_desktop.core.db import open_database

    database = open_database(link)  # through a symbolic link: the real file, its journals
    try:
        assert Path(database.database) == real.resolve()
    finally:
        database.close()

    other_name = tmp_path / "copy-by-link.sqlite3"
    os.link(real, other_name)
    for name in (real, other_name):
        refused = liaison("stats", db=name, check=False)
        assert refused.returncode == 2 and "hard links" in refused.stderr
    other_name.unlink()
    assert liaison("stats", db=real).returncode == 0


def test_a_backup_never_lands_on_the_internal_disk_when_the_stick_is_out(
    tmp_path: Path, isolated_home: Path
) -> None:
    stick = tmp_path / "media" / "usb"  # where the stick is mounted
    stick.mkdir(parents=True)
    folder = stick / "liaison-backups"
    db = tmp_path / "office.sqlite3"
    liaison("demo", db=db)
    first = liaison("backup", "--to", str(folder), db=db)
    assert "on the drive at" in first.stdout
    assert (folder / ".liaison-backup-drive").is_file()

    shutil.move(str(folder), str(tmp_path / "stick-in-a-drawer"))  # the stick is pulled out
    refused = liaison("backup", "--to", str(folder), db=db, check=False)
    assert refused.returncode == 2 and "USB" in refused.stderr
    assert not folder.exists(), "nothing was written under the empty mount point"

    shutil.move(str(tmp_path / "stick-in-a-drawer"), str(folder))  # plugged in again
    liaison("backup", "--to", str(folder), db=db)
    assert len(list(folder.glob("office-*.sqlite3"))) == 2

    (folder / ".liaison-backup-drive").unlink()  # a new, empty stick at the same place
    assert liaison("backup", "--to", str(folder), db=db, check=False).returncode == 2
    liaison("backup", "--to", str(folder), "--new-drive", db=db)


def test_a_file_shorter_than_its_header_but_whole_with_its_journal_opens(tmp_path: Path) -> None:
    """As a checkpoint stopped by a full disk leaves it: the file's header counts pages the file
    does not hold yet, the journal holds them. Called "cut short" before; SQLite says ok."""
    db = tmp_path / "office.sqlite3"
    liaison("demo", db=db)
    commit_and_die(
        db,
        "UPDATE office_profile SET phone = '0512-7777777'",
        "CREATE TABLE filler (x)",
        "INSERT INTO filler SELECT randomblob(4000) FROM meeting",
    )
    data = bytearray(db.read_bytes())
    pages = int.from_bytes(data[28:32], "big")
    data[28:32] = (pages + 50).to_bytes(4, "big")  # the header counts pages not written yet
    db.write_bytes(bytes(data))
    stats = json.loads(liaison("stats", "--json", db=db).stdout)
    assert stats["office_profile"] == 1
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT phone FROM office_profile").fetchone() == ("0512-7777777",)
    assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
    connection.close()
