"""The ``liaison`` command run as a real subprocess, as scripts and clerks run it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXED_NOW

# The command is run with the tests' fixed "today" (liaison --today), never the machine's.
TODAY = f"{FIXED_NOW:%d-%m-%Y}"


def liaison(
    *args: str, db: Path | None = None, check: bool = True, today: str = TODAY
) -> subprocess.CompletedProcess:
    command = [
        sys.executable,
        "-m",
        "liaison_desktop.cli",
        "--today",
        today,
        *(["--db", str(db)] if db else []),
        *args,
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, env=os.environ.copy(), timeout=120
    )
    if check:
        assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


def test_help_lists_commands() -> None:
    out = liaison("--help").stdout
    for command in ("demo", "stats", "meetings", "export-json", "import-json"):
        assert command in out
    assert "UUID" in liaison("import-json", "--help").stdout or "archive" in out


def test_demo_stats_meetings(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    assert "Demo data written" in liaison("demo", db=db).stdout
    stats = json.loads(liaison("stats", "--json", db=db).stdout)
    assert stats["place"] >= 10 and stats["person"] >= 40 and stats["meeting"] >= 20
    meetings = json.loads(liaison("meetings", "--json", db=db).stdout)
    assert {"id", "uuid", "series", "date", "title", "status"} <= set(meetings[0])
    quarterly = [m for m in meetings if "त्रैमासिक" in m["series"]]
    assert len(quarterly) >= 3
    by_uuid = json.loads(
        liaison("meetings", "--json", "--series", str(quarterly[0]["series_id"]), db=db).stdout
    )
    assert {m["uuid"] for m in by_uuid} == {m["uuid"] for m in quarterly}
    again = liaison("demo", db=db, check=False)
    assert again.returncode == 2 and "already holds data" in again.stderr


def test_export_import_round_trip(tmp_path: Path) -> None:
    db, copy_db = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    liaison("demo", db=db)
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    liaison("export-json", str(first), db=db)
    liaison("import-json", str(first), db=copy_db)
    liaison("export-json", str(second), db=copy_db)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("meetings", "--series", "12345"), "No meeting series"),
        (("import-json", "/nonexistent/archive.json"), "cannot be read"),
        (("export-json", "/nonexistent-folder/x.json"), "Cannot write"),
    ],
)
def test_errors_are_one_clear_line_with_nonzero_exit(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = liaison(*args, db=tmp_path / "e.sqlite3", check=False)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_not_a_database_file(tmp_path: Path) -> None:
    bad = tmp_path / "letter.sqlite3"
    bad.write_text("प्रिय महोदय, " * 500, encoding="utf-8")
    result = liaison("stats", db=bad, check=False)
    assert result.returncode == 2 and "not a Liaison Desktop database" in result.stderr


def test_actions_history_and_verify(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    liaison("demo", db=db)
    open_items = json.loads(liaison("actions", "--open", "--json", db=db).stdout)
    assert open_items and all(i["status"] in ("open", "in_progress") for i in open_items)
    reviewed = next(i for i in open_items if i["series_name"].startswith("पुलिस आयुक्त"))
    one = json.loads(liaison("action", reviewed["uuid"], "--json", db=db).stdout)
    assert one["id"] == reviewed["id"] and one["origin_title"] == reviewed["origin_title"]
    assert all({"meeting_date", "status", "remark"} <= set(r) for r in one["reviews"])
    meetings = json.loads(liaison("meetings", "--json", db=db).stdout)
    statuses = {m["status"] for m in meetings}
    assert statuses == {"draft", "final", "signed"}
    assert any(m["reference_no"] and m["reference_no"].endswith("/A1") for m in meetings)
    assert liaison("verify", db=db).stdout == f"{db}: ok\n"
    signed = next(m for m in meetings if m["status"] == "signed")
    raw = sqlite3.connect(db)
    raw.execute("UPDATE meeting SET venue = 'बदला हुआ' WHERE id = ?", (signed["id"],))
    raw.commit()
    raw.close()
    tampered = liaison("verify", "--json", db=db, check=False)
    assert tampered.returncode == 3
    problems = json.loads(tampered.stdout)
    assert [(p["check"], p["meeting_id"]) for p in problems] == [("lifecycle", signed["id"])]


def test_finalise_sign_amend_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    liaison("demo", db=db)
    drafts = [
        m for m in json.loads(liaison("meetings", "--json", db=db).stdout) if m["status"] == "draft"
    ]
    target = drafts[-1]
    assert "Final:" in liaison("finalise", target["uuid"], db=db).stdout
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 signed scan")
    date = target["date"].split("-")
    out = liaison(
        "sign",
        str(target["id"]),
        "--on",
        f"{date[2]}-{date[1]}-{date[0]}",
        "--by",
        "रमेश चंद्र अवस्थी|सांसद",
        "--scan",
        str(scan),
        db=db,
    ).stdout
    assert "Attached scan.pdf" in out
    assert (
        "Amendment started" in liaison("amend", str(target["id"]), "--reason", "त्रुटि", db=db).stdout
    )
    bad = liaison("sign", str(target["id"]), "--on", "31-02-2024", db=db, check=False)
    assert bad.returncode == 2 and "not a real date" in bad.stderr


def test_errors_in_hindi_on_request(tmp_path: Path) -> None:
    result = liaison(
        "--lang", "hi", "meetings", "--series", "12345", db=tmp_path / "h.sqlite3", check=False
    )
    assert result.returncode == 2
    assert "बैठक शृंखला: “12345” क्रमांक या UUID का कोई अभिलेख नहीं मिला।" in result.stderr


def test_a_bad_scan_leaves_the_minutes_final_and_a_retry_signs_them(tmp_path: Path) -> None:
    """Issue 13: the scan is read and checked before anything is signed (before, a missing file
    left the minutes signed without it, a FIFO hung, /dev/zero ran out of memory)."""
    db = tmp_path / "demo.sqlite3"
    liaison("demo", db=db)
    listed = json.loads(liaison("meetings", "--json", db=db).stdout)
    final = next(m for m in listed if m["status"] == "final")
    on = "-".join(reversed(final["date"].split("-")))
    fifo = tmp_path / "scan-pipe"
    os.mkfifo(fifo)
    big = tmp_path / "big.pdf"
    with big.open("wb") as stream:
        stream.write(b"%PDF-1.4")
        stream.truncate(51 * 1024 * 1024)  # sparse: 51 MB without writing them
    words = tmp_path / "notes.pdf"
    words.write_text("not a scan, whatever its name says")
    refusals = {
        str(tmp_path / "missing.pdf"): "cannot be read",
        str(fifo): "not an ordinary file",
        "/dev/zero": "not an ordinary file",
        str(tmp_path): "not an ordinary file",
        str(big): "too large",
        str(words): "not a PDF, JPEG or PNG",
    }
    for path, reason in refusals.items():
        refused = liaison("sign", str(final["id"]), "--on", on, "--scan", path, db=db, check=False)
        assert refused.returncode == 2 and reason in refused.stderr, (path, refused.stderr)
    status = {m["id"]: m["status"] for m in json.loads(liaison("meetings", "--json", db=db).stdout)}
    assert status[final["id"]] == "final"

    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0 a jpeg scan")
    assert (
        "Attached scan.jpg"
        in liaison("sign", str(final["id"]), "--on", on, "--scan", str(scan), db=db).stdout
    )
    assert liaison("verify", db=db).returncode == 0

    signed_without = next(
        m["id"]
        for m in json.loads(liaison("meetings", "--json", db=db).stdout)
        if m["status"] == "signed" and m["id"] != final["id"]
    )
    png = tmp_path / "later.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n a png scan")
    assert (
        "Attached later.png" in liaison("attach-scan", str(signed_without), str(png), db=db).stdout
    )
    draft = next(m["id"] for m in listed if m["status"] == "draft")
    refused = liaison("attach-scan", str(draft), str(png), db=db, check=False)
    assert refused.returncode == 2 and "needs a meeting that is signed" in refused.stderr
    assert liaison("verify", db=db).returncode == 0
