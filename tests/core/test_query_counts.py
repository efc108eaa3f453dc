"""No N+1 queries: opening a meeting, listing a page of meetings, building the dashboard, searching
and re-indexing a meeting take the same number of queries on a small and on a four-times-larger
district."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from playhouse.test_utils import count_queries

from bench.district import DistrictGenerator
from liaison_desktop.core.db import open_database
from liaison_desktop.core.models import Meeting
from liaison_desktop.core.search import SearchRequest
from liaison_desktop.core.services import Services
from liaison_desktop.core.services.actions import ActionFilter
from liaison_desktop.core.vocab import SearchKind

AS_OF = dt.date(2025, 12, 20)


def district(path: Path, years: int, stations: int) -> Path:
    DistrictGenerator(
        seed=3,
        years=years,
        stations=stations,
        actions_per_meeting=8,
        attendees_per_meeting=6 * stations,
    ).build(path)
    database = open_database(path)
    Services(database).search.rebuild()  # the generator writes rows without the services
    database.close()
    return path


def latest_meeting() -> int:
    return Meeting.select(Meeting.id).order_by(Meeting.meeting_date.desc()).scalar()


@pytest.fixture(scope="module")
def districts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("districts")
    return district(folder / "small.sqlite3", 1, 3), district(folder / "large.sqlite3", 2, 6)


OPERATIONS: dict[str, Callable[[Services], object]] = {
    "open the biggest meeting": lambda s: s.meetings.load(latest_meeting()),
    "list a page of meetings": lambda s: s.meetings.summaries(limit=50),
    "dashboard figures": lambda s: s.dashboard.figures(AS_OF),
    "a page of open action items": lambda s: s.actions.rows(ActionFilter(statuses=("open",)), 100),
    "action item history": lambda s: s.actions.history(1),
    "compliance of a quarter": lambda s: s.schedule.compliance(2025, 3),
    "search action items": lambda s: s.search.search(
        SearchRequest("नशे OR गश्त", kinds=(SearchKind.ACTION,))
    ),
    "search with every filter": lambda s: s.search.search(
        SearchRequest(
            "कार्यवाही",
            kinds=(SearchKind.REVIEW,),
            station_id=1,
            series_id=2,
            statuses=("in_progress",),
            date_from=dt.date(2024, 1, 1),
            date_to=AS_OF,
        )
    ),
    "re-index the biggest meeting": lambda s: s.search.index_meeting(latest_meeting()) or True,
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
    # At most 13: re-indexing a meeting, with its savepoint, is the longest.
    assert queries(small, operation) == queries(large, operation) <= 13


def test_a_search_of_everything_takes_one_query_per_kind_found(
    districts: tuple[Path, Path],
) -> None:
    # Which kinds fill the first page depends on the data; the queries never exceed one for the
    # ranking, one per kind shown, and one more each for people's posts and places' parents.
    for path in districts:
        assert queries(path, lambda s: s.search.search(SearchRequest("थाना"))) <= 1 + 6 + 2
