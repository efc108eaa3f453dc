"""Search through the real index: quality on the Hindi/English data set with every document saved
as a record through the services, filters that combine with the text, input that never raises,
an index kept current by every change, and a rebuild that equals the incremental index."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest
from hypothesis import HealthCheck, given, settings

from liaison_desktop.core import vocab
from liaison_desktop.core.db import open_database
from liaison_desktop.core.errors import StorageError
from liaison_desktop.core.models import (
    ActionItem,
    ActionReview,
    AgendaItem,
    Meeting,
    MeetingSeries,
    Person,
    Place,
    database_proxy,
)
from liaison_desktop.core.records import ActionLine, AgendaLine, MeetingDraft, ReviewLine
from liaison_desktop.core.search import (
    SearchHit,
    SearchRequest,
    UnavailableSearchEngine,
    marked,
    search_engine,
)
from liaison_desktop.core.search.snippet import snippet
from liaison_desktop.core.services import Services
from liaison_desktop.text import parse_query
from tests.conftest import FIXED_NOW
from tests.text.quality import MemoryEngine, evaluate, load_search_quality
from tests.text.strategies import texts

Kind = vocab.SearchKind
MIN_PRECISION = 0.95
MIN_RECALL = 0.95
DAY = dt.date(2024, 7, 15)


def found(services: Services, text: str, **filters) -> set[tuple[Kind, int]]:
    results = services.search.search(SearchRequest(text, limit=10_000, **filters))
    assert not results.capped
    return {(hit.kind, hit.id) for hit in results.hits}


def index_snapshot(database: peewee.Database) -> list[tuple]:
    return database.execute_sql("SELECT * FROM search_doc ORDER BY id").fetchall()


def assert_fts_consistent(database: peewee.Database) -> None:
    """FTS5 checks its index against the stored documents (raises if they disagree)."""
    database.execute_sql("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")


# The quality data set, saved as records of every kind --------------------------------------------


def save_documents(services: Services, documents: dict[str, str]) -> dict[tuple[Kind, int], str]:
    """Save each document as one record of a kind taken in turn, in a series with no station and
    meetings titled "—" (no words), so each record's searchable text is exactly the document."""
    series = services.series.create_series("quarterly", "—")
    first = services.series.new_meeting(series.id, DAY)
    first.title = "—"
    later = services.series.new_meeting(series.id, DAY + dt.timedelta(days=90))
    later.title = "—"
    where: dict[str, tuple[Kind, str | int]] = {}
    for n, (doc_id, text) in enumerate(sorted(documents.items())):
        kind = list(Kind)[n % len(Kind)]
        if kind == Kind.MEETING:
            draft = services.series.new_meeting(series.id, DAY + dt.timedelta(days=n))
            draft.title = text
            where[doc_id] = (kind, services.meetings.save(draft).id)
        elif kind == Kind.AGENDA:
            line = AgendaLine("—", discussion=text)
            first.agenda.append(line)
            where[doc_id] = (kind, line.uuid)
        elif kind == Kind.ACTION:
            action = ActionLine(text)
            first.actions.append(action)
            where[doc_id] = (kind, action.uuid)
        elif kind == Kind.REVIEW:
            action = ActionLine("—")
            first.actions.append(action)
            where[doc_id] = (kind, action.uuid)  # its review at the later meeting, below
        elif kind == Kind.PERSON:
            where[doc_id] = (kind, services.directory.create_person(text).id)
        else:
            where[doc_id] = (kind, services.directory.create_place("ward", text).id)
    first = services.meetings.save(first)
    agenda_ids = {str(row.uuid): row.id for row in AgendaItem.select()}
    action_ids = {str(row.uuid): row.id for row in ActionItem.select()}
    for doc_id, (kind, ref) in where.items():
        if kind == Kind.REVIEW:
            later.reviews.append(ReviewLine(action_ids[ref], "in_progress", documents[doc_id]))
    services.meetings.save(later)
    review_ids = {row.action_id: row.id for row in ActionReview.select()}
    records: dict[tuple[Kind, int], str] = {}
    for doc_id, (kind, ref) in where.items():
        if kind == Kind.AGENDA:
            ref = agenda_ids[ref]
        elif kind == Kind.ACTION:
            ref = action_ids[ref]
        elif kind == Kind.REVIEW:
            ref = review_ids[action_ids[ref]]
        records[(kind, ref)] = doc_id
    return records


def bound(services: Services) -> Services:
    """Models reach the database through one global proxy: point it back at this database (a
    module-wide database outlives the databases other tests open meanwhile)."""
    database_proxy.initialize(services.ctx.database)
    return services


