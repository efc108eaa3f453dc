"""The search engine for SQLite: FTS5 over the analysed text of every document, ranked by bm25.

Tables (created by migration 0003_search_index): ``search_doc`` holds each document's analysed
terms and phonetic keys (liaison_desktop.text.index_text) and its filter tags; ``search_fts`` is
an external-content FTS5 index over it. A document's rowid is
``(day << 35) | (status << 32) | (record id << 3) | kind``: rowids follow dates, so a date filter
is a rowid range and "the most recent matches" are the highest rowids, both answered inside FTS5;
kind and status filters are arithmetic on the rowid.

Ranking is bm25 over at most ``CANDIDATES`` matches, the most recent ones: a word found in 200,000
records would otherwise cost ~200 ms per keystroke to rank in full; beyond that the results say
they were capped, and more words or a filter narrow them. bm25 counts the documents of every
phrase of the MATCH (for its IDF), so a filter joins the MATCH as a tag (column ``tags``) only
when its value is rare enough to be cheap to count and fast to intersect: stations and series
always, kinds and statuses of meetings; the big kinds (action items, reviews) and their statuses
are filtered on the rowid alone.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

import peewee
from peewee import SQL

from liaison_desktop.core import vocab
from liaison_desktop.core.db import write_transaction
from liaison_desktop.core.models import (
    ActionItem,
    ActionReview,
    AgendaItem,
    Meeting,
    MeetingSeries,
    Person,
    Place,
)
from liaison_desktop.core.search.documents import (
    BUILDERS,
    Document,
    action_documents,
    agenda_documents,
    documents,
    meeting_documents,
    person_documents,
    place_documents,
    review_documents,
)
from liaison_desktop.core.search.engine import (
    RebuildProgress,
    SearchHit,
    SearchRequest,
    SearchResults,
)
from liaison_desktop.core.search.snippet import snippet
from liaison_desktop.core.vocab import SearchKind
from liaison_desktop.text import Query, index_text, parse_query, to_fts5

# Bump when the analysis (liaison_desktop.text) or what documents.py indexes changes: every
# database then reports its index as not current and is rebuilt once.
INDEX_VERSION = "1"
CANDIDATES = 2_000  # most recent matches ranked per search (bm25 costs ~1.6 µs a row)
WEIGHTS = (1.0, 0.5, 0.0)  # bm25 weights: terms, phonetic keys (looser), tags (filters only)
INSERT_BATCH = 4_000  # rows per INSERT: 6 columns stay under SQLite's 32,766 parameters

KIND_CODES = {kind: code for code, kind in enumerate(SearchKind)}
KINDS = dict(enumerate(SearchKind))
STATUSES = ("", *vocab.MeetingStatus.codes(), *vocab.ActionStatus.codes())
STATUS_CODES = {status: code for code, status in enumerate(STATUSES)}
KIND_BITS, ID_BITS, STATUS_BITS = 3, 29, 3  # record ids up to 536 million
STATUS_SHIFT = KIND_BITS + ID_BITS
DAY_SHIFT = STATUS_SHIFT + STATUS_BITS
KIND_MASK, ID_MASK, STATUS_MASK = (1 << KIND_BITS) - 1, (1 << ID_BITS) - 1, (1 << STATUS_BITS) - 1
DATELESS_DAY = dt.date.max.toordinal()  # people and places: above every dated document
MAX_ROWID = (1 << 63) - 1
assert len(KIND_CODES) <= KIND_MASK + 1 and len(STATUSES) <= STATUS_MASK + 1
assert (DATELESS_DAY + 1) << DAY_SHIFT <= MAX_ROWID
# Filters cheap enough to count and intersect as tags in the MATCH (see the module doc).
SELECTIVE_KINDS = frozenset(
    {SearchKind.MEETING, SearchKind.AGENDA, SearchKind.PERSON, SearchKind.PLACE}
)
SELECTIVE_STATUSES = frozenset(vocab.MeetingStatus.codes())

COLUMNS = ("id", "meeting_id", "action_id", "terms", "keys", "tags")
STATISTICS_TABLES = ("search_doc", "search_fts_data", "search_fts_idx", "search_fts_docsize")


def doc_rowid(kind: SearchKind, record_id: int, date: dt.date | None, status: str = "") -> int:
    day = date.toordinal() if date else DATELESS_DAY
    return (
        (day << DAY_SHIFT)
        | (STATUS_CODES.get(status, 0) << STATUS_SHIFT)
        | (record_id << KIND_BITS)
        | KIND_CODES[kind]
    )


def _decode(rowid: int) -> tuple[SearchKind, int]:
    return KINDS[rowid & KIND_MASK], (rowid >> KIND_BITS) & ID_MASK


def _token(prefix: str, value: object) -> str:
    """A filter token (ids and vocabulary codes): without "_", so the ascii tokenizer keeps it
    whole."""
    return prefix + str(value).replace("_", "")


def _tags(doc: Document) -> str:
    tokens = [_token("k", doc.kind.value)]
    tokens += [_token("p", station) for station in doc.station_ids]
    if doc.series_id is not None:
        tokens.append(_token("s", doc.series_id))
    if doc.status:
        tokens.append(_token("t", doc.status))
    return " ".join(tokens)


def _any_tag(prefix: str, values: Iterable[object]) -> str:
    return " OR ".join(f'tags : "{_token(prefix, value)}"' for value in values)


def _row(doc: Document) -> tuple:
    indexed = index_text(doc.indexed_text)
    return (
        doc_rowid(doc.kind, doc.id, doc.date, doc.status),
        doc.meeting_id,
        doc.action_id,
        " ".join(indexed.terms),
        " ".join(indexed.keys),
        _tags(doc),
    )


def _in(field: peewee.Field, ids: Iterable[int]) -> peewee.Expression:
    """field IN ids, as one bound parameter whatever the number of ids."""
    return field.in_(SQL("(SELECT value FROM json_each(?))", [json.dumps(sorted(set(ids)))]))


def _filters(request: SearchRequest, match: str) -> tuple[str, str, int, int]:
    """(MATCH expression, extra SQL conditions on the rowid, lowest and highest rowid)."""
    parts, where = [match], ""
    if request.kinds:
        codes = ", ".join(str(KIND_CODES[kind]) for kind in request.kinds)
        where += f" AND (rowid & {KIND_MASK}) IN ({codes})"
        if SELECTIVE_KINDS.issuperset(request.kinds):
            parts.append(_any_tag("k", (kind.value for kind in request.kinds)))
    if request.statuses:
        codes = ", ".join(str(STATUS_CODES.get(status, -1)) for status in request.statuses)
        where += f" AND ((rowid >> {STATUS_SHIFT}) & {STATUS_MASK}) IN ({codes})"
        if SELECTIVE_STATUSES.issuperset(request.statuses):
            parts.append(_any_tag("t", request.statuses))
    if request.station_id is not None:
        parts.append(_any_tag("p", (request.station_id,)))
    if request.series_id is not None:
        parts.append(_any_tag("s", (request.series_id,)))
    low, high = 0, MAX_ROWID
    if request.date_from or request.date_to:
        low = (request.date_from or dt.date.min).toordinal() << DAY_SHIFT
        last = min((request.date_to or dt.date.max).toordinal(), DATELESS_DAY - 1)
        high = ((last + 1) << DAY_SHIFT) - 1
    return " AND ".join(f"({part})" for part in parts), where, low, high


def _hits(ranked: list[tuple[SearchKind, int, float]], query: Query) -> tuple[SearchHit, ...]:
    """The hits in rank order, shown from their documents (one query per kind)."""
    by_kind: dict[SearchKind, list[int]] = defaultdict(list)
    for kind, record_id, _ in ranked:
        by_kind[kind].append(record_id)
    found = {(d.kind, d.id): d for kind, ids in by_kind.items() for d in documents(kind, ids)}
    hits = []
    for kind, record_id, score in ranked:
        doc = found.get((kind, record_id))
        if doc is None:  # deleted since ranking: another connection's commit in between
            continue
        text, spans = snippet(doc.text, query)
        hits.append(
            SearchHit(
                kind=kind,
                id=record_id,
                meeting_id=doc.meeting_id,
                action_id=doc.action_id,
                title=doc.title,
                context=doc.context,
                snippet=text,
                highlights=spans,
                score=round(score, 4),
                date=doc.date,
                station=doc.station,
            )
        )
    return tuple(hits)


class Fts5SearchEngine:
    def __init__(self, database: peewee.Database) -> None:
        self.database = database

    # Searching --------------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResults:
        query = parse_query(request.text)
        match = to_fts5(query, terms_column="terms", keys_column="keys")
        if match is None:
            return SearchResults((), 0, False)
        expression, where, low, high = _filters(request, match)
        rows = self.database.execute_sql(
            "SELECT id, score, count(*) OVER () FROM ("
            " SELECT rowid AS id, bm25(search_fts, ?, ?, ?) AS score FROM search_fts"
            f" WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?{where}"
            " ORDER BY rowid DESC LIMIT ?"
            ") ORDER BY score, id DESC LIMIT ? OFFSET ?",
            (
                *WEIGHTS,
                expression,
                low,
                high,
                CANDIDATES + 1,
                max(request.limit, 0),
                max(request.offset, 0),
            ),
        ).fetchall()
        ranked = rows[0][2] if rows else 0
        hits = _hits([(*_decode(rowid), -score) for rowid, score, _ in rows], query)
        return SearchResults(hits, min(ranked, CANDIDATES), ranked > CANDIDATES)

    # Keeping the index current ----------------------------------------------------------------

    def index_meeting(self, meeting_id: int) -> None:
        self._refresh(meetings={meeting_id})

    def index_series(self, series_id: int) -> None:
        ids = Meeting.select(Meeting.id).where(Meeting.series == series_id)
        self._refresh(meetings={row.id for row in ids})

    def index_actions(self, action_ids: Iterable[int]) -> None:
        self._refresh(actions=set(action_ids))

    def index_person(self, person_id: int) -> None:
        actions = ActionItem.select(ActionItem.id).where(ActionItem.responsible_person == person_id)
        self._refresh(actions={row.id for row in actions}, people={person_id})

    def index_place(self, place_id: int) -> None:
        meetings = (
            Meeting.select(Meeting.id).join(MeetingSeries).where(MeetingSeries.station == place_id)
        )
        actions = ActionItem.select(ActionItem.id).where(ActionItem.place == place_id)
        self._refresh(
            meetings={row.id for row in meetings},
            actions={row.id for row in actions},
            places={place_id},
        )

    def _refresh(
        self,
        meetings: set[int] = frozenset(),
        actions: set[int] = frozenset(),
        people: set[int] = frozenset(),
        places: set[int] = frozenset(),
    ) -> None:
        """Replace every document of these records and of what depends on them.

        A meeting's documents are its own, its agenda points', its reviews', and those of every
        action item it raised or reviews, now or before this change (a review changes the item's
        status); an action item's are its own and its reviews'.
        """
        meeting_list = json.dumps(sorted(meetings))
        with write_transaction(self.database):
            if meetings:
                before_and_after = self.database.execute_sql(
                    "SELECT action_id FROM search_doc WHERE action_id IS NOT NULL"
                    " AND meeting_id IN (SELECT value FROM json_each(?1))"
                    " UNION SELECT id FROM action_item"
                    " WHERE origin_meeting_id IN (SELECT value FROM json_each(?1))"
                    " UNION SELECT action_id FROM action_review"
                    " WHERE meeting_id IN (SELECT value FROM json_each(?1))",
                    (meeting_list,),
                )
                actions = set(actions) | {action_id for (action_id,) in before_and_after}
            fixed = [doc_rowid(SearchKind.PERSON, i, None) for i in people]
            fixed += [doc_rowid(SearchKind.PLACE, i, None) for i in places]
            touched = (
                "meeting_id IN (SELECT value FROM json_each(?))"
                " OR action_id IN (SELECT value FROM json_each(?))"
                " OR id IN (SELECT value FROM json_each(?))"
            )
            params = (meeting_list, json.dumps(sorted(actions)), json.dumps(fixed))
            self._remove(touched, params)
            sources: list[Iterator[Document]] = []
            if meetings:
                sources.append(meeting_documents(_in(Meeting.id, meetings)))
                sources.append(agenda_documents(_in(AgendaItem.meeting, meetings)))
            if actions:
                sources.append(action_documents(_in(ActionItem.id, actions)))
            if meetings or actions:
                sources.append(
                    review_documents(
                        _in(ActionReview.meeting, meetings) | _in(ActionReview.action, actions)
                    )
                )
            if people:
                sources.append(person_documents(_in(Person.id, people)))
            if places:
                sources.append(place_documents(_in(Place.id, places)))
            for source in sources:
                self._store(source)
            self.database.execute_sql(
                "INSERT INTO search_fts (rowid, terms, keys, tags)"
                f" SELECT id, terms, keys, tags FROM search_doc WHERE {touched}",
                params,
            )

    def _remove(self, where: str, params: tuple) -> None:
        # An external-content FTS5 index forgets a row only when told its indexed values.
        self.database.execute_sql(
            "INSERT INTO search_fts (search_fts, rowid, terms, keys, tags)"
            f" SELECT 'delete', id, terms, keys, tags FROM search_doc WHERE {where}",
            params,
        )
        self.database.execute_sql(f"DELETE FROM search_doc WHERE {where}", params)

    def _store(
        self, source: Iterable[Document], stored: Callable[[int], None] = lambda n: None
    ) -> int:
        """Insert the documents into search_doc (not yet into the FTS index); return how many.
        ``stored(n)`` is told after each batch of n."""
        count = 0
        batch: list[tuple] = []
        for doc in source:
            batch.append(_row(doc))
            if len(batch) == INSERT_BATCH:
                count += self._insert(batch, stored)
                batch = []
        if batch:
            count += self._insert(batch, stored)
        return count

    def _insert(self, rows: list[tuple], stored: Callable[[int], None]) -> int:
        # One multi-row INSERT per batch, written out: Peewee's SQL builder would take longer
        # than SQLite to insert a rebuild's 400,000 rows.
        values = ", ".join(["(" + ", ".join("?" * len(COLUMNS)) + ")"] * len(rows))
        self.database.execute_sql(
            f"INSERT INTO search_doc ({', '.join(COLUMNS)}) VALUES {values}",
            [value for row in rows for value in row],
        )
        stored(len(rows))
        return len(rows)

    # Rebuilding -------------------------------------------------------------------------------

    def rebuild(self, progress: RebuildProgress | None = None) -> dict[str, int]:
        totals = {kind: key.model.select().count() for kind, (_, key) in BUILDERS.items()}
        total = sum(totals.values())
        counts: dict[str, int] = {}
        done = 0

        def stored(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total)

        with write_transaction(self.database):
            self.database.execute_sql("DELETE FROM search_doc")
            for kind, (build, _) in BUILDERS.items():
                counts[kind.value] = self._store(build(), stored)
            self.database.execute_sql("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
            self.database.execute_sql("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
            # Statistics taken while the index was empty (an ANALYZE of a new database) make
            # FTS5's own statements choose bad plans: re-indexing a meeting took 0.8 s, not 20 ms.
            for table in STATISTICS_TABLES:
                self.database.execute_sql(f"ANALYZE {table}")
            self.database.execute_sql(
                "INSERT OR REPLACE INTO search_meta (key, value) VALUES ('version', ?)",
                (INDEX_VERSION,),
            )
        return counts

    def is_current(self) -> bool:
        version, indexed, records = self.database.execute_sql(
            "SELECT (SELECT value FROM search_meta WHERE key = 'version'),"
            " EXISTS (SELECT 1 FROM search_doc),"
            " EXISTS (SELECT 1 FROM meeting) OR EXISTS (SELECT 1 FROM person)"
            " OR EXISTS (SELECT 1 FROM place)"
        ).fetchone()
        return version == INDEX_VERSION and bool(indexed or not records)
