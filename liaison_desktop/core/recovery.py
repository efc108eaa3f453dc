"""The recovery slot: the editor's unsaved meeting, autosaved every few seconds, so a crash, a kill
or a power cut costs a clerk at most those seconds of typing.

One small JSON file per meeting being edited, written to a temporary file, flushed to the disk and
renamed over the previous one: at any moment the file on disk is a whole snapshot, old or new,
never half of one. Snapshots belong to one database (the ids inside a draft mean nothing in
another), so the file name carries a short hash of the database's location as well as the
meeting's UUID. The editor forgets its snapshot once the meeting is saved or its edits are thrown
away; what is left at the next start is what a crash interrupted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from liaison_desktop.core.db import sqlite_path
from liaison_desktop.core.records import MeetingDraft

log = logging.getLogger(__name__)

FORMAT_NAME = "liaison-desktop-recovery"
FORMAT_VERSION = 1
UNREADABLE_SUFFIX = ".unreadable"


@dataclass(frozen=True)
class RecoverySnapshot:
    """One autosaved meeting: enough to list it, and the draft itself."""

    path: Path
    saved_at: dt.datetime
    draft: MeetingDraft

    @property
    def meeting_uuid(self) -> str:
        return self.draft.uuid

    @property
    def title(self) -> str:
        return self.draft.title

    @property
    def meeting_date(self) -> dt.date:
        return self.draft.meeting_date

    @property
    def is_new(self) -> bool:
        """The meeting was never saved: only the snapshot holds it."""
        return self.draft.id is None


def database_key(location: str | Path) -> str:
    """The same database named two ways (relative path, URL) gives the same key."""
    path = sqlite_path(location)
    return str(path.resolve()) if path is not None else str(location)


class RecoveryStore:
    def __init__(self, folder: Path, database: str | Path) -> None:
        self.folder = folder
        self.database = database_key(database)
        self._prefix = hashlib.sha256(self.database.encode("utf-8")).hexdigest()[:12]

    def _path(self, meeting_uuid: str) -> Path:
        # Parsing the UUID keeps anything odd in a draft out of the file name.
        return self.folder / f"{self._prefix}-{uuid.UUID(meeting_uuid)}.json"

    def keep(self, draft_json: dict[str, Any], saved_at: dt.datetime | None = None) -> Path:
        """Write the snapshot of a draft (``MeetingDraft.to_json()``) atomically, replacing the
        previous one. With ``forget`` this is the editor's ``DraftKeeper`` protocol."""
        record = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "database": self.database,
            "saved_at": (saved_at or dt.datetime.now()).isoformat(timespec="seconds"),
            "draft": draft_json,
        }
        path = self._path(draft_json["uuid"])
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=self.folder, prefix=f".{path.stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(record, handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return path

    def forget(self, meeting_uuid: str) -> None:
        """The meeting was saved, or its changes deliberately thrown away."""
        self._path(meeting_uuid).unlink(missing_ok=True)

    def load(self, meeting_uuid: str) -> MeetingDraft | None:
        snapshot = self._read(self._path(meeting_uuid))
        return snapshot.draft if snapshot else None

    def snapshots(self) -> list[RecoverySnapshot]:
        """This database's snapshots, newest first. A file that cannot be read is renamed
        ``.unreadable`` (kept, never deleted) and left out."""
        found = []
        for path in sorted(self.folder.glob(f"{self._prefix}-*.json")):
            snapshot = self._read(path)
            if snapshot is not None:
                found.append(snapshot)
        return sorted(found, key=lambda s: s.saved_at, reverse=True)

    def _read(self, path: Path) -> RecoverySnapshot | None:
        try:
            record: Any = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            return self._set_aside(path, exc)
        try:
            if record.get("format") != FORMAT_NAME or not isinstance(record.get("version"), int):
                raise ValueError("not a recovery snapshot")
            if record["version"] > FORMAT_VERSION:
                return None  # a newer version's: left for it

            saved_at = dt.datetime.fromisoformat(record["saved_at"])
            draft = MeetingDraft.from_json(record["draft"])
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            return self._set_aside(path, exc)
        return RecoverySnapshot(path, saved_at, draft)

    def _set_aside(self, path: Path, exc: Exception) -> None:
        log.warning("recovery snapshot %s unreadable, kept as %s: %s", path, UNREADABLE_SUFFIX, exc)
        with contextlib.suppress(OSError):
            path.rename(path.with_name(path.name + UNREADABLE_SUFFIX))
        return None
