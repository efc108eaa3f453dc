"""What every service needs: the open database, who is working, and the clock.

Passing these in (rather than reading globals) lets tests and the CLI run the same services with
their own database file, operator name and fixed dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import peewee


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass
class ServiceContext:
    database: peewee.Database
    operator: str = "clerk"
    clock: Callable[[], dt.datetime] = field(default=_now)

    def now(self) -> dt.datetime:
        return self.clock().replace(microsecond=0)

    def today(self) -> dt.date:
        return self.clock().date()

    def atomic(self):
        """One transaction per save: all of it lands, or none of it."""
        return self.database.atomic()
