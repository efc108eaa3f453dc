"""Per-user settings shared by the GUI and the CLI, kept as a small JSON file.

Window geometry and other purely visual state live in QSettings inside the GUI; what the core and
the CLI also need (operator name, database location, backup folder, language) lives here.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

log = logging.getLogger(__name__)

RECENT_MAX = 6


@dataclass
class Settings:
    operator: str = ""
    language: str = "hi"
    database: str = ""
    backup_dir: str = ""
    last_auto_backup: str = ""
    recent_databases: list[str] = field(default_factory=list)  # newest first (File ▸ Recent)
    # Backup folder (absolute) -> the identity written on its drive at the first backup there.
    backup_volumes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings; a missing or unreadable file gives the defaults (and a log line)."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable, using defaults: %s", path, exc)
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known and v is not None}
        recent = values.pop("recent_databases", [])
        volumes = values.pop("backup_volumes", {})
        settings = cls(**{k: str(v) for k, v in values.items()})
        if isinstance(recent, list):
            settings.recent_databases = [str(item) for item in recent if item][:RECENT_MAX]
        if isinstance(volumes, dict):
            settings.backup_volumes = {str(k): str(v) for k, v in volumes.items()}
        return settings

    def save(self, path: Path) -> None:
        """Write atomically: a crash mid-write leaves the previous file, never half of one."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(self), handle, ensure_ascii=False, indent=2)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def remember_database(self, location: str) -> None:
        """``location`` is the database in use now: first in the recent list, and the one
        opened at the next start."""
        self.database = location
        self.note_recent(location)

    def note_recent(self, location: str) -> None:
        """``location`` was opened: first in the recent list (the start-up choice unchanged)."""
        others = [item for item in self.recent_databases if item != location]
        self.recent_databases = [location, *others][:RECENT_MAX]

    @property
    def operator_name(self) -> str:
        """Who is recorded in the audit log until user accounts exist."""
        env = os.environ
        return self.operator.strip() or env.get("USER") or env.get("USERNAME") or "clerk"
