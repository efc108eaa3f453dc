"""What every command needs: paths, settings, the database opened on first use, JSON output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import peewee

from liaison_desktop.core.backup import UpgradeBackup, backup_folder
from liaison_desktop.core.dates import parse_date
from liaison_desktop.core.db import open_database
from liaison_desktop.core.paths import AppPaths, database_location
from liaison_desktop.core.services import Services
from liaison_desktop.core.settings import Settings
from liaison_desktop.i18n import translate


@dataclass
class CommandContext:
    paths: AppPaths
    settings: Settings
    db_location: str
    operator: str
    today: str | None = None  # --today as typed (read when the services are first used)
    language: str = "en"  # of the messages (--lang)
    _database: peewee.Database | None = field(default=None, repr=False)
    _services: Services | None = field(default=None, repr=False)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> CommandContext:
        paths = AppPaths.resolve(args.basedir)
        settings = Settings.load(paths.settings_file)
        location = database_location(paths, args.db, settings.database)
        operator = args.operator or settings.operator_name
        return cls(paths, settings, location, operator, args.today, args.lang)

    @property
    def database(self) -> peewee.Database:
        if self._database is None:
            upgrade = UpgradeBackup(backup_folder(self.paths, self.settings))
            self._database = open_database(self.db_location, before_upgrade=upgrade)
            said = upgrade.message(lambda context, text: translate(context, text, self.language))
            if said:
                print(f"liaison: {said}", file=sys.stderr)
        return self._database

    @property
    def services(self) -> Services:
        if self._services is None:
            clock = {"clock": fixed_day_clock(parse_date(self.today))} if self.today else {}
            self._services = Services(self.database, self.operator, **clock)
        return self._services

    def close(self) -> None:
        if self._database is not None:
            self._database.close()


def fixed_day_clock(day: dt.date) -> Callable[[], dt.datetime]:
    """A clock whose date is ``day`` and whose time of day runs as usual (``--today``)."""
    return lambda: dt.datetime.combine(day, dt.datetime.now().time())


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
