"""Fault injection: a child process saves meetings, autosaves drafts and makes backups through the
real services while the parent kills it (SIGKILL) at random moments.

After every kill the parent checks that the database passes ``integrity_check``; that every save
the child reported as committed is there (at that version or a later one); that no meeting is
half-saved (each meeting's notes name its version and the number of agenda points saved with it,
and the agenda in the database must match); that every recovery snapshot can be read; and that
every backup with its final name passes its checks.

The child is this module run as a script (``python -m tests.fault_injection DIR SEED``); the test
in ``tests/core/test_fault_injection.py`` runs a small campaign, ``bench/fault_injection.py`` a
large one.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KEEP_BACKUPS = 3  # the child keeps the newest few backups
NOTES = re.compile(r"^fault-injection v=(\d+) agenda=(\d+)$")


@dataclass
class CampaignResult:
    rounds: int = 0
    saves: int = 0  # saves the children reported as committed
    snapshots: int = 0
    backups: int = 0
    finalised: int = 0  # meetings the children reported made final (and sealed)
    signed: int = 0
    meetings: int = 0  # meetings in the database at the end
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


# The child -----------------------------------------------------------------------------------


def child(folder: Path, seed: int) -> None:
    """Save, autosave and back up until killed; print each committed step on its own line."""
    from liaison_desktop.core.backup import checksum_path, list_backups, make_backup
    from liaison_desktop.core.db import open_database
    from liaison_desktop.core.models import Meeting
    from liaison_desktop.core.records import AgendaLine
    from liaison_desktop.core.recovery import RecoveryStore
    from liaison_desktop.core.services import Services
    from liaison_desktop.core.services.lifecycle import SignatoryLine

    rng = random.Random(seed)
    database_path = folder / "liaison.sqlite3"
    services = Services(open_database(database_path), operator="fault-injection")
    store = RecoveryStore(folder / "recovery", database_path)
    series = services.series.all_series()[0]
    print("ready", flush=True)
    for step in range(1_000_000):
        mine = list(
            Meeting.select(Meeting.uuid).where(
                Meeting.notes.startswith("fault-") & (Meeting.status == "draft")
            )
        )
        if mine and rng.random() < 0.6:
            draft = services.meetings.load(str(rng.choice(mine).uuid))
            version = int(NOTES.match(draft.notes)[1]) + 1
        else:
            day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
            draft = services.series.new_meeting(series.id, day)
            version = 1
        count = rng.randrange(0, 8)
        draft.agenda = draft.agenda[:count] + [
            AgendaLine(f"बिंदु {step}-{n}", discussion="चर्चा " * rng.randrange(1, 300))
            for n in range(count - len(draft.agenda[:count]))
        ]
        draft.notes = f"fault-injection v={version} agenda={count}"
        draft.chair_name, draft.chair_designation = "अध्यक्ष", "थाना प्रभारी"
        if rng.random() < 0.3:
            store.keep(draft.to_json())
            print(f"snapshot {draft.uuid} {version}", flush=True)
        saved = services.meetings.save(draft)
        print(f"saved {saved.uuid} {version}", flush=True)
        if count and rng.random() < 0.15:
            services.lifecycle.finalise(saved.id)
            print(f"final {saved.uuid}", flush=True)
            if rng.random() < 0.5:
                line = SignatoryLine("अध्यक्ष", "थाना प्रभारी")
                services.lifecycle.sign(saved.id, saved.meeting_date, [line])
                print(f"signed {saved.uuid}", flush=True)
        if rng.random() < 0.05:
            info = make_backup(database_path, folder / "backups")
            print(f"backup {info.path.name}", flush=True)
            # Only the newest few are kept: a long campaign would fill the disk with copies.
            for old in list_backups(folder / "backups", "liaison")[KEEP_BACKUPS:]:
                print(f"pruning {old.name}", flush=True)  # said first: a kill may come next
                old.unlink()
                checksum_path(old).unlink(missing_ok=True)


# The parent ----------------------------------------------------------------------------------


def prepare(folder: Path) -> None:
    """A database with one police station and its monthly series."""
    from liaison_desktop.core.db import open_database
    from liaison_desktop.core.services import Services

    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(folder / "liaison.sqlite3")
    services = Services(database, operator="fault-injection")
    station = services.directory.create_place("station", "कोतवाली")
    services.series.create_series("monthly_station", "कोतवाली मासिक बैठक", station=station.id)
    database.close()


def run_campaign(
    folder: Path,
    rounds: int,
    *,
    seed: int = 0,
    saves: tuple[int, int] = (5, 30),
    jitter: float = 0.05,
) -> CampaignResult:
    """``rounds`` times: start the child, let it report between ``saves[0]`` and ``saves[1]``
    saves, kill it up to ``jitter`` seconds later (so at any point of a save), check everything.
    Counting saves rather than seconds gives a slow machine as much work as a fast one."""
    rng = random.Random(seed)
    prepare(folder)
    result = CampaignResult()
    committed: dict[str, int] = {}
    snapshots: dict[str, int] = {}
    backups: set[str] = set()
    verified: set[str] = set()  # backups already checked: a finished backup never changes
    states: dict[str, str] = {}  # meeting uuid -> the lifecycle step reported last
    started = time.perf_counter()
    for round_number in range(rounds):
        lines = _run_and_kill(
            folder, rng.randrange(1 << 30), rng.randint(*saves), rng.uniform(0, jitter)
        )
        for kind, *values in (line.split() for line in lines):
            if kind == "saved":
                committed[values[0]] = max(committed.get(values[0], 0), int(values[1]))
                result.saves += 1
            elif kind == "snapshot":
                snapshots[values[0]] = max(snapshots.get(values[0], 0), int(values[1]))
                result.snapshots += 1
            elif kind == "backup":
                backups.add(values[0])
                result.backups += 1
            elif kind == "pruning":
                backups.discard(values[0])
                verified.discard(values[0])
            elif kind == "final":
                states[values[0]] = "final"
                result.finalised += 1
            elif kind == "signed":
                states[values[0]] = "signed"
                result.signed += 1
        found = check(folder, committed, snapshots, backups, verified)
        found += check_states(folder / "liaison.sqlite3", states)
        result.problems += [f"round {round_number}: {problem}" for problem in found]
        result.rounds += 1
        if found:
            break
    if not result.problems:
        result.meetings = len(_stored_versions(folder / "liaison.sqlite3"))
        result.problems += [f"at the end: {problem}" for problem in ledger_problems(folder)]
    result.seconds = time.perf_counter() - started
    return result


def _run_and_kill(folder: Path, seed: int, saves: int, delay: float) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with open(folder / "child-stderr.txt", "w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.fault_injection", str(folder), str(seed)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            cwd=REPO,
            env=env,
        )
        assert process.stdout is not None
        first = process.stdout.readline()
        if first != "ready\n":
            process.kill()
            process.wait()
            raise RuntimeError((folder / "child-stderr.txt").read_text())
        lines: list[str] = []
        while sum(line.startswith("saved ") for line in lines) < saves:
            line = process.stdout.readline()
            if not line:
                break  # the child died on its own: its stderr tells why
            lines.append(line.rstrip("\n"))
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        rest = process.stdout.read()
        process.wait()
        process.stdout.close()
    if process.returncode != -signal.SIGKILL:
        raise RuntimeError((folder / "child-stderr.txt").read_text())
    # A line is written whole (one short write to a pipe) or not at all; keep only whole ones.
    return lines + [line for line in rest.split("\n")[:-1] if line]


def _stored_versions(path: Path) -> dict[str, tuple[int, int, int]]:
    """uuid → (version, agenda points named in the notes, agenda points stored)."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT m.uuid, m.notes, (SELECT COUNT(*) FROM agenda_item a WHERE a.meeting_id = m.id)"
            " FROM meeting m"
        ).fetchall()
    finally:
        connection.close()
    versions = {}
    for raw_uuid, notes, stored in rows:
        match = NOTES.match(notes)
        version, named = (int(match[1]), int(match[2])) if match else (0, -1)
        versions[_uuid_text(raw_uuid)] = (version, named, stored)
    return versions


