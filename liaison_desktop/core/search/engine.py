"""The search interface the services, GUI and CLI use, whatever engine sits behind it.

An engine keeps an index of the documents in ``documents.py`` current (the services call the
``index_*`` methods inside the transaction of every change) and answers ``search``. Each
``index_*`` call makes the index agree with the database for that record and what depends on it,
whether the record was created, changed or deleted.

SQLite uses FTS5 (``fts5.py``). A shared PostgreSQL server will bring its own implementation of
this protocol over the same documents, the same Hindi analysis (``liaison_desktop.text``) and the
same quality tests (``tests/core/test_search.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from liaison_desktop.core.vocab import SearchKind

# Called now and then during a rebuild with (records done, records in all); raising from it
# (the GUI's Progress does on Cancel) abandons the rebuild and leaves the previous index as it was.
RebuildProgress = Callable[[int, int], object]


@dataclass(frozen=True)
class SearchRequest:
    """What to look for: the text as typed, and filters that all apply together with it."""

    text: str
    kinds: tuple[SearchKind, ...] = ()  # empty: every kind
    station_id: int | None = None  # records about this police station (or in its area)
    series_id: int | None = None
    date_from: dt.date | None = None  # people and places have no date: a date filter drops them
    date_to: dt.date | None = None
    # Meeting status for meetings and agenda points, current status for action items, the status
    # recorded at the review for review remarks. Empty: any.
    statuses: tuple[str, ...] = ()
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class SearchHit:
    """One result: enough to show it and to open the record it stands for."""

    kind: SearchKind
    id: int  # the record's id in its own table (the review's id for a review remark)
    meeting_id: int | None  # the meeting to open for meetings, agenda points, actions, reviews
    action_id: int | None  # the action item of an action or a review remark
    title: str
    context: str  # the meeting's title, a person's designation, the places a place belongs to
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # (start, end) in snippet of the words that matched
    score: float  # higher is more relevant; comparable within one search only
    date: dt.date | None
    station: str


@dataclass(frozen=True)
class SearchResults:
    hits: tuple[SearchHit, ...]
    ranked: int  # how many matches were ranked (hits is the requested page of them)
    capped: bool  # more matched than could be ranked: only the most recent were; narrow the search


class SearchEngine(Protocol):
    def search(self, request: SearchRequest) -> SearchResults: ...

    def index_meeting(self, meeting_id: int) -> None:
        """The meeting, its agenda points, the action items it raised and reviewed, its reviews."""

    def index_series(self, series_id: int) -> None:
        """Every meeting of the series (its station may have changed)."""

    def index_actions(self, action_ids: Iterable[int]) -> None:
        """Action items and their review remarks (status or closing remark changed)."""

    def index_person(self, person_id: int) -> None:
        """The person and the action items they are responsible for."""

    def index_place(self, place_id: int) -> None:
        """The place, and for a station everything that happened there (its name is indexed)."""

    def rebuild(self, progress: RebuildProgress | None = None) -> dict[str, int]:
        """Index everything afresh in one transaction; return the documents indexed per kind."""

    def is_current(self) -> bool:
        """False when the index must be rebuilt: never built over existing data (a database from
        an older version, an imported archive) or built by a different analysis."""
