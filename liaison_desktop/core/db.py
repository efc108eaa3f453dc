"""Opening the database: a SQLite file by default, any Peewee database URL later, bound late.

SQLite settings and why:
- ``journal_mode=WAL``: readers (the GUI's lists) never block the writer (a save), and a crash
  mid-write leaves the previous committed state intact.
- ``synchronous=FULL``: in WAL mode ``NORMAL`` may lose the last committed transactions on a power
  cut (the WAL is not fsynced at each commit). Minutes a clerk saw as saved must survive a power
  cut, and a clerk commits a few times a minute at most, so the extra fsync per commit is free.
- ``foreign_keys=1``: references are enforced by the database, not only by the services.
- ``busy_timeout``: a second process (the CLI, a backup) waits briefly instead of failing at once.

A file that cannot be trusted is refused at open with ``DatabaseDamagedError`` (the interface then
offers a backup) and is never changed; ``move_aside`` renames it, it never deletes. Every write
goes through ``write_transaction``, the one place where SQLite's storage failures (disk full, I/O
error, read-only, locked, damaged) become clear ``StorageError`` messages.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import peewee

from liaison_desktop.core.errors import (
    DatabaseDamagedError,
    LiaisonError,
    ReferencedError,
    StorageError,
)
from liaison_desktop.core.models import database_proxy
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from playhouse.migrations import Runner

# Called with the database file and the migrations about to be applied to it.
BeforeUpgrade = Callable[[Path, list[str]], None]

log = logging.getLogger(__name__)

MIGRATIONS_TABLE = "schema_migration"
JOURNAL_RECHECK_S = 0.2
RESTORE_MARKER_SUFFIX = ".restore-pending"
SHM_DMS_BYTE = 128  # SQLite's unix VFS: the byte of -shm every connection holds a read lock on
LEDGER_MIGRATION = "0004_ledger"  # after it, minutes already final are sealed into the ledger
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -16000,  # 16 MB page cache
}
COMPANION_SUFFIXES = ("-wal", "-shm")

# SQLite result codes (https://sqlite.org/rescode.html); errors carry the extended code.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_CANTOPEN, SQLITE_FULL, SQLITE_NOTADB = 11, 14, 13, 26
SQLITE_PERM, SQLITE_CONSTRAINT = 3, 19
# Files up to this size get SQLite's quick_check (every page read) at each open: ~1 ms for the demo,
# ~0.1 s here. Larger ones get the header check only at open (a quick_check of a 200 MB district
# takes ~0.3-0.8 s, paid by every CLI command); the GUI checks them in the background after start,
# and backups and `liaison verify` run the full integrity check.
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024

MSG_NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The file “{path}” is not a Liaison Desktop database or is damaged ({detail}).",
)
MSG_EMPTY_FILE = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The database file “{path}” is empty (0 bytes): its contents were lost, for example by an "
    "interrupted copy or a faulty disk.",
)
MSG_WAL_WITHOUT_DATABASE = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The database file “{path}” is missing, but its journal file “{journal}” is still there. "
    "The database was moved or lost; nothing was created in its place.",
)
MSG_WAL_DELETED = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The journal file “{journal}” of the database “{path}” was deleted while its index “{index}” "
    "was left: the latest saved changes were in that journal and are not in the database. "
    "Restore the latest backup, or, to go on without those changes, delete “{index}” and open "
    "the database again.",
)
MSG_DAMAGED_NO_WRITES = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The database “{path}” is damaged ({detail}), so nothing more is saved into it. Restore the "
    "latest good backup (File ▸ Restore a backup…, or liaison restore); what was saved before "
    "the damage is in the backups.",
)
MSG_HARD_LINKED = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The database file “{path}” has {count} names (hard links). Programs writing to it under "
    "different names would keep separate journals and damage it, so it is not opened. Keep one "
    "name: copy the database to a new file and open that.",
)
MSG_CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "LiaisonError", "The database “{path}” cannot be opened: {detail}."
)
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The database “{path}” is on a read-only disk or in a folder that cannot be written. "
    "Liaison Desktop needs to write beside it: copy the file to a writable folder (for example "
    "Documents) and open it from there.",
)
MSG_IN_USE = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The database “{path}” is locked by another program ({detail}). Close the other program and "
    "try again.",
)
MSG_NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The database “{path}” was written by a newer version of Liaison Desktop "
    "(it has changes this version does not know: {names}). Please update the application.",
)
MSG_SAVE_DISK_FULL = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The disk holding the database is full, so the change was not saved. Nothing was half-saved: "
    "the database is as it was before. Free some disk space and save again.",
)
MSG_SAVE_DISK_ERROR = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The disk holding the database could not be written ({detail}), so the change was not saved; "
    "the database is as it was before. If it is on a USB stick or a network drive, check that it "
    "is still connected, then save again.",
)
MSG_SAVE_READ_ONLY = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The database “{path}” cannot be written (read-only disk or folder), so the change was not "
    "saved.",
)
MSG_SAVE_BUSY = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Another program is writing to the database, so the change was not saved. Save again in a "
    "moment.",
)
MSG_SAVE_DAMAGED = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The database “{path}” turned out to be damaged while saving ({detail}); the change was not "
    "saved. Close Liaison Desktop and start it again to restore a backup.",
)
MSG_STILL_REFERRED = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "This record cannot be removed: other records still refer to it. Mark it inactive instead; "
    "its history is kept.",
)
MSG_CANNOT_MOVE_ASIDE = QT_TRANSLATE_NOOP(
    "LiaisonError", "The file “{path}” could not be renamed to keep it aside: {detail}."
)


def is_url(location: str) -> bool:
    return "://" in location


def sqlite_path(location: str | Path) -> Path | None:
    """The file behind a SQLite path or ``sqlite:///`` URL; ``None`` for a server or memory."""
    location = str(location)
    if is_url(location):
        parsed = urlparse(location)
        location = parsed.path[1:] if parsed.scheme.startswith("sqlite") else ""
    if not location or location == ":memory:":
        return None
    return Path(location).expanduser()


