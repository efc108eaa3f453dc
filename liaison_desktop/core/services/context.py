"""What every service needs: the open database, who is working, and the clock.

Passing these in (rather than reading globals) lets tests and the CLI run the same services with
their own database file, operator name and fixed dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import peewee

from liaison_desktop.core.db import write_transaction


def real_clock() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass
class ServiceContext:
    database: peewee.Database
    operator: str = "clerk"
    clock: Callable[[], dt.datetime] = field(default=real_clock)

    def now(self) -> dt.datetime:
        return self.clock().replace(microsecond=0)

    def today(self) -> dt.date:
        return self.clock().date()

    def atomic(self):
        """One transaction per save: all of it lands, or none of it; a full disk, an I/O error,
        a read-only or locked file becomes a clear ``StorageError`` (see ``write_transaction``)."""
        return write_transaction(self.database)

    def locked(self, query: peewee.Select) -> peewee.Select:
        """``query`` whose rows stay locked until the transaction ends, on a server that locks
        rows (PostgreSQL); on SQLite the write transaction already holds the whole file."""
        return query.for_update() if self.database.for_update else query