@pytest.fixture(scope="module")
def quality_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    documents, cases = load_search_quality()
    database = open_database(tmp_path_factory.mktemp("quality") / "quality.sqlite3")
    services = Services(database, clock=lambda: FIXED_NOW)
    records = save_documents(services, documents)
    yield services, records, documents, cases
    database.close()


@pytest.fixture
def quality(quality_index: tuple) -> tuple:
    bound(quality_index[0])
    return quality_index


def test_quality_through_the_real_index(quality) -> None:
    services, records, documents, cases = quality
    assert {kind for kind, _ in records} == set(Kind)  # every kind of record is searched

    def search(raw: str) -> set[str]:
        return {records[hit] for hit in found(services, raw) if hit in records}

    report = evaluate(cases, search)
    print(
        f"\nsearch quality (services + FTS5 index): {len(cases)} queries, "
        f"precision {report.precision:.3f}, recall {report.recall:.3f} "
        f"(tp {report.true_positives}, fp {report.false_positives}, "
        f"fn {report.false_negatives})"
    )
    print("\n".join(report.failures))
    assert not report.unexpected  # only cases marked known_limitation may fail
    assert report.precision >= MIN_PRECISION
    assert report.recall >= MIN_RECALL
    # The stored records answer exactly like the reference semantics over the raw texts.
    assert report.results == evaluate(cases, MemoryEngine(documents).search).results