def open_database(
    location: str | Path,
    *,
    migrate: bool = True,
    check: bool = True,
    before_upgrade: BeforeUpgrade | None = None,
) -> peewee.Database:
    """Open (creating if needed) the database at a path or URL, bring its schema up to date and
    bind the models to it. Raises ``StorageError`` with a clear message when that is impossible,
    ``DatabaseDamagedError`` when the file is damaged (found by SQLite's ``quick_check`` unless
    ``check`` is false); a refused file is left exactly as it was. ``before_upgrade`` is called
    with the file and the pending migrations before an existing database file is migrated (an
    upgrade backup: when it raises, nothing is migrated)."""
    location = str(location)
    path = sqlite_path(location)
    if path is not None:
        _check_file(path)
    database = _connect(location)
    quick = check and path is not None and path.exists() and _size(path) <= QUICK_CHECK_MAX_BYTES
    try:
        if check and path is not None and path.exists():
            _check_header(path)
        _check_readable(database, location, quick=quick)
        if migrate and before_upgrade is not None and path is not None:
            pending = pending_schema_versions(database)
            if pending and applied_schema_versions(database):
                before_upgrade(path, pending)
        applied = upgrade_schema(database, location) if migrate else []
    except BaseException:
        database.close()
        raise
    database_proxy.initialize(database)
    if LEDGER_MIGRATION in applied:
        _adopt_into_ledger(database)
    return database


def _adopt_into_ledger(database: peewee.Database) -> None:
    """Seal the minutes made final before the ledger existed (once, at the upgrade)."""
    from liaison_desktop.core.services.context import ServiceContext
    from liaison_desktop.core.services.ledger import LedgerService

    adopted = LedgerService(ServiceContext(database, operator="upgrade")).adopt_unsealed()
    log.info("ledger: %d final or signed meetings sealed at upgrade", adopted)


def restore_marker(path: Path) -> Path:
    """Written by a restore before it sets the database aside, removed once the backup is in
    place: found at the next open, it says the restore was interrupted between the two."""
    return companion(path, RESTORE_MARKER_SUFFIX)


def finish_interrupted_restore(path: Path) -> None:
    """Complete a restore killed between setting the database aside and putting the backup in
    its place (its verified copy is still beside it), or, if that copy is gone, put the
    database that was set aside back: never open an empty file where a database was."""
    marker = restore_marker(path)
    try:
        plan = json.loads(marker.read_text(encoding="utf-8"))
        incoming = Path(plan["incoming"])
        aside = Path(plan["aside"]) if plan.get("aside") else None
    except FileNotFoundError:
        return
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.error("restore marker %s unreadable, left for inspection: %s", marker, exc)
        return
    try:
        if not path.exists():
            if incoming.exists():
                os.replace(incoming, path)
                log.warning("interrupted restore completed: %s put in place", incoming)
            elif aside is not None and aside.exists():
                for suffix in ("", *COMPANION_SUFFIXES):
                    if companion(aside, suffix).exists():
                        os.replace(companion(aside, suffix), companion(path, suffix))
                log.warning("interrupted restore rolled back: %s put back", aside)
        incoming.unlink(missing_ok=True)
        marker.unlink(missing_ok=True)
    except OSError as exc:  # a read-only folder, say: the files stay as they are, for a retry
        raise StorageError(
            MSG_CANNOT_OPEN, path=str(path), detail=exc.strerror or str(exc)
        ) from exc


