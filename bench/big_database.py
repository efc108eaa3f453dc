"""A large database for timing storage operations: the demo data set, its meetings copied (new
UUIDs, later dates, longer discussions) until the file reaches a target size.

    python -m bench.big_database OUT.sqlite3 [--mb 100]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from pathlib import Path

from liaison_desktop.core.db import open_database
from liaison_desktop.core.demo import build_demo
from liaison_desktop.core.records import new_uuid
from liaison_desktop.core.services import Services

NOW = dt.datetime(2025, 1, 15, 10, 30)


def build_big_database(path: Path, target_mb: float) -> int:
    """Write the database and return the number of meetings in it."""
    database = open_database(path)
    services = Services(database, operator="bench", clock=lambda: NOW)
    build_demo(services)
    database.execute_sql("PRAGMA synchronous=OFF")  # generation only; the app never does this
    templates = [services.meetings.load(row.id) for row in services.meetings.summaries()]
    copies = 0
    while path.stat().st_size < target_mb * 1_000_000:
        with services.ctx.atomic():  # one fsync per round of copies
            for template in templates:
                copies += 1
                services.meetings.save(_copy(template, copies))
    count = len(services.meetings.summaries())
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return count


def _copy(draft, serial: int):
    """The same meeting some weeks later, every line new, the discussion four times longer."""
    shifted = draft.meeting_date + dt.timedelta(days=7 * (serial // 50 + 1))
    agenda = [
        dataclasses.replace(line, uuid=new_uuid(), discussion=(line.discussion + "\n") * 4)
        for line in draft.agenda
    ]
    return dataclasses.replace(
        draft,
        id=None,
        uuid=new_uuid(),
        number=None,
        status="draft",
        reference_no=None,
        meeting_date=shifted,
        attendance=[dataclasses.replace(line, uuid=new_uuid()) for line in draft.attendance],
        agenda=agenda,
        actions=[],
        reviews=[],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--mb", type=float, default=100)
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} exists")
    count = build_big_database(args.out, args.mb)
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.1f} MB, {count} meetings")


if __name__ == "__main__":
    main()
