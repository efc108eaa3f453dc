"""Backups: verified copies made with SQLite's online backup API, rotated, inspected, restored.

A backup is one self-contained SQLite file (rollback-journal mode, no ``-wal`` beside it) named
``STEM-YYYYMMDD-HHMMSS.sqlite3`` after the database it copies, with a checksum file
``NAME.sha256`` in the format ``sha256sum -c`` reads, so a backup on a USB stick can be checked on
any computer. Writing goes to a hidden partial file that is checked (``integrity_check``, SHA-256)
before it gets its real name; the final file is read back and compared with the checksum. A backup
with its name therefore was complete and sound when written.

Restoring never overwrites: the backup is checked, copied next to the database and checked again,
then the current database (with its ``-wal`` and ``-shm``) is renamed aside and the copy takes its
place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from liaison_desktop.core.db import (
    MIGRATIONS_TABLE,
    SQLITE_NOTADB,
    aside_name,
    companion,
    database_in_use,
    integrity_problems,
    known_schema_versions,
    move_aside,
    restore_marker,
)
from liaison_desktop.core.errors import DatabaseDamagedError, LiaisonError, StorageError
from liaison_desktop.core.instance import instance_lock_holder
from liaison_desktop.core.ledger_check import MSG_BACKUP_UNTRUSTED, restore_problems
from liaison_desktop.core.models import ALL_MODELS, AuditEntry, Meeting
from liaison_desktop.core.paths import AppPaths
from liaison_desktop.core.settings import Settings
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".sqlite3"
CHECKSUM_SUFFIX = ".sha256"
PARTIAL_SUFFIX = ".partial"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
STEP_PAGES = 1024  # pages copied per step of the online backup (4 MB): progress, no long lock

Progress = Callable[[int, int], None]  # (pages done, pages in all); raise from it to cancel

MSG_UPGRADED = QT_TRANSLATE_NOOP(
    "Backup",
    "The database was brought up to this version of Liaison Desktop. A verified backup of it "
    "as it was before is kept in “{backup}”.",
)
MSG_WRONG_DRIVE = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The backup folder “{folder}” is not on the drive it was first used on (it is now on the "
    "drive at “{drive}”): is the USB stick or network drive connected? Nothing was written. If "
    "it is a new drive, choose the backup folder again.",
)
MSG_RESTORE_BUSY = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Another program has the database “{path}” open (a liaison command, a database tool): what it "
    "saves during a restore would be lost with the file set aside. Close it and restore again; "
    "nothing was changed.",
)
MSG_SOURCE_MISSING = QT_TRANSLATE_NOOP(
    "LiaisonError", "The database “{path}” does not exist, so there is nothing to back up."
)
MSG_BACKUP_FAILED = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The backup could not be written to “{folder}”: {detail}. The database itself is unchanged.",
)
MSG_BACKUP_UNVERIFIED = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The backup written to “{folder}” failed its check after writing ({detail}) and was not "
    "kept. Try another folder or disk; the database itself is unchanged.",
)
MSG_BACKUP_DAMAGED = QT_TRANSLATE_NOOP("LiaisonError", "The backup “{path}” is damaged ({detail}).")
MSG_BACKUP_CHECKSUM = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The backup “{path}” has changed since it was written (its checksum does not match); the "
    "disk holding it may be failing.",
)
MSG_NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "LiaisonError", "“{path}” is not a Liaison Desktop database or backup."
)
MSG_BACKUP_NEWER = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The backup “{path}” was made by a newer version of Liaison Desktop; update the application "
    "to restore it.",
)
MSG_RESTORE_IN_USE = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The database “{path}” is open in Liaison Desktop (process {pid}). Close the application "
    "before restoring a backup.",
)
MSG_RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The backup could not be restored to “{path}”: {detail}. The current database was not changed.",
)


@dataclass(frozen=True)
class BackupContents:
    """What a backup (or any database file) holds, read from the file itself."""

    schema: str
    counts: dict[str, int]
    last_meeting_date: dt.date | None
    last_meeting_title: str
    last_change: dt.datetime | None

    @property
    def meetings(self) -> int:
        return self.counts.get(Meeting._meta.table_name, 0)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime
    size: int
    contents: BackupContents


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    kept_aside: Path | None  # where the database that was replaced now is


# Writing ------------------------------------------------------------------------------------


def backup_folder(paths: AppPaths, settings: Settings) -> Path:
    """Where automatic backups go: the folder chosen in the settings, else the data folder's."""
    return (
        Path(settings.backup_dir).expanduser() if settings.backup_dir else paths.default_backup_dir
    )


