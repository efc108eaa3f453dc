"""Opening the database: a SQLite file by default, any Peewee database URL later, bound late.

SQLite settings and why:
- ``journal_mode=WAL``: readers (the GUI's lists) never block the writer (a save), and a crash
  mid-write leaves the previous committed state intact.
- ``synchronous=FULL``: in WAL mode ``NORMAL`` may lose the last committed transactions on a power
  cut (the WAL is not fsynced at each commit). Minutes a clerk saw as saved must survive a power
  cut, and a clerk commits a few times a minute at most, so the extra fsync per commit is free.
- ``foreign_keys=1``: references are enforced by the database, not only by the services.
- ``busy_timeout``: a second process (the CLI, a backup) waits briefly instead of failing at once.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import peewee
from playhouse.db_url import connect as connect_url
from playhouse.migrations import MigrationError, Runner

from liaison_desktop.core.errors import StorageError
from liaison_desktop.core.models import database_proxy
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
MIGRATIONS_TABLE = "schema_migration"
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -16000,  # 16 MB page cache
}

MSG_NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The file “{path}” is not a Liaison Desktop database or is damaged ({detail}).",
)
MSG_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "LiaisonError", "The database “{path}” cannot be opened: {detail}."
)
MSG_NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The database “{path}” was written by a newer version of Liaison Desktop "
    "(it has changes this version does not know: {names}). Please update the application.",
)


def is_url(location: str) -> bool:
    return "://" in location


def open_database(location: str | Path, *, migrate: bool = True) -> peewee.Database:
    """Open (creating if needed) the database at a path or URL, bring its schema up to date and
    bind the models to it. Raises ``StorageError`` with a clear message when that is impossible."""
    location = str(location)
    database = _connect(location)
    try:
        _check_readable(database, location)
        if migrate:
            upgrade_schema(database, location)
    except BaseException:
        database.close()
        raise
    database_proxy.initialize(database)
    return database


def _connect(location: str) -> peewee.Database:
    if is_url(location):
        database = connect_url(location)
        if isinstance(database, peewee.SqliteDatabase):
            database.init(database.database, pragmas=SQLITE_PRAGMAS)
        return database
    path = Path(location).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            MSG_CANNOT_OPEN, path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    return peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)


def _check_readable(database: peewee.Database, location: str) -> None:
    """Connect and read the schema, so a damaged or foreign file fails here with a clear message."""
    try:
        database.connect(reuse_if_open=True)
        database.get_tables()
    except peewee.OperationalError as exc:
        raise StorageError(MSG_CANNOT_OPEN, path=location, detail=str(exc)) from exc
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        raise StorageError(MSG_NOT_A_DATABASE, path=location, detail=str(exc)) from exc


def migration_runner(database: peewee.Database) -> Runner:
    return Runner(database, directory=str(MIGRATIONS_DIR), table_name=MIGRATIONS_TABLE)


def upgrade_schema(
    database: peewee.Database, location: str = "", target: str | None = None
) -> list[str]:
    """Apply pending migrations in order (each in its own transaction); refuse a newer schema."""
    runner = migration_runner(database)
    unknown = [m.name for m in runner.status() if m.applied and m.path is None]
    if unknown:
        raise StorageError(MSG_NEWER_SCHEMA, path=location, names=", ".join(unknown))
    try:
        applied = runner.up(target)
    except (peewee.DatabaseError, MigrationError) as exc:
        raise StorageError(MSG_CANNOT_OPEN, path=location, detail=str(exc)) from exc
    for name in applied:
        log.info("schema migration applied: %s", name)
    return applied


def schema_version(database: peewee.Database) -> str:
    """Name of the newest applied migration, e.g. ``0002_lifecycle``."""
    applied = [m.name for m in migration_runner(database).status() if m.applied]
    return applied[-1] if applied else ""


def latest_schema_version() -> str:
    return sorted(p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py"))[-1]
