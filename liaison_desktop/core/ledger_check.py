"""A backup checked against the ledger of sealed minutes, beyond its checksum.

A checksum proves only that a backup is the file written; someone who edits a backup recomputes
it (or deletes it). So a backup is also checked as the database it would become: its own ledger
must prove its sealed minutes unchanged, and where it and the live database both hold a ledger
entry they must hold the same one. ``verify`` compares the live chain with the newest backup's
the same way: entries the backup holds and the database lacks were removed from the database.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from liaison_desktop.core.errors import LiaisonError, StorageError
from liaison_desktop.i18n import QT_TRANSLATE_NOOP
from liaison_desktop.launch import liaison_command

MSG_CHAIN_DIFFERS = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Ledger entry {position} of the backup “{backup}” is not the database's entry {position}: "
    "one of the two was altered.",
)
MSG_CHAIN_CUT = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The database lacks ledger entries {first}–{last} that the backup “{backup}” holds: they "
    "were removed from the database.",
)
MSG_BACKUP_UNTRUSTED = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The backup “{path}” does not agree with the ledger of sealed minutes ({count} problem(s); "
    "the first: {first}). It was not restored.",
)

MSG_BACKUP_UNCHECKED = QT_TRANSLATE_NOOP(
    "LiaisonError", "The backup “{path}” could not be checked against its ledger: {detail}."
)

Chain = list[tuple[int, str]]  # (position, entry hash), in order


def ledger_chain(path: Path) -> Chain | None:
    """The ledger entries of the database file ``path``; ``None`` when it cannot be read (a
    damaged database), ``[]`` for one from before the ledger. Read from a copy (with its
    journal), so the file and its -wal are left exactly as they were: a database about to be
    set aside by a restore is evidence."""
    if not path.is_file():
        return None
    with tempfile.TemporaryDirectory(prefix="liaison-chain-") as folder:
        copy = Path(folder) / "copy.sqlite3"
        try:
            shutil.copyfile(path, copy)
            journal = path.with_name(path.name + "-wal")
            if journal.is_file():
                shutil.copyfile(journal, copy.with_name(copy.name + "-wal"))
            connection = sqlite3.connect(copy)
        except (OSError, sqlite3.Error):
            return None
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if "ledger_entry" not in tables:
                return []
            rows = connection.execute(
                "SELECT position, entry_hash FROM ledger_entry ORDER BY position"
            )
            return [(int(position), str(entry_hash)) for position, entry_hash in rows]
        except sqlite3.Error:
            return None
        finally:
            connection.close()


def differing_entries(database: Chain, backup: Chain, backup_name: str) -> list[LiaisonError]:
    """Positions where the backup and the database hold different entries."""
    ours = dict(database)
    return [
        StorageError(MSG_CHAIN_DIFFERS, position=position, backup=backup_name)
        for position, entry_hash in backup
        if position in ours and ours[position] != entry_hash
    ]


def removed_entries(database: Chain, backup: Chain, backup_name: str) -> list[LiaisonError]:
    """Entries the backup holds beyond the database's newest: removed from the database."""
    head = max((position for position, _hash in database), default=0)
    beyond = [position for position, _hash in backup if position > head]
    if not beyond:
        return []
    return [StorageError(MSG_CHAIN_CUT, first=min(beyond), last=max(beyond), backup=backup_name)]


def sealed_content_problems(backup: Path) -> list[LiaisonError]:
    """What the backup's own ledger proves changed in it: ``liaison verify`` of a copy (opened as
    the application would open it, migrated when older), in a process of its own, because the
    models are bound to one database per process and this one may have a window open on
    another. The backup itself is untouched."""
    with tempfile.TemporaryDirectory(prefix="liaison-check-") as folder:
        copy = Path(folder) / "backup.sqlite3"
        shutil.copyfile(backup, copy)
        command = [
            *liaison_command(),
            "--basedir",
            str(Path(folder) / "home"),
            "--db",
            str(copy),
            "verify",
            "--json",
        ]
        done = subprocess.run(
            command, capture_output=True, text=True, encoding="utf-8", timeout=600, check=False
        )
    if done.returncode == 0:
        return []
    try:
        findings = json.loads(done.stdout)
    except ValueError:  # the check itself failed: the backup cannot be trusted either
        detail = (done.stderr.strip().splitlines() or ["verify failed"])[-1]
        return [StorageError(MSG_BACKUP_UNCHECKED, path=str(backup), detail=detail)]
    return [
        StorageError(item["template"], **{k: v for k, v in item.items() if k not in _NOT_PARAMS})
        for item in findings
    ]


_NOT_PARAMS = {"where", "check", "message", "template"}


def restore_problems(backup: Path, target: Path) -> list[LiaisonError]:
    """Why ``backup`` must not replace the database at ``target``: it was edited (its own
    ledger says so), or it and the database hold different entries at one position. A backup
    the database lacks entries of is fine: it is the more complete of the two."""
    problems = sealed_content_problems(backup)
    live = ledger_chain(target) if target.exists() else None
    held = ledger_chain(backup)
    if live is not None and held is not None:
        problems += differing_entries(live, held, backup.name)
    return problems