HOSTILE = [
    '"',
    '""',
    '"unclosed phrase',
    "AND",
    "OR",
    "NOT",
    "NEAR(a b)",
    "a AND OR NOT b",
    "*",
    "**",
    "नशा*",
    "-",
    "--नशा",
    "-नशा",
    "()",
    "(((",
    "[नशा]",
    "{terms}: नशा",
    "terms:नशा",
    "keys : btk",
    "tags : kmeeting",
    "^नशा",
    "😀🚔",
    "\x00\x1b",
    "\u200d\u200c",
    "'; DROP TABLE meeting; --",
    "नशा " * 5_000,
    "a" * 10_000,
    '" OR "' * 1_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_any_input_searches_without_error(quality, text: str) -> None:
    services = quality[0]
    for request in (
        SearchRequest(text),
        SearchRequest(text, kinds=(Kind.ACTION,), statuses=("open",), station_id=1),
        SearchRequest(text, date_from=DAY, date_to=DAY, offset=3, limit=2),
    ):
        results = services.search.search(request)
        for hit in results.hits:
            assert all(0 <= s < e <= len(hit.snippet) for s, e in hit.highlights)


@settings(
    max_examples=150,
    deadline=None,
    # The index is only read, so sharing it between examples is the point.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=texts)
def test_random_input_searches_without_error(quality, text: str) -> None:
    quality[0].search.search(SearchRequest(text, series_id=1, statuses=("in_progress",)))


# Filters, hits and snippets over the demo data ----------------------------------------------------


@pytest.fixture(scope="module")
def demo_index(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Services]:
    """The demo data as indexed by the services while it was built; no test changes records."""
    path = tmp_path_factory.mktemp("demo_search") / "demo.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    database = open_database(path)
    yield Services(database, clock=lambda: FIXED_NOW)
    database.close()


@pytest.fixture
def demo_search(demo_index: Services) -> Services:
    return bound(demo_index)


def stations_of(kind: Kind, record_id: int) -> set[int | None]:
    """Which stations a record is about, read from the tables (independently of the index)."""
    if kind in (Kind.MEETING, Kind.AGENDA):
        meeting = Meeting.get_by_id(record_id) if kind == Kind.MEETING else None
        meeting = meeting or AgendaItem.get_by_id(record_id).meeting
        return {meeting.series.station_id}
    if kind == Kind.ACTION:
        item = ActionItem.get_by_id(record_id)
        return {item.place_id, item.origin_meeting.series.station_id}
    if kind == Kind.REVIEW:
        review = ActionReview.get_by_id(record_id)
        return {review.action.place_id, review.meeting.series.station_id}
    if kind == Kind.PERSON:
        return {a.place_id for a in Person.get_by_id(record_id).appointments}
    place = Place.get_by_id(record_id)
    return {place.id} | {link.parent_id for link in place.parent_links}


def date_of(kind: Kind, record_id: int) -> dt.date | None:
    if kind == Kind.MEETING:
        return Meeting.get_by_id(record_id).meeting_date
    if kind == Kind.AGENDA:
        return AgendaItem.get_by_id(record_id).meeting.meeting_date
    if kind == Kind.ACTION:
        return ActionItem.get_by_id(record_id).origin_meeting.meeting_date
    if kind == Kind.REVIEW:
        return ActionReview.get_by_id(record_id).meeting.meeting_date
    return None


def series_of(kind: Kind, record_id: int) -> int | None:
    if kind == Kind.MEETING:
        return Meeting.get_by_id(record_id).series_id
    if kind == Kind.AGENDA:
        return AgendaItem.get_by_id(record_id).meeting.series_id
    if kind == Kind.ACTION:
        return ActionItem.get_by_id(record_id).origin_meeting.series_id
    if kind == Kind.REVIEW:
        return ActionReview.get_by_id(record_id).meeting.series_id
    return None


def status_of(kind: Kind, record_id: int) -> str:
    model = {
        Kind.MEETING: Meeting,
        Kind.ACTION: ActionItem,
        Kind.REVIEW: ActionReview,
    }.get(kind)
    if kind == Kind.AGENDA:
        return AgendaItem.get_by_id(record_id).meeting.status
    return model.get_by_id(record_id).status if model else ""


QUERIES = ("थाना", "नशे", "बैठक", "jam", "kotwali", "गश्त OR पत्र", "कार्यवाही -नशे")


@pytest.mark.parametrize("text", QUERIES)
def test_filters_combine_with_the_text(demo_search: Services, text: str) -> None:
    everything = found(demo_search, text)
    assert everything, text
    kotwali = Place.get(Place.name == "कोतवाली")
    series = MeetingSeries.get(MeetingSeries.station == kotwali)
    dates = sorted(m.meeting_date for m in Meeting.select())
    start, end = dates[len(dates) // 3], dates[2 * len(dates) // 3]
    expected = {
        "kinds": {hit for hit in everything if hit[0] in (Kind.ACTION, Kind.REVIEW)},
        "station": {hit for hit in everything if kotwali.id in stations_of(*hit)},
        "series": {hit for hit in everything if series_of(*hit) == series.id},
        "dates": {hit for hit in everything if (d := date_of(*hit)) and start <= d <= end},
        "statuses": {hit for hit in everything if status_of(*hit) in ("open", "final")},
    }
    assert found(demo_search, text, kinds=(Kind.ACTION, Kind.REVIEW)) == expected["kinds"]
    assert found(demo_search, text, station_id=kotwali.id) == expected["station"]
    assert found(demo_search, text, series_id=series.id) == expected["series"]
    assert found(demo_search, text, date_from=start, date_to=end) == expected["dates"]
    assert found(demo_search, text, statuses=("open", "final")) == expected["statuses"]
    assert found(
        demo_search,
        text,
        kinds=(Kind.ACTION, Kind.REVIEW),
        station_id=kotwali.id,
        date_from=start,
        date_to=end,
    ) == (expected["kinds"] & expected["station"] & expected["dates"])


def test_hits_open_their_record_and_highlight_the_words(demo_search: Services) -> None:
    results = demo_search.search.search(SearchRequest("नशे OR थाना OR kotwali", limit=400))
    kinds = {hit.kind for hit in results.hits}
    assert {Kind.MEETING, Kind.AGENDA, Kind.ACTION, Kind.REVIEW, Kind.PLACE} <= kinds
    scores = [hit.score for hit in results.hits]
    assert scores == sorted(scores, reverse=True)
    for hit in results.hits:
        assert_opens(hit)
        words = {hit.snippet[s:e] for s, e in hit.highlights}
        assert words <= {"नशे", "थाना", "थाने", "कोतवाली", "Kotwali"}, (hit, words)


def assert_opens(hit: SearchHit) -> None:
    """The ids in a hit lead to the record it shows (what the GUI opens on a click)."""
    if hit.kind == Kind.MEETING:
        assert hit.meeting_id == hit.id and Meeting.get_by_id(hit.id).title == hit.title
    elif hit.kind == Kind.AGENDA:
        assert AgendaItem.get_by_id(hit.id).meeting_id == hit.meeting_id
    elif hit.kind == Kind.ACTION:
        item = ActionItem.get_by_id(hit.id)
        assert (item.origin_meeting_id, item.id) == (hit.meeting_id, hit.action_id)
    elif hit.kind == Kind.REVIEW:
        review = ActionReview.get_by_id(hit.id)
        assert (review.meeting_id, review.action_id) == (hit.meeting_id, hit.action_id)
    elif hit.kind == Kind.PERSON:
        assert Person.get_by_id(hit.id).name == hit.title
    else:
        assert Place.get_by_id(hit.id).name == hit.title


def test_paging_and_capping(demo_search: Services) -> None:
    everything = demo_search.search.search(SearchRequest("थाना", limit=10_000))
    pages = [
        demo_search.search.search(SearchRequest("थाना", limit=7, offset=offset)).hits
        for offset in range(0, everything.ranked, 7)
    ]
    assert [hit for page in pages for hit in page] == list(everything.hits)
    assert not everything.capped and everything.ranked == len(everything.hits)


def test_empty_queries_find_nothing(demo_search: Services) -> None:
    for text in ("", "   ", "-", '""', "()", "AND OR"):
        assert demo_search.search.search(SearchRequest(text)).hits == ()


def test_snippet_is_cut_around_the_match_with_its_words_marked() -> None:
    text = "पहली पंक्ति।\n" + "शुरुआत " * 300 + "यहाँ नशे की बात है " + "अंत " * 300
    cut, spans = snippet(text, parse_query("नशा"))
    assert cut.startswith("…") and cut.endswith("…") and "\n" not in cut
    assert [cut[s:e] for s, e in spans] == ["नशे"]
    assert marked(cut, spans, "<b>", "</b>").count("<b>नशे</b>") == 1
    deep = "क " * 600_000 + "गिरोह"  # a 1.2 MB discussion: the match is near the end
    cut, spans = snippet(deep, parse_query("गिरोह"))
    assert [cut[s:e] for s, e in spans] == ["गिरोह"] and cut.startswith("…")
    cut, spans = snippet("छोटा पाठ", parse_query("अनुपस्थित"))
    assert (cut, spans) == ("छोटा पाठ", ())
    escaped = marked("<a> नशा", ((4, 7),), "[", "]", lambda s: s.replace("<", "&lt;"))
    assert escaped == "&lt;a> [नशा]"


# Keeping the index current ----------------------------------------------------------------------


@pytest.fixture
def station_series(services: Services) -> MeetingSeries:
    station = services.directory.create_place("station", "चकेरी", name_latin="Chakeri")
    return services.series.create_series("monthly_station", "चकेरी मासिक बैठक", station=station.id)


def meeting_draft(
    services: Services, series: MeetingSeries, day: dt.date, word: str
) -> MeetingDraft:
    draft = services.series.new_meeting(series.id, day)
    draft.chair_name = "पुलिस उपायुक्त"
    point = AgendaLine(f"{word} पर चर्चा", "गिरोह सक्रिय है।", "पर्दाफ़ाश करेंगे।")
    draft.agenda.append(point)
    draft.actions.append(
        ActionLine(f"{word} रोकने हेतु गश्त", agenda_uuid=point.uuid, responsible_body="थाना पुलिस")
    )
    return draft


def test_the_index_follows_every_change(services: Services, station_series) -> None:
    s = services
    first = s.meetings.save(meeting_draft(s, station_series, DAY, "स्मैक"))
    action_id = ActionItem.get(ActionItem.origin_meeting == first.id).id
    agenda_id = AgendaItem.get(AgendaItem.meeting == first.id).id
    assert found(s, "स्मैक") == {(Kind.AGENDA, agenda_id), (Kind.ACTION, action_id)}
    assert found(s, "chakeri स्मैक", kinds=(Kind.ACTION,)) == {(Kind.ACTION, action_id)}

    # Editing a draft replaces its words.
    first.agenda[0].title = "अवैध पार्किंग पर चर्चा"
    first.actions[0].description = "पार्किंग हटाना"
    s.meetings.save(first)
    assert found(s, "स्मैक") == set()
    assert found(s, "पार्किंग") == {(Kind.AGENDA, agenda_id), (Kind.ACTION, action_id)}

    # A review at a later meeting: its remark is found at once, but in a draft it only proposes
    # the item's status, so the item stays open (and its closing remark empty) until then.
    later = DAY + dt.timedelta(days=30)

    def reviewing() -> MeetingDraft:
        draft = meeting_draft(s, station_series, later, "जाम")
        draft.reviews = [ReviewLine(action_id, "done", "हस्तांतरित कर दिया गया")]
        return s.meetings.save(draft)

    second = reviewing()
    assert found(s, "हस्तांतरित") == {(Kind.REVIEW, ActionReview.get().id)}
    assert (Kind.ACTION, action_id) in found(s, "पार्किंग", statuses=("open",))
    # Deleting the reviewing draft removes its documents.
    s.meetings.delete(second.id)
    assert found(s, "हस्तांतरित") == set() and found(s, "जाम") == set()

    # Reviewed in minutes made final: the status and closing remark follow.
    second = reviewing()
    s.lifecycle.finalise(second.id)
    review_id = ActionReview.get().id
    assert found(s, "हस्तांतरित") == {(Kind.REVIEW, review_id), (Kind.ACTION, action_id)}
    assert (Kind.ACTION, action_id) in found(s, "पार्किंग", statuses=("done",))

    # Finalising changes the meeting's status filter; amending adds a new version.
    s.lifecycle.finalise(first.id)
    assert (Kind.MEETING, first.id) in found(s, "चकेरी", statuses=("final",))
    amended = s.lifecycle.amend(first.id, "त्रुटि सुधार")
    assert {(Kind.MEETING, first.id), (Kind.MEETING, amended.id)} <= found(
        s, "चकेरी", kinds=(Kind.MEETING,)
    )
    assert (Kind.MEETING, amended.id) in found(s, "त्रुटि सुधार")

    # A status set outside a meeting, with a closing remark.
    s.actions.set_status([action_id], "dropped", "नगर निगम को सौंपा")
    assert found(s, "सौंपा", statuses=("dropped",)) == {(Kind.ACTION, action_id)}

    # People: a new name, a responsibility, a transfer.
    person = s.directory.create_person("रमेश यादव", name_latin="Ramesh Yadav")
    assert found(s, "ramesh") == {(Kind.PERSON, person.id)}
    s.directory.update_person(person.id, name="रमेश चंद्र यादव")
    assert found(s, "चंद्र") == {(Kind.PERSON, person.id)}

    # Renaming the station renames it in everything that happened there.
    station = station_series.station_id
    s.directory.update_place(station, name="चकेरी नगर")
    assert (Kind.AGENDA, agenda_id) in found(s, "नगर पार्किंग")

    # Moving the series to another station moves its meetings in the station filter.
    other = s.directory.create_place("station", "कोतवाली")
    s.series.update_series(station_series.id, station=other.id)
    assert (Kind.MEETING, amended.id) in found(s, "चकेरी", station_id=other.id)
    assert found(s, "चकेरी", station_id=station, kinds=(Kind.MEETING,)) == set()

    # Deleting a person or a place removes it.
    s.directory.delete_person(person.id)
    assert found(s, "चंद्र") == set()

    assert_fts_consistent(s.ctx.database)
    incremental = index_snapshot(s.ctx.database)
    s.search.rebuild()
    assert index_snapshot(s.ctx.database) == incremental
    assert_fts_consistent(s.ctx.database)


def test_rebuild_equals_the_index_kept_by_the_services(demo_search: Services) -> None:
    database = demo_search.ctx.database
    incremental = index_snapshot(database)
    assert len(incremental) > 500
    progress: list[tuple[int, int]] = []
    counts = demo_search.search.rebuild(lambda done, total: progress.append((done, total)))
    assert index_snapshot(database) == incremental
    assert sum(counts.values()) == len(incremental) == progress[-1][0] == progress[-1][1]
    assert_fts_consistent(database)
    # The planner's statistics describe the index as rebuilt (stale ones slowed FTS5 40-fold).
    stats = dict(database.execute_sql("SELECT tbl, stat FROM sqlite_stat1 WHERE idx IS NULL"))
    assert int(stats["search_fts_docsize"]) == len(incremental)


def test_a_cancelled_rebuild_leaves_the_index_as_it_was(demo_search: Services) -> None:
    database = demo_search.ctx.database
    before = index_snapshot(database)

    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        demo_search.search.rebuild(cancel)
    assert index_snapshot(database) == before
    assert_fts_consistent(database)


def test_index_is_current_until_data_arrives_without_the_services(
    services: Services, database: peewee.Database
) -> None:
    assert services.search.is_current()  # a new, empty database
    services.directory.create_place("station", "बिठूर")
    assert services.search.is_current()  # indexed by the service
    database.execute_sql("DELETE FROM search_doc")  # as after an import or an older version
    assert not services.search.is_current()
    services.search.rebuild()
    assert services.search.is_current() and found(services, "बिठूर")
    database.execute_sql("UPDATE search_meta SET value = 'old'")  # another analysis built it
    assert not services.search.is_current()


def test_other_databases_have_no_search_yet() -> None:
    engine = search_engine(peewee.PostgresqlDatabase("liaison"))
    assert isinstance(engine, UnavailableSearchEngine) and engine.is_current()
    with pytest.raises(StorageError, match="not available"):
        engine.search(SearchRequest("नशा"))
