"""``liaison backup``, ``backups``, ``restore`` and ``verify`` run as real subprocesses."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from liaison_desktop.core.instance import instance_lock_path
from tests.cli.test_cli import liaison


@pytest.fixture
def demo_db(demo_db_path: Path) -> Path:
    return demo_db_path


def test_backup_list_and_verify(demo_db: Path, isolated_home: Path, tmp_path: Path) -> None:
    made = json.loads(liaison("backup", "--json", db=demo_db).stdout)
    assert Path(made["path"]).parent == isolated_home / "data" / "backups"
    assert made["counts"]["meeting"] > 0
    assert made["last_meeting"]["date"] and made["last_meeting"]["title"]

    stick = tmp_path / "usb"
    out = liaison("backup", "--to", str(stick), db=demo_db).stdout
    assert out.startswith("Backup written and verified: " + str(stick))
    assert "meetings" in out

    listed = json.loads(liaison("backups", "--json", db=demo_db).stdout)
    assert [entry["path"] for entry in listed] == [made["path"]]
    assert len(json.loads(liaison("backups", "--in", str(stick), "--json").stdout)) == 1

    verified = liaison("verify", "--backups", db=demo_db).stdout
    assert verified.count(": ok") == 2


def test_verify_reports_damage_with_its_own_exit_status(demo_db: Path) -> None:
    connection = sqlite3.connect(demo_db)
    connection.execute("UPDATE meeting SET series_id = 9999 WHERE id = 1")  # keys not enforced
    connection.commit()
    connection.close()
    result = liaison("verify", db=demo_db, check=False)
    assert result.returncode == 3
    assert "[references] Record 1 of table “meeting” refers to a missing record of table" in (
        result.stdout
    )
    assert "[lifecycle] The check “lifecycle” could not finish" in result.stdout

    data = bytearray(demo_db.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 8192] = b"\x00" * 8192
    demo_db.write_bytes(bytes(data))
    result = liaison("verify", "--json", db=demo_db, check=False)
    assert result.returncode == 3
    problems = json.loads(result.stdout)
    assert problems[0]["check"] == "integrity" and "integrity check" in problems[0]["message"]
    assert {p["check"] for p in problems} == {"integrity"}  # nothing else read a damaged file


def test_restore_asks_keeps_the_current_database_and_refuses_a_running_app(
    demo_db: Path, tmp_path: Path
) -> None:
    backup = json.loads(liaison("backup", "--to", str(tmp_path / "b"), "--json", db=demo_db).stdout)
    refused = liaison("restore", backup["path"], db=demo_db, check=False)
    assert refused.returncode == 2 and "Add --yes to confirm" in refused.stderr
    assert "meetings" in refused.stdout  # it showed what the backup holds first

    app = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        instance_lock_path(demo_db).write_text(
            f"{app.pid}\nLiaison Desktop\n{socket.gethostname()}\n"
        )
        busy = liaison("restore", backup["path"], "--yes", db=demo_db, check=False)
        assert busy.returncode == 2 and f"process {app.pid}" in busy.stderr
    finally:
        app.kill()
        app.wait()

    done = liaison("restore", backup["path"], "--yes", db=demo_db).stdout
    assert f"Restored into {demo_db}." in done
    kept = [p for p in demo_db.parent.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and str(kept[0]) in done
    stats = json.loads(liaison("stats", "--json", db=demo_db).stdout)
    assert stats == backup["counts"]


def test_a_damaged_database_gives_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "liaison.sqlite3"
    path.write_bytes(b"")
    result = liaison("stats", db=path, check=False)
    assert result.returncode == 2
    assert "is empty (0 bytes)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_verify_paper_checks_printed_minutes_against_the_database(
    demo_db: Path, tmp_path: Path
) -> None:
    listed = json.loads(liaison("meetings", "--json", db=demo_db).stdout)
    signed = next(m for m in listed if m["status"] == "signed")
    paper = tmp_path / "minutes.pdf"
    liaison("export", "minutes", "--meeting", str(signed["id"]), "--out", str(paper), db=demo_db)
    clean = liaison("verify", "--paper", str(paper), db=demo_db)
    assert f"{paper}: ok" in clean.stdout and "matches seal" in clean.stdout

    connection = sqlite3.connect(demo_db)  # the paper's ledger entry rewritten, hash and all
    connection.execute(
        "UPDATE ledger_entry SET entry_hash = ? WHERE position = "
        "(SELECT MAX(position) FROM ledger_entry WHERE meeting_uuid = ?)",
        ("f" * 64, signed["uuid"]),
    )
    connection.commit()
    connection.close()
    tampered = liaison("verify", "--paper", str(paper), "--json", db=demo_db, check=False)
    assert tampered.returncode == 3
    where = {(p["where"], p["check"]) for p in json.loads(tampered.stdout)}
    assert (str(paper), "paper") in where and (str(demo_db), "lifecycle") in where

    blank = tmp_path / "blank.txt"
    blank.write_text("nothing here")
    refused = liaison("verify", "--paper", str(blank), db=demo_db, check=False)
    assert refused.returncode == 3 and "carries no seal" in refused.stdout
