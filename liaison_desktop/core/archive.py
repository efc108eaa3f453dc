"""The whole database as a versioned JSON archive, and back (format: docs/archive-format.md).

Rows are identified by UUID; references between rows are the UUID of the row referred to, so an
archive does not depend on this database's integer keys. Export walks every model generically
from its Peewee fields, so a new column is archived without new code; import checks every value's
type (SQLite would otherwise store any value in any column) and every reference, inside one
transaction: a bad archive changes nothing.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import tempfile
import uuid
from pathlib import Path
from typing import Any

import peewee

from liaison_desktop import __version__
from liaison_desktop.core import vocab
from liaison_desktop.core.db import schema_version, write_transaction
from liaison_desktop.core.errors import ArchiveError
from liaison_desktop.core.models import (
    ALL_MODELS,
    ActionItem,
    ActionReview,
    Appointment,
    Attachment,
    Attendance,
    BaseModel,
    LedgerEntry,
    Meeting,
    MeetingSeries,
    OfficeProfile,
    Person,
    Place,
)
from liaison_desktop.core.services.context import ServiceContext
from liaison_desktop.core.services.ledger import LedgerService
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

FORMAT_NAME = "liaison-desktop-archive"
FORMAT_VERSION = 1

# Closed vocabularies an archive must respect (the database has no CHECK constraints).
CHOICES: dict[peewee.Field, type[vocab.Vocabulary]] = {
    OfficeProfile.default_language: vocab.Language,
    Place.kind: vocab.PlaceKind,
    Person.organisation: vocab.Organisation,
    Appointment.role: vocab.Role,
    MeetingSeries.kind: vocab.SeriesKind,
    Meeting.language: vocab.Language,
    Meeting.status: vocab.MeetingStatus,
    Attendance.status: vocab.AttendanceStatus,
    ActionItem.category: vocab.ActionCategory,
    ActionItem.status: vocab.ActionStatus,
    ActionReview.status: vocab.ActionStatus,
    Attachment.kind: vocab.AttachmentKind,
}

MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "LiaisonError", "The archive “{path}” cannot be read as JSON ({detail}). Nothing was imported."
)
MSG_NOT_ARCHIVE = QT_TRANSLATE_NOOP(
    "LiaisonError", "“{path}” is not a Liaison Desktop archive. Nothing was imported."
)
MSG_NEWER_ARCHIVE = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The archive was written by a newer version (format {found}; this version reads up to "
    "{supported}). Please update the application. Nothing was imported.",
)
MSG_BAD_ROW = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The archive is damaged: table “{table}”, record {row}: {detail}. Nothing was imported.",
)
MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "An archive can only be imported into an empty database; this one already holds {count} "
    "records. Create a new database file and import there.",
)
MSG_TARGET_EXISTS = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "“{path}” already exists. An archive is imported into a new database file; existing data is "
    "never replaced by an import.",
)
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("LiaisonError", "Cannot write “{path}”: {detail}.")
MSG_NOT_A_FILE_TARGET = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "“{path}” is not a file but a device, folder or pipe; give a file name to write the archive "
    "to.",
)


# Export -------------------------------------------------------------------------------------


def export_archive(database: peewee.Database) -> dict[str, Any]:
    """Every row of every table, references as UUIDs, in a stable order."""
    uuid_of = _uuid_maps()
    tables: dict[str, list[dict[str, Any]]] = {}
    with database.atomic():  # one consistent snapshot
        for model in ALL_MODELS:
            tables[model._meta.table_name] = [
                _export_row(model, row, uuid_of)
                for row in model.select().order_by(model.id).dicts()
            ]
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "schema": schema_version(database),
        "generator": f"Liaison Desktop {__version__}",
        "tables": tables,
    }


def _uuid_maps() -> dict[type[BaseModel], dict[int, str]]:
    referenced = {
        field.rel_model
        for model in ALL_MODELS
        for field in model._meta.sorted_fields
        if _is_fk(field)
    }
    return {
        model: {row_id: str(value) for row_id, value in model.select(model.id, model.uuid).tuples()}
        for model in referenced
    }


def _is_fk(field: peewee.Field) -> bool:
    return isinstance(field, peewee.ForeignKeyField)


def _export_row(
    model: type[BaseModel], row: dict[str, Any], uuid_of: dict[type[BaseModel], dict[int, str]]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in model._meta.sorted_fields:
        if field.primary_key:
            continue
        value = row[field.name]
        if value is None:
            out[field.name] = None
        elif _is_fk(field):
            out[field.name] = uuid_of[field.rel_model][value]
        elif isinstance(field, peewee.UUIDField):
            out[field.name] = str(uuid.UUID(str(value)))
        elif isinstance(field, peewee.BlobField):
            out[field.name] = base64.b64encode(bytes(value)).decode("ascii")
        elif isinstance(value, dt.date | dt.time):
            out[field.name] = value.isoformat()
        else:
            out[field.name] = value
    return out


def write_archive(database: peewee.Database, path: Path) -> dict[str, int]:
    """Export to ``path`` atomically (a failed write leaves no half file); return row counts."""
    archive = export_archive(database)
    text = json.dumps(archive, ensure_ascii=False, indent=1, sort_keys=True)
    _atomic_write(path, text)
    return {name: len(rows) for name, rows in archive["tables"].items()}


def _atomic_write(path: Path, text: str) -> None:
    path = Path(path)
    if path.exists() and not path.is_file():  # /dev/full, a FIFO, a folder: never replaced
        raise ArchiveError(MSG_NOT_A_FILE_TARGET, path=str(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".archive-", suffix=".json")
    except OSError as exc:
        raise ArchiveError(
            MSG_CANNOT_WRITE, path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ArchiveError(
            MSG_CANNOT_WRITE, path=str(path), detail=exc.strerror or str(exc)
        ) from exc


# Import -------------------------------------------------------------------------------------


def read_archive(path: Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as exc:
        raise ArchiveError(MSG_UNREADABLE, path=str(path), detail=str(exc)[:200]) from exc
    except RecursionError as exc:  # "[[[[…" nested deeper than any archive is
        raise ArchiveError(MSG_UNREADABLE, path=str(path), detail="nested too deeply") from exc
    check_header(data, str(path))
    return data


def check_header(data: Any, source: str = "") -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ArchiveError(MSG_NOT_ARCHIVE, path=source)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ArchiveError(MSG_NOT_ARCHIVE, path=source)
    if version > FORMAT_VERSION:
        raise ArchiveError(MSG_NEWER_ARCHIVE, found=version, supported=FORMAT_VERSION)
    if not isinstance(data.get("tables"), dict):
        raise ArchiveError(MSG_NOT_ARCHIVE, path=source)


def import_archive(database: peewee.Database, data: dict[str, Any]) -> dict[str, int]:
    """Load an archive into an empty database in one transaction; return row counts."""
    check_header(data)
    counts: dict[str, int] = {}
    id_of: dict[type[BaseModel], dict[str, int]] = {}
    with write_transaction(database):  # a full disk mid-import: a clear message, nothing kept
        # Checked inside the write lock: two imports at once would both find it empty and merge
        # two offices into one database.
        existing = sum(model.select().count() for model in ALL_MODELS)
        if existing:
            raise ArchiveError(MSG_NOT_EMPTY, count=existing)
        for model in ALL_MODELS:
            table = model._meta.table_name
            rows = data["tables"].get(table, [])
            if not isinstance(rows, list):
                raise ArchiveError(MSG_BAD_ROW, table=table, row=0, detail="not a list")
            ids = id_of.setdefault(model, {})
            for number, raw in enumerate(rows, start=1):
                values = _import_row(model, raw, id_of, table, number)
                try:
                    ids[str(values["uuid"])] = model.insert(**values).execute()
                except peewee.IntegrityError as exc:
                    raise ArchiveError(
                        MSG_BAD_ROW, table=table, row=number, detail=str(exc)
                    ) from exc
            counts[table] = len(rows)
        if LedgerEntry._meta.table_name not in data["tables"]:
            # An archive from before the ledger: seal its final minutes as the upgrade does.
            LedgerService(ServiceContext(database, operator="import")).adopt_unsealed()
    return counts


def _import_row(
    model: type[BaseModel],
    raw: Any,
    id_of: dict[type[BaseModel], dict[str, int]],
    table: str,
    number: int,
) -> dict[str, Any]:
    def bad(detail: str) -> ArchiveError:
        return ArchiveError(MSG_BAD_ROW, table=table, row=number, detail=detail)

    if not isinstance(raw, dict):
        raise bad("not an object")
    values: dict[str, Any] = {}
    for field in model._meta.sorted_fields:
        if field.primary_key:
            continue
        if field.name not in raw:
            raise bad(f"“{field.name}” is missing")
        value = raw[field.name]
        if value is None:
            if not field.null:
                raise bad(f"“{field.name}” is empty")
            values[field.name] = None
            continue
        try:
            values[field.name] = _convert(field, value, id_of)
        except (TypeError, ValueError, KeyError) as exc:
            raise bad(f"“{field.name}”: {exc}") from exc
    return values


def _convert(field: peewee.Field, value: Any, id_of: dict[type[BaseModel], dict[str, int]]) -> Any:
    if _is_fk(field):
        target = id_of.get(field.rel_model, {})
        if not isinstance(value, str) or value not in target:
            raise KeyError(f"refers to unknown record {value!r}")
        return target[value]
    if isinstance(field, peewee.UUIDField):
        return uuid.UUID(_expect(value, str))
    if isinstance(field, peewee.BlobField):
        return base64.b64decode(_expect(value, str), validate=True)
    if isinstance(field, peewee.DateTimeField):
        return dt.datetime.fromisoformat(_expect(value, str))
    if isinstance(field, peewee.DateField):
        return dt.date.fromisoformat(_expect(value, str))
    if isinstance(field, peewee.TimeField):
        return dt.time.fromisoformat(_expect(value, str))
    if isinstance(field, peewee.BooleanField):
        return _expect(value, bool)
    if isinstance(field, peewee.IntegerField):
        if isinstance(value, bool):
            raise TypeError("expected a whole number")
        if not -(2**63) <= _expect(value, int) < 2**63:
            raise ValueError("number too large")
        return value
    text = _expect(value, str)
    text.encode("utf-8")  # a lone surrogate ("\ud800" in the JSON) is not text SQLite can store
    enum = CHOICES.get(field)
    if enum is not None and text not in enum.codes():
        raise ValueError(f"{text!r} is not one of {', '.join(enum.codes())}")
    return text


def _expect(value: Any, kind: type) -> Any:
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, found {type(value).__name__}")
    return value
