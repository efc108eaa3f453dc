"""Opening the database read-only in a worker process that renders documents.

A worker never writes, so it opens SQLite in read-only mode (``mode=ro``, ``query_only``): it
cannot change the data or the schema even by mistake, and it runs beside the application that has
the same file open for writing (WAL lets readers and the writer work at once).
"""

from __future__ import annotations

from pathlib import Path

import peewee

from liaison_desktop.core.db import is_url, open_database
from liaison_desktop.core.errors import StorageError
from liaison_desktop.core.models import database_proxy
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

MSG_NO_DATABASE = QT_TRANSLATE_NOOP("LiaisonError", "The database “{path}” does not exist.")

_opened: dict[str, peewee.Database] = {}


def open_readonly(location: str | Path) -> peewee.Database:
    """The database at ``location``, opened once per process and bound to the models."""
    key = str(location)
    database = _opened.get(key)
    if database is None:
        database = _opened[key] = _open(key)
    database_proxy.initialize(database)
    return database


def _open(location: str) -> peewee.Database:
    if is_url(location):  # a server database: its own permissions keep workers read-only
        return open_database(location, migrate=False)
    path = Path(location).expanduser().resolve()
    if not path.is_file():
        raise StorageError(MSG_NO_DATABASE, path=str(path))
    database = peewee.SqliteDatabase(
        f"{path.as_uri()}?mode=ro",
        uri=True,
        pragmas={"query_only": 1, "foreign_keys": 1, "busy_timeout": 5000},
    )
    database.connect()
    return database
