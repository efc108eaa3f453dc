"""Where the application keeps its files: one place, overridable for tests and portable installs.

Defaults follow the platform (platformdirs: ``~/.local/share/LiaisonDesktop`` on Linux,
``%LOCALAPPDATA%\\LiaisonDesktop`` on Windows). ``--basedir DIR`` or ``LIAISON_BASEDIR`` puts
everything under one folder instead, so no test ever writes to the real home folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "LiaisonDesktop"
BASEDIR_ENV = "LIAISON_BASEDIR"
DB_ENV = "LIAISON_DB"
DEMO_FILENAME = "demo.sqlite3"
DB_FILENAME = "liaison.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def resolve(cls, basedir: str | os.PathLike[str] | None = None) -> AppPaths:
        """Paths from an explicit base folder, else ``LIAISON_BASEDIR``, else the platform's."""
        base = basedir or os.environ.get(BASEDIR_ENV)
        if base:
            root = Path(base).expanduser().resolve()
            return cls(root / "data", root / "config", root / "logs")
        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @property
    def default_database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def demo_database(self) -> Path:
        """The demo office's file: kept apart, so trying the program never touches real data."""
        return self.data_dir / DEMO_FILENAME

    def is_demo(self, location: str) -> bool:
        return Path(location).expanduser() == self.demo_database

    @property
    def default_backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def recovery_dir(self) -> Path:
        """Autosaved editor contents that a crash left behind."""
        return self.data_dir / "recovery"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)


def database_location(
    paths: AppPaths, explicit: str | None = None, configured: str | None = None
) -> str:
    """The database to open: ``--db``, then ``LIAISON_DB``, then the settings, then the default.

    The result is a file path or a database URL (``sqlite:///...``, later ``postgresql://...``).
    """
    return explicit or os.environ.get(DB_ENV) or configured or str(paths.default_database)
