"""Checks of a whole database, run by ``liaison verify`` (and by the interface on request).

A check is a function of the open database that returns the problems it finds, each a
``LiaisonError`` (returned, not raised) so the interface can show it in the clerk's language. To
add one, append it to ``DATABASE_CHECKS``; its function name names it in ``liaison verify --json``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import peewee

from liaison_desktop.core.db import integrity_problems
from liaison_desktop.core.errors import (
    DatabaseDamagedError,
    LiaisonError,
    StorageError,
)
from liaison_desktop.core.services import Services
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

Check = Callable[[peewee.Database], list[LiaisonError]]

MSG_INTEGRITY = QT_TRANSLATE_NOOP(
    "LiaisonError", "SQLite's integrity check of “{path}” found damage: {detail}"
)
MSG_DANGLING = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Record {rowid} of table “{table}” refers to a missing record of table “{parent}”.",
)
MSG_CHECK_INCOMPLETE = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The check “{check}” could not finish ({detail}); it needs the problems above fixed first.",
)


@dataclass(frozen=True)
class Finding:
    check: str  # the check's function name, e.g. "integrity"
    problem: LiaisonError


def integrity(database: peewee.Database) -> list[LiaisonError]:
    """SQLite's full ``integrity_check``: every page, every index against its table."""
    path = str(getattr(database, "database", ""))
    return [
        DatabaseDamagedError(MSG_INTEGRITY, path=path, detail=detail)
        for detail in integrity_problems(database.connection())
    ]


def references(database: peewee.Database) -> list[LiaisonError]:
    """References to records that do not exist (possible only if the file was edited with
    foreign keys switched off, e.g. by another tool)."""
    rows = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    return [
        StorageError(MSG_DANGLING, table=table, rowid=rowid, parent=parent)
        for table, rowid, parent, _fk in rows
    ]


def lifecycle(database: peewee.Database) -> list[LiaisonError]:
    """What the ledger of sealed minutes proves changed, and attachments that no longer match
    their checksums."""
    return list(Services(database).lifecycle.verify())


DATABASE_CHECKS: tuple[Check, ...] = (integrity, references, lifecycle)


def run_checks(
    database: peewee.Database, checks: Sequence[Check] = DATABASE_CHECKS
) -> list[Finding]:
    """What all checks find, in order; once the file is found damaged the remaining checks are
    skipped, since what they would read means nothing."""
    path = str(getattr(database, "database", ""))
    findings: list[Finding] = []
    for check in checks:
        try:
            found = check(database)
        except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
            found = [DatabaseDamagedError(MSG_INTEGRITY, path=path, detail=str(exc))]
        except peewee.DoesNotExist as exc:  # a record missing (see "references")
            found = [StorageError(MSG_CHECK_INCOMPLETE, check=check.__name__, detail=str(exc))]
        findings += [Finding(check.__name__, problem) for problem in found]
        if any(isinstance(problem, DatabaseDamagedError) for problem in found):
            break
    return findings
