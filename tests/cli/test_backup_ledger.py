"""Backups checked against the ledger of sealed minutes, not only their checksum (issue 13): an
edited backup with its checksum recomputed or deleted is not restored, and verify finds ledger
entries removed from the database by comparing with the newest backup."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from liaison_desktop.core.backup import checksum_path, list_backups
from liaison_desktop.core.paths import AppPaths
from tests.cli.test_cli import liaison


@pytest.fixture
def office(tmp_path: Path, isolated_home: Path) -> tuple[Path, Path]:
    """A demo database and one backup of it in the automatic backup folder."""
    db = tmp_path / "office.sqlite3"
    liaison("demo", db=db)
    liaison("backup", db=db)
    (backup,) = list_backups(AppPaths.resolve(str(isolated_home)).default_backup_dir, "office")
    return db, backup


def sql(path: Path, statement: str, *args: object) -> None:
    connection = sqlite3.connect(path)
    connection.execute(statement, args)
    connection.commit()
    connection.close()


def edit_signed_decision(backup: Path) -> None:
    sql(
        backup,
        "UPDATE agenda_item SET decision = 'कोई निर्णय नहीं हुआ' WHERE meeting_id ="
        " (SELECT id FROM meeting WHERE status = 'signed' LIMIT 1)",
    )


@pytest.mark.parametrize("checksum", ["recomputed", "deleted"])
def test_an_edited_backup_is_not_restored(office: tuple[Path, Path], checksum: str) -> None:
    db, backup = office
    edit_signed_decision(backup)
    if checksum == "recomputed":
        digest = hashlib.sha256(backup.read_bytes()).hexdigest()
        checksum_path(backup).write_text(f"{digest}  {backup.name}\n", encoding="utf-8")
    else:
        checksum_path(backup).unlink()
    before = db.read_bytes()
    refused = liaison("restore", str(backup), "--yes", db=db, check=False)
    assert refused.returncode == 2
    assert "not restored" in refused.stderr and "changed since they were sealed" in refused.stderr
    assert db.read_bytes() == before and not list(db.parent.glob("*before-restore*"))


def test_a_true_backup_still_restores(office: tuple[Path, Path]) -> None:
    db, backup = office
    liaison("restore", str(backup), "--yes", db=db)
    assert list(db.parent.glob("*before-restore*"))


def test_verify_finds_entries_removed_since_the_newest_backup(office: tuple[Path, Path]) -> None:
    db, _backup = office
    assert liaison("verify", db=db).returncode == 0
    # The newest sealed minutes and their ledger entry removed, the minutes set back to draft:
    # the chain alone still reads as whole.
    connection = sqlite3.connect(db)
    position, meeting_uuid = connection.execute(
        "SELECT position, meeting_uuid FROM ledger_entry ORDER BY position DESC LIMIT 1"
    ).fetchone()
    connection.execute("DELETE FROM ledger_entry WHERE meeting_uuid = ?", (meeting_uuid,))
    connection.execute(
        "UPDATE meeting SET status = 'draft', signed_on = NULL, reference_no = NULL"
        " WHERE replace(uuid, '-', '') = replace(?, '-', '')",
        (meeting_uuid,),
    )
    connection.commit()
    connection.close()
    found = liaison("verify", db=db, check=False)
    assert found.returncode == 3
    assert "removed from the database" in found.stdout and str(position) in found.stdout


HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1])
connection.execute("SELECT COUNT(*) FROM meeting").fetchone()
print("open", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SQLite's POSIX locks")
def test_restore_waits_for_every_other_program_to_close_the_database(
    office: tuple[Path, Path],
) -> None:
    db, backup = office
    other = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdout.readline() == "open\n"
        refused = liaison("restore", str(backup), "--yes", db=db, check=False)
        assert refused.returncode == 2 and "Another program" in refused.stderr
        assert not list(db.parent.glob("*before-restore*"))
    finally:
        other.kill()
        other.wait()
        other.stdout.close()
    liaison("restore", str(backup), "--yes", db=db)
    assert list(db.parent.glob("*before-restore*"))