def _check_file(path: Path) -> None:
    """Refuse, before SQLite touches anything, the states it would silently turn into a new
    empty database or a failure to write."""
    finish_interrupted_restore(path)
    wal = companion(path, "-wal")
    if not path.exists():
        if wal.exists() and wal.stat().st_size > 0:
            raise DatabaseDamagedError(MSG_WAL_WITHOUT_DATABASE, path=str(path), journal=wal.name)
        folder = next((p for p in path.parents if p.exists()), None)
        if folder is not None and not os.access(folder, os.W_OK):
            raise StorageError(MSG_READ_ONLY, path=str(path))
        return
    if path.is_dir():
        raise StorageError(MSG_CANNOT_OPEN, path=str(path), detail="it is a folder")
    links = path.stat().st_nlink
    if links > 1:
        raise StorageError(MSG_HARD_LINKED, path=str(path), count=links)
    if _journal_deleted(path):
        shm = companion(path, "-shm")
        raise DatabaseDamagedError(
            MSG_WAL_DELETED, path=str(path), journal=wal.name, index=shm.name
        )
    if path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        raise DatabaseDamagedError(MSG_EMPTY_FILE, path=str(path))
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise StorageError(MSG_READ_ONLY, path=str(path))


def _journal_deleted(path: Path) -> bool:
    """SQLite creates the ``-wal`` journal and its ``-shm`` index together and removes both at
    the last close (or leaves both after a crash); an index without its journal means the
    journal was deleted, with the commits not yet checkpointed into the file. Opening would
    start a new journal and lose them silently."""
    wal, shm = companion(path, "-wal"), companion(path, "-shm")
    if wal.exists() or not shm.exists():
        return False
    time.sleep(JOURNAL_RECHECK_S)  # another program closing: it removes the -wal, then the -shm
    return shm.exists() and not wal.exists()


def _size(path: Path) -> int:
    return path.stat().st_size


def _check_header(path: Path) -> None:
    """The cheap checks of the file header (no page reads): a SQLite file whose recorded size is
    larger than the file was truncated (a copy cut short, a full USB stick)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StorageError(
            MSG_CANNOT_OPEN, path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return  # not SQLite at all: connecting says so with the usual message
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid only if written by SQLite 3.7.0+ in the same change (offsets 24, 92).
    # With a journal (-wal) the file's header is not the last word: the journal's frames are the
    # newest pages, and a checkpoint stopped by a full disk leaves the file shorter than its
    # header while the journal still holds everything; SQLite and quick_check decide then.
    journal = companion(path, "-wal")
    if journal.exists() and journal.stat().st_size > 0:
        return
    if header[24:28] == header[92:96] and pages * page_size > _size(path):
        raise DatabaseDamagedError(
            MSG_NOT_A_DATABASE,
            path=str(path),
            detail=f"the file is shorter than its header says ({_size(path)} of "
            f"{pages * page_size} bytes): it was cut short",
        )


def _connect(location: str) -> peewee.Database:
    if is_url(location):
        from playhouse.db_url import connect as connect_url  # imports every backend: only here

        database = connect_url(location)
        if isinstance(database, peewee.SqliteDatabase):
            database.init(database.database, pragmas=SQLITE_PRAGMAS)
        return database
    # Through a symbolic link, the real file: SQLite names its -wal and -shm after the path it
    # is given, and two names for one database would give it two journals.
    path = Path(location).expanduser()
    if path.is_symlink():
        path = path.resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            MSG_CANNOT_OPEN, path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    return peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)


def _check_readable(database: peewee.Database, location: str, *, quick: bool) -> None:
    """Connect, read the schema and (``quick``) every page, so that a damaged or foreign file
    fails here with a clear message rather than later, half-way through a save."""
    try:
        database.connect(reuse_if_open=True)
        database.get_tables()
        problems = integrity_problems(database.connection(), quick=True) if quick else []
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        raise _open_error(exc, location) from exc
    if problems:
        raise DatabaseDamagedError(MSG_NOT_A_DATABASE, path=location, detail=problems[0])


def integrity_problems(
    connection: sqlite3.Connection, *, quick: bool = False, limit: int = 20
) -> list[str]:
    """SQLite's ``integrity_check`` (every page, index and constraint) or the faster
    ``quick_check`` (no index-against-table comparison): the problems found, empty when sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}({int(limit)})")]
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF not in (SQLITE_CORRUPT, SQLITE_NOTADB):
            raise
        return [str(exc)]  # damage so bad that the check itself stops
    return [] if rows == ["ok"] else rows


