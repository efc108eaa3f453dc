"""No N+1 queries: opening a meeting, listing a page of meetings and building the dashboard take
the same number of queries on a small and on a four-times-larger district."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from playhouse.test_utils import count_queries

from bench.district import DistrictGenerator
from liaison_desktop.core.db import open_database
from liaison_desktop.core.models import Meeting
from liaison_desktop.core.services import Services
from liaison_desktop.core.services.actions import ActionFilter

AS_OF = dt.date(2025, 12, 20)


def district(path: Path, years: int, stations: int) -> Path:
    DistrictGenerator(
        seed=3,
        years=years,
        stations=stations,
        actions_per_meeting=8,
        attendees_per_meeting=6 * stations,
    ).build(path)
    return path


@pytest.fixture(scope="module")
def districts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("districts")
    return district(folder / "small.sqlite3", 1, 3), district(folder / "large.sqlite3", 2, 6)


OPERATIONS: dict[str, Callable[[Services], object]] = {
    "open the biggest meeting": lambda s: s.meetings.load(
        Meeting.select(Meeting.id).order_by(Meeting.meeting_date.desc()).scalar()
    ),
    "list a page of meetings": lambda s: s.meetings.summaries(limit=50),
    "dashboard figures": lambda s: s.dashboard.figures(AS_OF),
    "a page of open action items": lambda s: s.actions.rows(ActionFilter(statuses=("open",)), 100),
    "action item history": lambda s: s.actions.history(1),
    "compliance of a quarter": lambda s: s.schedule.compliance(2025, 3),
}


def queries(path: Path, operation: Callable[[Services], object]) -> int:
    database = open_database(path)
    try:
        services = Services(database)
        operation(services)  # warm up: lazy lookups of the first call are not the point
        with count_queries() as counter:
            result = operation(services)
        assert result is not None
        return counter.count
    finally:
        database.close()


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_query_count_does_not_grow_with_data(districts: tuple[Path, Path], name: str) -> None:
    small, large = districts
    operation = OPERATIONS[name]
    assert queries(small, operation) == queries(large, operation) <= 10
