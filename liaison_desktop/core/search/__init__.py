"""Search over meetings, agenda points, action items, review remarks, people and places.

``search_engine(database)`` is the one place that chooses the engine for a database; the services
keep its index current and the GUI and the ``liaison search`` command call ``search``. See
``engine.py`` for the interface, ``documents.py`` for what is indexed and ``fts5.py`` for SQLite.
"""

from __future__ import annotations

from collections.abc import Iterable

import peewee

from liaison_desktop.core.errors import StorageError
from liaison_desktop.core.search.engine import (
    RebuildProgress,
    SearchEngine,
    SearchHit,
    SearchRequest,
    SearchResults,
)
from liaison_desktop.core.search.fts5 import Fts5SearchEngine
from liaison_desktop.core.search.snippet import marked
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

MSG_NO_SEARCH = QT_TRANSLATE_NOOP(
    "LiaisonError", "Search is not available for this kind of database yet."
)


class UnavailableSearchEngine:
    """For databases without a search engine yet: nothing to keep current, searching says so."""

    def search(self, request: SearchRequest) -> SearchResults:
        raise StorageError(MSG_NO_SEARCH)

    def index_meeting(self, meeting_id: int) -> None:
        pass

    def index_series(self, series_id: int) -> None:
        pass

    def index_actions(self, action_ids: Iterable[int]) -> None:
        pass

    def index_person(self, person_id: int) -> None:
        pass

    def index_place(self, place_id: int) -> None:
        pass

    def rebuild(self, progress: RebuildProgress | None = None) -> dict[str, int]:
        return {}

    def is_current(self) -> bool:
        return True


def search_engine(database: peewee.Database) -> SearchEngine:
    if isinstance(database, peewee.SqliteDatabase):
        return Fts5SearchEngine(database)
    return UnavailableSearchEngine()


__all__ = [
    "Fts5SearchEngine",
    "SearchEngine",
    "SearchHit",
    "SearchRequest",
    "SearchResults",
    "UnavailableSearchEngine",
    "marked",
    "search_engine",
]