def needs_background_check(path: Path | None) -> bool:
    """A file too large to be checked page by page at open is checked after the window shows."""
    return path is not None and path.exists() and _size(path) > QUICK_CHECK_MAX_BYTES


def background_check(path: Path) -> list[str]:
    """``quick_check`` of the database file on a connection of its own (a worker thread's)."""
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return integrity_problems(connection, quick=True)
    finally:
        connection.close()


def refuse_writes(database: peewee.Database, path: Path, detail: str) -> None:
    """Damage was found in the open database: every later write transaction is refused (with
    this message), so nothing more goes into a damaged file; reading goes on."""
    database._liaison_refused = (str(path), detail)  # type: ignore[attr-defined]


# Storage failures as clear messages ---------------------------------------------------------


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and what it was raised from or during (a failed rollback hides the cause)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


_KNOWN_CODES = {
    SQLITE_BUSY,
    SQLITE_LOCKED,
    SQLITE_READONLY,
    SQLITE_IOERR,
    SQLITE_CORRUPT,
    SQLITE_CANTOPEN,
    SQLITE_FULL,
    SQLITE_NOTADB,
    SQLITE_PERM,
}


def _storage_code(exc: BaseException) -> tuple[int, str] | None:
    """The first SQLite storage failure or broken reference in the chain: (code, message)."""
    for error in _chain(exc):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and (code & 0xFF in _KNOWN_CODES or _is_reference_error(error)):
            return code, str(error)
    return None


def _is_reference_error(error: BaseException) -> bool:
    # SQLITE_CONSTRAINT_FOREIGNKEY, or _TRIGGER for ON DELETE RESTRICT: the message tells.
    code = getattr(error, "sqlite_errorcode", 0)
    return code & 0xFF == SQLITE_CONSTRAINT and "FOREIGN KEY" in str(error)


def _open_error(exc: BaseException, location: str) -> StorageError:
    found = _storage_code(exc)
    code, detail = found if found else (0, str(exc))
    primary = code & 0xFF
    if primary in (SQLITE_NOTADB, SQLITE_CORRUPT) or "not a database" in detail:
        return DatabaseDamagedError(MSG_NOT_A_DATABASE, path=location, detail=detail)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return StorageError(MSG_IN_USE, path=location, detail=detail)
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        return StorageError(MSG_READ_ONLY, path=location)
    return StorageError(MSG_CANNOT_OPEN, path=location, detail=detail)


def save_error(exc: BaseException, location: str) -> LiaisonError | None:
    """The clear message for a failed write, or ``None`` when ``exc`` is not a storage failure
    (a programming error stays what it is)."""
    for error in _chain(exc):
        if isinstance(error, LiaisonError):
            return error  # already explained by an inner transaction
    found = _storage_code(exc)
    if found is None:
        return None
    code, detail = found
    primary = code & 0xFF
    if primary == SQLITE_CONSTRAINT:
        return ReferencedError(MSG_STILL_REFERRED)
    if primary == SQLITE_FULL:
        return StorageError(MSG_SAVE_DISK_FULL, path=location)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return StorageError(MSG_SAVE_BUSY, path=location)
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        return StorageError(MSG_SAVE_READ_ONLY, path=location)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamagedError(MSG_SAVE_DAMAGED, path=location, detail=detail)
    return StorageError(MSG_SAVE_DISK_ERROR, path=location, detail=detail)


@contextlib.contextmanager
def write_transaction(database: peewee.Database) -> Iterator[None]:
    """``database.atomic()`` for a write, whose storage failures become one clear
    ``StorageError``.

    SQLite rolls the whole transaction back on a full disk or an I/O error, so nothing is
    half-saved; this turns what surfaces (often only "cannot rollback", the cause hidden in the
    exception chain) into a message a clerk can act on.
    """
    # SQLite: BEGIN IMMEDIATE takes the write lock before the first read, so what a save checks
    # (e.g. "still a draft") cannot change before it writes; a deferred transaction would read a
    # snapshot another writer can commit past.
    refused = getattr(database, "_liaison_refused", None)
    if refused is not None:
        raise DatabaseDamagedError(MSG_DAMAGED_NO_WRITES, path=refused[0], detail=refused[1])
    lock = ("IMMEDIATE",) if isinstance(database, peewee.SqliteDatabase) else ()
    try:
        with database.atomic(*lock):
            yield
    except (peewee.PeeweeException, sqlite3.Error) as exc:
        error = save_error(exc, str(getattr(database, "database", "")))
        if error is None:
            raise
        raise error from error.__cause__ or exc  # an inner transaction's error keeps its cause


