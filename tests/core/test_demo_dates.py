"""The demo data set has the same shape whatever day it is built on, in the services and through
the ``liaison`` command: month edges, a leap day and the turn of the year included."""

from __future__ import annotations

import collections
import datetime as dt
import json
from pathlib import Path

import pytest

from liaison_desktop.core.db import open_database
from liaison_desktop.core.demo import build_demo
from liaison_desktop.core.models import ActionItem, Meeting
from liaison_desktop.core.services import Services
from tests.cli.test_cli import liaison
from tests.conftest import FIXED_NOW

EDGE_DAYS = (
    dt.date(2025, 3, 1),  # the 1st of a month
    dt.date(2025, 4, 30),  # the last day of a month
    dt.date(2028, 2, 29),  # a leap day
    dt.date(2026, 12, 31),  # the last day of the year
    dt.date(2027, 1, 1),  # the first day of the year
)


def shape(services: Services, today: dt.date) -> dict[str, object]:
    """What the dashboard and the lists show of the demo on ``today``, as counts."""
    figures = services.dashboard.figures(today)
    open_items = ActionItem.select().where(ActionItem.status.in_(("open", "in_progress")))
    return {
        "meetings": dict(collections.Counter(m.status for m in Meeting.select())),
        "amendments": Meeting.select().where(Meeting.amends.is_null(False)).count(),
        "actions": dict(collections.Counter(a.status for a in ActionItem.select())),
        "drafts": figures.draft_meetings,
        "stations": figures.station_count,
        "stations not met this month": len(figures.stations_without_meeting),
        "series overdue": sum(1 for due in figures.due_meetings if due.overdue),
        "items overdue": figures.overdue.total,
        "items not yet due": open_items.where(ActionItem.due_date >= today).count(),
        "quarterly review due, not overdue": figures.next_quarterly is not None
        and not figures.next_quarterly.overdue,
    }


def demo_shape(path: Path, today: dt.date) -> dict[str, object]:
    db = open_database(path)
    try:
        services = Services(db, clock=lambda: dt.datetime.combine(today, dt.time(10, 30)))
        if Meeting.select().count() == 0:
            build_demo(services)
        return shape(services, today)
    finally:
        db.close()


@pytest.fixture(scope="module")
def reference_shape(demo_template: Path) -> dict[str, object]:
    """The shape of the suite's demo (built on the fixed mid-month day)."""
    return demo_shape(demo_template, FIXED_NOW.date())


def test_the_reference_demo_shows_every_state(reference_shape: dict[str, object]) -> None:
    counts = reference_shape
    assert set(counts["meetings"]) == {"draft", "final", "signed"}  # type: ignore[arg-type]
    assert counts["amendments"] == 1 and counts["stations"] == 10
    for figure in ("drafts", "stations not met this month", "series overdue"):
        assert 0 < counts[figure] < 10, figure  # type: ignore[operator]
    assert counts["items overdue"] and counts["items not yet due"]
    assert counts["quarterly review due, not overdue"] is True


@pytest.mark.slow
@pytest.mark.parametrize("today", EDGE_DAYS, ids=str)
def test_the_demo_has_the_same_shape_on_any_day(
    today: dt.date, reference_shape: dict[str, object], tmp_path: Path
) -> None:
    assert demo_shape(tmp_path / "demo.sqlite3", today) == reference_shape


@pytest.mark.slow
@pytest.mark.parametrize("today", EDGE_DAYS, ids=str)
def test_the_command_line_sees_the_same_demo_on_any_day(
    today: dt.date, reference_shape: dict[str, object], tmp_path: Path
) -> None:
    db, day = tmp_path / "demo.sqlite3", f"{today:%d-%m-%Y}"
    liaison("demo", "--today", day, db=db, today="01-01-2000")  # the command's own option wins
    meetings = json.loads(liaison("meetings", "--json", db=db, today=day).stdout)
    drafts = sum(1 for m in meetings if m["status"] == "draft")
    items = json.loads(liaison("actions", "--open", "--json", db=db, today=day).stdout)
    overdue = sum(1 for item in items if item["overdue_days"] > 0)
    late_series = liaison("due", db=db, today=day).stdout.count("overdue")
    assert (drafts, overdue, late_series) == (
        reference_shape["drafts"],
        reference_shape["items overdue"],
        reference_shape["series overdue"],
    )
