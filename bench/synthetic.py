"""Synthetic data at scale for benchmarks: thousands of meetings, a hundred thousand action items.

Rows go in with bulk inserts (the services' per-meeting saves would take minutes at this size);
the texts come from the demo's Hindi agenda so filters meet realistic Devanagari. The result is a
valid database of the current schema, cached per size in the given folder.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from pathlib import Path

from liaison_desktop.core import vocab
from liaison_desktop.core.db import open_database
from liaison_desktop.core.demo import AGENDA_BANK, BODIES, STATIONS
from liaison_desktop.core.models import (
    ActionItem,
    Meeting,
    MeetingSeries,
    OfficeProfile,
    Person,
    Place,
)

BATCH = 500
STATUSES = ("open", "in_progress", "done", "dropped")


def synthetic_database(folder: Path, meetings: int, actions: int, seed: int = 7) -> Path:
    """A database with ``meetings`` meetings and ``actions`` action items (built once)."""
    path = folder / f"synthetic-{meetings}-{actions}.sqlite3"
    if path.exists():
        return path
    partial = path.with_name(path.name + ".part")
    partial.unlink(missing_ok=True)
    database = open_database(partial)
    rng = random.Random(seed)
    now = dt.datetime(2025, 1, 15, 10, 30)
    with database.atomic():
        OfficeProfile.create(name="जिला कार्यालय, कानपुर नगर", reference_prefix="KNP/LC")
        people = [Person.create(name=f"व्यक्ति {n}", name_latin=f"Person {n}").id for n in range(200)]
        series_ids = []
        for name, latin, code in STATIONS:
            station = Place.create(kind="station", name=name, name_latin=latin, code=code)
            series_ids.append(
                MeetingSeries.create(
                    kind="monthly_station",
                    name=f"थाना {name} मासिक समन्वय बैठक",
                    code=code,
                    station=station,
                    cadence_months=1,
                ).id
            )
        start = dt.date(2000, 1, 1)
        rows = []
        for number in range(meetings):
            day = start + dt.timedelta(days=number * 9000 // max(meetings, 1))
            series = series_ids[number % len(series_ids)]
            rows.append(
                {
                    "uuid": uuid.uuid4(),
                    "series": series,
                    "number": number // len(series_ids) + 1,
                    "title": f"मासिक समन्वय बैठक — {day:%d-%m-%Y}",
                    "meeting_date": day,
                    "status": rng.choice(("draft", "final", "signed")),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        _insert(Meeting, rows)
        meeting_rows = list(Meeting.select(Meeting.id, Meeting.meeting_date).tuples())
        rows = []
        for position in range(actions):
            meeting_id, day = meeting_rows[position % len(meeting_rows)]
            _title, _discussion, _decision, category, text = rng.choice(AGENDA_BANK)
            rows.append(
                {
                    "uuid": uuid.uuid4(),
                    "origin_meeting": meeting_id,
                    "position": position,
                    "description": text,
                    "category": category,
                    "responsible_person": rng.choice(people) if rng.random() < 0.3 else None,
                    "responsible_body": rng.choice(BODIES),
                    "due_date": day + dt.timedelta(days=rng.choice((15, 30, 45))),
                    "status": rng.choice(STATUSES),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        _insert(ActionItem, rows)
    assert set(STATUSES) <= set(vocab.ActionStatus.codes())
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    partial.replace(path)
    return path


def _insert(model, rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        model.insert_many(rows[start : start + BATCH]).execute()