# Files kept aside -----------------------------------------------------------------------------


def companion(path: Path, suffix: str) -> Path:
    """SQLite's ``-wal`` or ``-shm`` file that belongs to the database at ``path``."""
    return path.with_name(path.name + suffix)


def database_in_use(path: Path) -> bool:
    """Whether any other process has the database open, whatever program it is (a ``liaison``
    command, a database tool), not only a copy of this application. Every SQLite connection to a
    WAL database holds a shared lock on one byte of its ``-shm`` file (the "dead man switch"):
    an exclusive lock on it can be had only when no other process is connected. POSIX only; on
    Windows the application's own lock file is all there is."""
    shm = companion(path, "-shm")
    if os.name != "posix" or not shm.exists():
        return False
    import fcntl

    try:
        descriptor = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, SHM_DMS_BYTE, os.SEEK_SET)
    except OSError:
        return True
    else:
        fcntl.lockf(descriptor, fcntl.LOCK_UN, 1, SHM_DMS_BYTE, os.SEEK_SET)
        return False
    finally:
        os.close(descriptor)


def move_aside(path: Path, reason: str, when: dt.datetime | None = None) -> Path:
    """Rename the database (with its ``-wal`` and ``-shm``, which hold committed changes) to
    ``NAME.REASON-YYYYMMDD-HHMMSS.EXT`` in the same folder and return the new path. Nothing is
    ever deleted; the main file moves first, so an interruption leaves no database at the
    original place (which ``open_database`` then refuses) rather than one without its journal."""
    target = aside_name(path, reason, when)
    try:
        pairs = zip(_with_companions(path), _with_companions(target), strict=True)
        for source, destination in pairs:
            if source.exists():
                os.rename(source, destination)
    except OSError as exc:
        raise StorageError(
            MSG_CANNOT_MOVE_ASIDE, path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    log.warning("database %s kept aside as %s (%s)", path, target, reason)
    return target


def aside_name(path: Path, reason: str, when: dt.datetime | None = None) -> Path:
    """The free name ``NAME.REASON-YYYYMMDD-HHMMSS.EXT`` that ``move_aside`` gives ``path``."""
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    for attempt in range(1, 1000):
        tag = stamp if attempt == 1 else f"{stamp}-{attempt}"
        target = path.with_name(f"{path.stem}.{reason}-{tag}{path.suffix}")
        if not any(p.exists() for p in _with_companions(target)):
            return target
    raise StorageError(MSG_CANNOT_MOVE_ASIDE, path=str(path), detail="no free name")


def _with_companions(path: Path) -> list[Path]:
    return [path, *(companion(path, suffix) for suffix in COMPANION_SUFFIXES)]


def migration_runner(database: peewee.Database) -> Runner:
    from liaison_desktop.core.migrations import packaged_runner

    return packaged_runner(database, MIGRATIONS_TABLE)


def applied_schema_versions(database: peewee.Database) -> list[str]:
    """Names recorded in the migration history table (read directly: this runs at every start,
    and the migration runner is only needed when something is to be applied)."""
    if MIGRATIONS_TABLE not in database.get_tables():
        return []
    cursor = database.execute_sql(f'SELECT name FROM "{MIGRATIONS_TABLE}" ORDER BY name')
    return [row[0] for row in cursor]


def upgrade_schema(
    database: peewee.Database, location: str = "", target: str | None = None
) -> list[str]:
    """Apply pending migrations in order (each in its own transaction); refuse a newer schema."""
    if target is None and applied_schema_versions(database) == known_schema_versions():
        return []  # the usual start: nothing to do, nothing more to import
    from playhouse.migrations import MigrationError

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
    applied = applied_schema_versions(database)
    return applied[-1] if applied else ""


def known_schema_versions() -> list[str]:
    """Names of the migrations this version of the application knows, oldest first."""
    from liaison_desktop.core.migrations import MIGRATIONS

    return list(MIGRATIONS)


def pending_schema_versions(database: peewee.Database) -> list[str]:
    """The migrations this version would apply to ``database``."""
    applied = set(applied_schema_versions(database))
    return [name for name in known_schema_versions() if name not in applied]


def latest_schema_version() -> str:
    return known_schema_versions()[-1]