def _uuid_text(raw: str) -> str:
    import uuid

    return str(uuid.UUID(str(raw)))


def check(
    folder: Path,
    committed: dict[str, int],
    snapshots: dict[str, int],
    backups: set[str],
    verified: set[str],
) -> list[str]:
    from liaison_desktop.core.backup import backup_problems, list_backups
    from liaison_desktop.core.db import integrity_problems
    from liaison_desktop.core.recovery import UNREADABLE_SUFFIX, RecoveryStore

    path = folder / "liaison.sqlite3"
    problems: list[str] = []
    connection = sqlite3.connect(path)
    try:
        problems += [f"integrity: {p}" for p in integrity_problems(connection)]
    finally:
        connection.close()
    if problems:
        return problems  # a damaged file: reading on would only add noise
    stored = _stored_versions(path)
    for meeting_uuid, version in committed.items():
        if meeting_uuid not in stored:
            problems.append(f"committed meeting {meeting_uuid} is missing")
        elif stored[meeting_uuid][0] < version:
            problems.append(f"meeting {meeting_uuid} lost version {version}")
    for meeting_uuid, (version, named, count) in stored.items():
        if named != count:
            problems.append(f"meeting {meeting_uuid} v{version} half-saved: {count}/{named}")
    store = RecoveryStore(folder / "recovery", path)
    readable = {s.meeting_uuid: s.draft.notes for s in store.snapshots()}
    if list((folder / "recovery").glob(f"*{UNREADABLE_SUFFIX}")):
        problems.append("a recovery snapshot was unreadable")
    for meeting_uuid, version in snapshots.items():
        notes = readable.get(meeting_uuid)
        if notes is None or int(NOTES.match(notes)[1]) < version:
            problems.append(f"recovery snapshot {meeting_uuid} v{version} lost")
    present = {p.name for p in list_backups(folder / "backups")}
    problems += [f"reported backup {name} is missing" for name in backups - present]
    for name in present - verified:
        problems += [f"backup {name}: {p}" for p in backup_problems(folder / "backups" / name)]
        verified.add(name)
    return problems


def check_states(path: Path, states: dict[str, str]) -> list[str]:
    """Every finalise and signature the children reported is stored: a reported step is never
    lost, and a step never reported cannot be half there (the status, the seal and the ledger
    entry are one transaction; ``ledger_problems`` checks the seals)."""
    connection = sqlite3.connect(path)
    try:
        stored = {
            _uuid_text(u): s for u, s in connection.execute("SELECT uuid, status FROM meeting")
        }
    finally:
        connection.close()
    problems = []
    for meeting_uuid, state in states.items():
        now = stored.get(meeting_uuid)
        if now is None or (state == "signed" and now != "signed") or now == "draft":
            problems.append(f"meeting {meeting_uuid} reported {state}, stored {now}")
    return problems


def ledger_problems(folder: Path) -> list[str]:
    """``liaison verify`` of the database: the ledger proves every sealed meeting unchanged."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "liaison_desktop.cli",
            "--basedir",
            str(folder / "home"),
            "--db",
            str(folder / "liaison.sqlite3"),
            "verify",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
    )
    if done.returncode == 0:
        return []
    return [line for line in (done.stdout + done.stderr).splitlines() if line.strip()][:5]


if __name__ == "__main__":
    child(Path(sys.argv[1]), int(sys.argv[2]))