def make_backup(
    source: Path,
    folder: Path,
    *,
    when: dt.datetime | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Copy the database at ``source`` into ``folder`` while it stays in use, check the copy and
    return what it holds. Raises ``StorageError`` (and keeps no file) when that fails."""
    if not source.is_file():
        raise StorageError(MSG_SOURCE_MISSING, path=str(source))
    when = (when or dt.datetime.now()).replace(microsecond=0)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, f"{source.stem}-{when.strftime(_STAMP)}")
        partial = folder / f".{target.name}{PARTIAL_SUFFIX}"
        _copy_database(source, partial, progress, "rw")
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(MSG_BACKUP_FAILED, folder=str(folder), detail=_detail(exc)) from exc
    try:
        _check_copy(partial)
        digest = file_sha256(partial)
        _write_atomically(checksum_path(target), f"{digest}  {target.name}\n")
        os.replace(partial, target)
        _fsync_folder(folder)
        if file_sha256(target) != digest:  # read back what the disk now holds
            raise StorageError(MSG_BACKUP_CHECKSUM, path=str(target))
    except (OSError, sqlite3.Error, LiaisonError) as exc:
        for leftover in (partial, target, checksum_path(target)):
            leftover.unlink(missing_ok=True)
        raise StorageError(MSG_BACKUP_UNVERIFIED, folder=str(folder), detail=_detail(exc)) from exc
    log.info("backup written and verified: %s (%s)", target, digest)
    return inspect_backup(target)


def _free_name(folder: Path, base: str) -> Path:
    for attempt in range(1, 1000):
        name = base if attempt == 1 else f"{base}-{attempt}"
        candidate = folder / f"{name}{BACKUP_SUFFIX}"
        if not candidate.exists() and not checksum_path(candidate).exists():
            return candidate
    raise FileExistsError(base)


def _copy_database(source: Path, target: Path, progress: Progress | None, mode: str) -> None:
    """SQLite's online backup: a consistent copy even while the application writes; then a
    rollback journal, so the copy is one file that needs no ``-wal`` beside it. ``mode`` is
    ``rw`` for the live database (so its ``-wal`` is tidied up as usual when the last
    connection closes), ``ro`` for a backup, which may sit on a write-protected stick."""
    target.unlink(missing_ok=True)  # a partial file left by an interrupted backup
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode={mode}", uri=True)
    writer = sqlite3.connect(target)
    try:
        reader.execute("PRAGMA busy_timeout = 5000")

        def report(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        reader.backup(writer, pages=STEP_PAGES, progress=report)
        writer.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        writer.close()
        target.unlink(missing_ok=True)
        raise
    finally:
        reader.close()
    writer.close()
    _fsync(target)


def _check_copy(path: Path) -> None:
    problems = backup_problems(path, checksum=False)
    if problems:
        raise problems[0]


# Reading and checking -----------------------------------------------------------------------


def checksum_path(backup: Path) -> Path:
    return backup.with_name(backup.name + CHECKSUM_SUFFIX)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def backup_problems(path: Path, *, checksum: bool = True) -> list[LiaisonError]:
    """Everything wrong with a backup file, empty when it can be restored: unreadable, damaged
    (full ``integrity_check``), changed since written (its ``.sha256``), not a Liaison Desktop
    database, or from a newer version. A file without a checksum (a copy made by hand) is
    checked by its content alone."""
    if checksum and checksum_path(path).exists():
        try:
            expected = checksum_path(path).read_text(encoding="utf-8").split()[0].lower()
            if file_sha256(path) != expected:
                return [StorageError(MSG_BACKUP_CHECKSUM, path=str(path))]
        except (OSError, ValueError, IndexError) as exc:
            return [StorageError(MSG_BACKUP_DAMAGED, path=str(path), detail=_detail(exc))]
    if not path.is_file() or path.stat().st_size == 0:
        return [DatabaseDamagedError(MSG_NOT_A_BACKUP, path=str(path))]
    try:
        connection = _read_only(path)
        try:
            applied = _applied_migrations(connection)
            problems = integrity_problems(connection)
            if problems:
                return [
                    DatabaseDamagedError(MSG_BACKUP_DAMAGED, path=str(path), detail=problems[0])
                ]
        finally:
            connection.close()
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == SQLITE_NOTADB:
            return [DatabaseDamagedError(MSG_NOT_A_BACKUP, path=str(path))]
        return [DatabaseDamagedError(MSG_BACKUP_DAMAGED, path=str(path), detail=_detail(exc))]
    if not applied:
        return [DatabaseDamagedError(MSG_NOT_A_BACKUP, path=str(path))]
    if set(applied) - set(known_schema_versions()):
        return [StorageError(MSG_BACKUP_NEWER, path=str(path))]
    return []


def _applied_migrations(connection: sqlite3.Connection) -> list[str]:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if MIGRATIONS_TABLE not in tables:
        return []
    return sorted(row[0] for row in connection.execute(f"SELECT name FROM {MIGRATIONS_TABLE}"))


def inspect_backup(path: Path) -> BackupInfo:
    """Date, size, record counts and last meeting of a backup (or any Liaison database file)."""
    try:
        connection = _read_only(path)
        try:
            contents = _contents(connection)
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise DatabaseDamagedError(MSG_BACKUP_DAMAGED, path=str(path), detail=_detail(exc)) from exc
    if not contents.schema:
        raise DatabaseDamagedError(MSG_NOT_A_BACKUP, path=str(path))
    return BackupInfo(path, backup_time(path), path.stat().st_size, contents)


def _contents(connection: sqlite3.Connection) -> BackupContents:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    counts = {
        model._meta.table_name: connection.execute(
            f'SELECT COUNT(*) FROM "{model._meta.table_name}"'
        ).fetchone()[0]
        for model in ALL_MODELS
        if model._meta.table_name in tables
    }
    applied = _applied_migrations(connection)
    last_date, last_title, last_change = None, "", None
    if Meeting._meta.table_name in tables:
        row = connection.execute(
            "SELECT meeting_date, title FROM meeting ORDER BY meeting_date DESC, id DESC LIMIT 1"
        ).fetchone()
        if row:
            last_date, last_title = dt.date.fromisoformat(str(row[0])[:10]), row[1]
    if AuditEntry._meta.table_name in tables:
        stamp = connection.execute("SELECT MAX(timestamp) FROM audit_entry").fetchone()[0]
        last_change = dt.datetime.fromisoformat(str(stamp)) if stamp else None
    return BackupContents(
        applied[-1] if applied else "", counts, last_date, last_title, last_change
    )


def backup_time(path: Path) -> dt.datetime:
    """When the backup was made: from its name, else (a file renamed by hand) its date."""
    match = _NAME.match(path.name)
    if match:
        return dt.datetime.strptime(match["stamp"], _STAMP)
    return dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)


def list_backups(folder: Path, stem: str | None = None) -> list[Path]:
    """Backups in ``folder`` (of the database called ``stem``, if given), newest first."""
    try:
        names = [p for p in folder.iterdir() if p.is_file() and _NAME.match(p.name)]
    except OSError:
        return []
    found = [p for p in names if stem is None or _NAME.match(p.name)["stem"] == stem]
    return sorted(found, key=_age_order, reverse=True)


def _age_order(path: Path) -> tuple[dt.datetime, int]:
    match = _NAME.match(path.name)
    return backup_time(path), int(match["n"] or 1) if match else 0


def latest_good_backup(folders: Iterable[Path], stem: str) -> BackupInfo | None:
    """The newest backup of the database ``stem`` that passes every check, if any."""
    candidates = [path for folder in folders for path in list_backups(folder, stem)]
    for path in sorted(candidates, key=_age_order, reverse=True):
        problems = backup_problems(path)
        if not problems:
            return inspect_backup(path)
        log.warning("backup %s skipped: %s", path, problems[0])
    return None


# The drive a backup folder is on ---------------------------------------------------------------

VOLUME_MARKER = ".liaison-backup-drive"


def check_backup_drive(folder: Path, settings: Settings) -> bool:
    """Make sure ``folder`` is on the drive it was first used on (a USB stick, a network drive):
    with the stick removed its path is an empty folder of the internal disk, and a backup there
    would look written while the stick holds nothing. The first backup into a folder writes an
    identity file on its drive and remembers it; ``True`` then (the settings changed, to be
    saved). Raises ``StorageError`` when the identity is not found."""
    key = str(folder.expanduser().absolute())
    marker = folder / VOLUME_MARKER
    expected = settings.backup_volumes.get(key)
    if expected is not None:
        try:
            found = marker.read_text(encoding="utf-8").strip()
        except OSError:
            found = ""
        if found != expected:
            raise StorageError(MSG_WRONG_DRIVE, folder=key, drive=str(mount_point(folder)))
        return False
    identity = uuid.uuid4().hex
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_atomically(marker, identity + "\n")
    except OSError as exc:
        raise StorageError(MSG_BACKUP_FAILED, folder=key, detail=_detail(exc)) from exc
    settings.backup_volumes[key] = identity
    return True


def forget_backup_drive(folder: Path, settings: Settings) -> None:
    """A folder chosen again (a new stick): its drive is learnt again at the next backup."""
    settings.backup_volumes.pop(str(folder.expanduser().absolute()), None)


def mount_point(path: Path) -> Path:
    """The mount point of the drive that holds ``path`` (or would, for a path not there yet)."""
    path = path.expanduser().absolute()
    while not path.exists():
        path = path.parent
    while not os.path.ismount(path) and path != path.parent:
        path = path.parent
    return path


# Rotation and the daily automatic backup ----------------------------------------------------


def backups_to_keep(
    times: Sequence[dt.datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[int]:
    """Indexes into ``times`` of the backups to keep: the newest of each of the last ``daily``
    days, ``weekly`` ISO weeks and ``monthly`` months that have a backup (restic's policy)."""
    order = sorted(range(len(times)), key=lambda i: times[i], reverse=True)
    keep: set[int] = set()
    periods: tuple[tuple[int, Callable[[dt.datetime], object]], ...] = (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    )
    for count, period in periods:
        seen: set[object] = set()
        for index in order:
            key = period(times[index])
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(index)
    return keep


def rotate_backups(folder: Path, stem: str, *, made: Path | None = None) -> list[Path]:
    """Delete the backups of ``stem`` in ``folder`` that the policy does not keep (and partial
    files a day old, left by interrupted backups); return what was deleted. The backup just
    ``made`` is kept whatever its time says: with the clock set back it is "older" than every
    other, and the policy deleted each new backup at once."""
    backups = list_backups(folder, stem)
    keep = backups_to_keep([backup_time(p) for p in backups])
    removed = [p for i, p in enumerate(backups) if i not in keep and p != made]
    day_ago = dt.datetime.now().timestamp() - 86_400
    # (with the rollback journal SQLite kept beside the copy: "….partial-journal")
    leftovers = folder.glob(f".{stem}-*{PARTIAL_SUFFIX}*")
    removed += [p for p in leftovers if p.stat().st_mtime < day_ago]
    for path in removed:
        path.unlink(missing_ok=True)
        checksum_path(path).unlink(missing_ok=True)
    if removed:
        log.info("rotated %d old backups out of %s", len(removed), folder)
    return removed


def auto_backup(
    source: Path, paths: AppPaths, settings: Settings, now: dt.datetime | None = None
) -> BackupInfo | None:
    """The backup made at start-up, at most once a day: written, verified, rotated, and noted in
    the settings. ``None`` when today's backup exists already."""
    now = now or dt.datetime.now()
    if settings.last_auto_backup[:10] == now.date().isoformat():
        return None
    folder = backup_folder(paths, settings)
    if settings.backup_dir:  # a chosen folder (a USB stick?), not the one in the data folder
        check_backup_drive(folder, settings)
    info = make_backup(source, folder, when=now)
    rotate_backups(folder, source.stem, made=info.path)
    settings.last_auto_backup = now.isoformat(timespec="seconds")
    settings.save(paths.settings_file)
    return info


@dataclass
class UpgradeBackup:
    """Given to ``open_database`` as ``before_upgrade``: a verified backup of an existing
    database is written before a newer version migrates it (a failed backup stops the upgrade,
    and the file stays as the older version left it)."""

    folder: Path
    made: BackupInfo | None = None

    def __call__(self, path: Path, pending: list[str]) -> None:
        self.made = make_backup(path, self.folder)
        log.info("backup before upgrading %s (%s): %s", path, ", ".join(pending), self.made.path)

    def message(self, translate: Callable[[str, str], str]) -> str | None:
        """What to tell the clerk after the upgrade; ``None`` when none happened."""
        if self.made is None:
            return None
        return translate("Backup", MSG_UPGRADED).format(backup=self.made.path)


# Restoring ----------------------------------------------------------------------------------


def restore_backup(
    backup: Path, target: Path, *, reason: str = "before-restore", when: dt.datetime | None = None
) -> RestoreResult:
    """Put the backup in place of the database at ``target``; the database there is kept aside
    (renamed with ``reason`` and the time), never overwritten. The caller closes its own
    connections to ``target`` first; another running copy of the application is refused."""
    holder = instance_lock_holder(target)
    if holder is not None and holder != os.getpid():
        raise StorageError(MSG_RESTORE_IN_USE, path=str(target), pid=holder)
    if database_in_use(target):  # a command or a tool writing: its commits would land aside
        raise StorageError(MSG_RESTORE_BUSY, path=str(target))
    problems = backup_problems(backup)
    if problems:
        raise problems[0]
    untrusted = restore_problems(backup, target)
    if untrusted:
        for problem in untrusted:
            log.error("backup %s not restored: %s", backup, problem.template)
        raise StorageError(
            MSG_BACKUP_UNTRUSTED, path=str(backup), count=len(untrusted), first=untrusted[0]
        )
    info = inspect_backup(backup)
    incoming = target.with_name(f".{target.name}.restoring")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy_database(backup, incoming, None, "ro")
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(MSG_RESTORE_FAILED, path=str(target), detail=_detail(exc)) from exc
    try:
        _check_copy(incoming)
    except LiaisonError:
        incoming.unlink(missing_ok=True)
        raise
    present = target.exists() or companion(target, "-wal").exists()
    when = when or dt.datetime.now()
    planned_aside = aside_name(target, reason, when) if present else None
    marker = restore_marker(target)
    try:
        # A kill from here on is finished (or undone) at the next open of the database.
        _write_atomically(
            marker,
            json.dumps({"incoming": str(incoming), "aside": planned_aside and str(planned_aside)}),
        )
        aside = move_aside(target, reason, when) if present else None
        os.replace(incoming, target)
        _fsync_folder(target.parent)
        marker.unlink()
    except OSError as exc:
        raise StorageError(MSG_RESTORE_FAILED, path=str(target), detail=_detail(exc)) from exc
    log.warning("restored %s over %s; previous database kept as %s", backup, target, aside)
    return RestoreResult(info, aside)


# Small file helpers -------------------------------------------------------------------------


def _write_atomically(path: Path, text: str) -> None:
    partial = path.with_name(f".{path.name}{PARTIAL_SUFFIX}")
    partial.write_text(text, encoding="utf-8")
    _fsync(partial)
    os.replace(partial, path)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable; not possible (nor needed) on Windows."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _detail(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)
