"""What search sees of each record: one document per meeting, agenda point, action item, review
remark, person and place, built from the tables by set-based queries (a fixed number of queries for
any number of records, so indexing and showing results never run N+1).

Any engine indexes ``Document.indexed_text`` and filters on ``station_ids``, ``series_id``,
``status`` and ``date``; results show ``title``, ``context`` and a snippet cut from ``text``.
The station's name is indexed with everything that happened there (``extra``), so "चकेरी नशा"
finds the drug items of Chakeri police station, but it is not part of the snippet text.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import peewee
from peewee import JOIN

from liaison_desktop.core.dates import as_date
from liaison_desktop.core.models import (
    ActionItem,
    ActionReview,
    AgendaItem,
    Appointment,
    Meeting,
    MeetingSeries,
    Person,
    Place,
    PlaceLink,
)
from liaison_desktop.core.vocab import SearchKind

FIELD_SEPARATOR = " · "
TITLE_LIMIT = 120
BATCH = 2_000  # rows per query when a whole table is read (rebuild): bounded memory


@dataclass(frozen=True, slots=True)
class Document:
    kind: SearchKind
    id: int  # the record's id in its own table
    meeting_id: int | None  # the meeting to open: its own, the agenda point's, the action's origin,
    # or the meeting where the review was made
    action_id: int | None  # action items and review remarks: the action item
    date: dt.date | None  # meeting date (origin meeting for action items); none for people, places
    title: str
    context: str  # where it belongs: the meeting's title, a person's designation, a place's parents
    text: str  # what is shown and highlighted (fields joined with FIELD_SEPARATOR)
    extra: str  # indexed but not shown: the station's name
    station: str  # station name to show
    station_ids: tuple[int, ...]
    series_id: int | None
    status: str

    @property
    def indexed_text(self) -> str:
        return f"{self.text}\n{self.extra}" if self.extra else self.text


def _join(*parts: str | None) -> str:
    return FIELD_SEPARATOR.join(p.strip() for p in parts if p and p.strip())


def _title(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= TITLE_LIMIT else line[: TITLE_LIMIT - 1].rstrip() + "…"


def _ids(*values: int | None) -> tuple[int, ...]:
    return tuple(dict.fromkeys(v for v in values if v is not None))


def _dicts(query: peewee.Select) -> list[dict]:
    """The rows as dicts of plain column values: Peewee's per-value conversion would cost more
    than the analysis over a whole table (dates stay ISO strings, see _date)."""
    cursor = query.model._meta.database.execute(query)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _rows(query: peewee.Select, where: peewee.Expression | None, key: peewee.Field) -> Iterator:
    """Rows of query as dicts; over a whole table in key order and batches of BATCH rows."""
    if where is not None:
        yield from _dicts(query.where(where))
        return
    last = 0
    while True:
        batch = _dicts(query.where(key > last).order_by(key).limit(BATCH))
        yield from batch
        if len(batch) < BATCH:
            return
        last = batch[-1]["id"]


def meeting_documents(where: peewee.Expression | None = None) -> Iterator[Document]:
    station = Place.alias("station")
    query = (
        Meeting.select(
            Meeting.id,
            Meeting.title,
            Meeting.reference_no,
            Meeting.meeting_date,
            Meeting.venue,
            Meeting.chair_name,
            Meeting.chair_designation,
            Meeting.recorded_by_name,
            Meeting.notes,
            Meeting.amendment_reason,
            Meeting.status,
            Meeting.series,
            MeetingSeries.name.alias("series_name"),
            MeetingSeries.station.alias("station_id"),
            station.name.alias("station_name"),
        )
        .join(MeetingSeries)
        .join(station, JOIN.LEFT_OUTER, on=MeetingSeries.station == station.id)
    )
    for r in _rows(query, where, Meeting.id):
        yield Document(
            kind=SearchKind.MEETING,
            id=r["id"],
            meeting_id=r["id"],
            action_id=None,
            date=as_date(r["meeting_date"]),
            title=r["title"],
            context=r["series_name"],
            text=_join(
                r["title"],
                r["reference_no"],
                r["venue"],
                _join(r["chair_name"], r["chair_designation"]),
                r["recorded_by_name"],
                r["notes"],
                r["amendment_reason"],
            ),
            extra=r["station_name"] or "",
            station=r["station_name"] or "",
            station_ids=_ids(r["station_id"]),
            series_id=r["series_id"],
            status=r["status"],
        )


def agenda_documents(where: peewee.Expression | None = None) -> Iterator[Document]:
    station = Place.alias("station")
    query = (
        AgendaItem.select(
            AgendaItem.id,
            AgendaItem.title,
            AgendaItem.discussion,
            AgendaItem.decision,
            Meeting.id.alias("meeting_id"),
            Meeting.title.alias("meeting_title"),
            Meeting.meeting_date,
            Meeting.status,
            Meeting.series,
            MeetingSeries.station.alias("station_id"),
            station.name.alias("station_name"),
        )
        .join(Meeting)
        .join(MeetingSeries)
        .join(station, JOIN.LEFT_OUTER, on=MeetingSeries.station == station.id)
    )
    for r in _rows(query, where, AgendaItem.id):
        yield Document(
            kind=SearchKind.AGENDA,
            id=r["id"],
            meeting_id=r["meeting_id"],
            action_id=None,
            date=as_date(r["meeting_date"]),
            title=r["title"],
            context=r["meeting_title"],
            text=_join(r["title"], r["discussion"], r["decision"]),
            extra=r["station_name"] or "",
            station=r["station_name"] or "",
            station_ids=_ids(r["station_id"]),
            series_id=r["series_id"],
            status=r["status"],
        )


def action_documents(where: peewee.Expression | None = None) -> Iterator[Document]:
    origin = Meeting.alias("origin")
    station = Place.alias("station")
    query = (
        ActionItem.select(
            ActionItem.id,
            ActionItem.description,
            ActionItem.responsible_body,
            ActionItem.closing_remark,
            ActionItem.status,
            ActionItem.place.alias("place_id"),
            Place.name.alias("place_name"),
            Person.name.alias("person_name"),
            origin.id.alias("meeting_id"),
            origin.title.alias("meeting_title"),
            origin.meeting_date,
            origin.series,
            MeetingSeries.station.alias("station_id"),
            station.name.alias("station_name"),
        )
        .join(origin, on=ActionItem.origin_meeting == origin.id)
        .join(MeetingSeries, on=origin.series == MeetingSeries.id)
        .join(station, JOIN.LEFT_OUTER, on=MeetingSeries.station == station.id)
        .switch(ActionItem)
        .join(Place, JOIN.LEFT_OUTER, on=ActionItem.place == Place.id)
        .switch(ActionItem)
        .join(Person, JOIN.LEFT_OUTER, on=ActionItem.responsible_person == Person.id)
    )
    for r in _rows(query, where, ActionItem.id):
        place = r["place_name"] or r["station_name"] or ""
        yield Document(
            kind=SearchKind.ACTION,
            id=r["id"],
            meeting_id=r["meeting_id"],
            action_id=r["id"],
            date=as_date(r["meeting_date"]),
            title=_title(r["description"]),
            context=r["meeting_title"],
            text=_join(
                r["description"], r["responsible_body"], r["person_name"], r["closing_remark"]
            ),
            extra=_join(r["place_name"], r["station_name"]),
            station=place,
            station_ids=_ids(r["place_id"], r["station_id"]),
            series_id=r["series_id"],
            status=r["status"],
        )


def review_documents(where: peewee.Expression | None = None) -> Iterator[Document]:
    station = Place.alias("station")
    query = (
        ActionReview.select(
            ActionReview.id,
            ActionReview.remark,
            ActionReview.status,
            ActionItem.id.alias("action_id"),
            ActionItem.description,
            ActionItem.place.alias("place_id"),
            Place.name.alias("place_name"),
            Meeting.id.alias("meeting_id"),
            Meeting.title.alias("meeting_title"),
            Meeting.meeting_date,
            Meeting.series,
            MeetingSeries.station.alias("station_id"),
            station.name.alias("station_name"),
        )
        .join(ActionItem)
        .join(Place, JOIN.LEFT_OUTER, on=ActionItem.place == Place.id)
        .switch(ActionReview)
        .join(Meeting)
        .join(MeetingSeries)
        .join(station, JOIN.LEFT_OUTER, on=MeetingSeries.station == station.id)
    )
    for r in _rows(query, where, ActionReview.id):
        yield Document(
            kind=SearchKind.REVIEW,
            id=r["id"],
            meeting_id=r["meeting_id"],
            action_id=r["action_id"],
            date=as_date(r["meeting_date"]),
            title=_title(r["description"]),
            context=r["meeting_title"],
            text=r["remark"],
            extra=_join(r["place_name"], r["station_name"]),
            station=r["place_name"] or r["station_name"] or "",
            station_ids=_ids(r["place_id"], r["station_id"]),
            series_id=r["series_id"],
            status=r["status"],
        )


def person_documents(where: peewee.Expression | None = None) -> Iterator[Document]:
    """People, with the designations of all their appointments (a transferred officer is still
    found under the old post) and those places as stations for the station filter."""
    for batch in _batches(_rows(Person.select(), where, Person.id)):
        posts: dict[int, list[tuple[str, int | None, str]]] = defaultdict(list)
        appointments = (
            Appointment.select(
                Appointment.person, Appointment.designation, Appointment.place, Place.name
            )
            .join(Place, JOIN.LEFT_OUTER)
            .where(Appointment.person.in_([r["id"] for r in batch]))
            .order_by(Appointment.start_date.desc())
            .tuples()
        )
        for person_id, designation, place_id, place_name in appointments:
            posts[person_id].append((designation, place_id, place_name or ""))
        for r in batch:
            held = posts[r["id"]]
            yield Document(
                kind=SearchKind.PERSON,
                id=r["id"],
                meeting_id=None,
                action_id=None,
                date=None,
                title=r["name"],
                context=held[0][0] if held else "",
                text=_join(
                    r["name"],
                    r["name_latin"],
                    *dict.fromkeys(d for d, _, _ in held),
                    r["mobile"],
                    r["email"],
                    r["notes"],
                ),
                extra="",
                station=held[0][2] if held else "",
                station_ids=_ids(*(p for _, p, _ in held)),
                series_id=None,
                status="",
            )


def place_documents(where: peewee.Expression | None = None) -> Iterator[Document]:
    """Places; a ward also counts as being in the stations and mandals it is linked to."""
    for batch in _batches(_rows(Place.select(), where, Place.id)):
        parents: dict[int, list[tuple[int, str]]] = defaultdict(list)
        links = (
            PlaceLink.select(PlaceLink.child, Place.id, Place.name)
            .join(Place, on=PlaceLink.parent == Place.id)
            .where(PlaceLink.child.in_([r["id"] for r in batch]))
            .order_by(Place.name)
            .tuples()
        )
        for child, parent_id, parent_name in links:
            parents[child].append((parent_id, parent_name))
        for r in batch:
            above = parents[r["id"]]
            yield Document(
                kind=SearchKind.PLACE,
                id=r["id"],
                meeting_id=None,
                action_id=None,
                date=None,
                title=r["name"],
                context=", ".join(name for _, name in above),
                text=_join(r["name"], r["name_latin"], r["code"], r["notes"]),
                extra="",
                station=r["name"] if r["kind"] == "station" else "",
                station_ids=_ids(r["id"], *(i for i, _ in above)),
                series_id=None,
                status="",
            )


def _batches(rows: Iterable[dict]) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


BUILDERS = {
    SearchKind.MEETING: (meeting_documents, Meeting.id),
    SearchKind.AGENDA: (agenda_documents, AgendaItem.id),
    SearchKind.ACTION: (action_documents, ActionItem.id),
    SearchKind.REVIEW: (review_documents, ActionReview.id),
    SearchKind.PERSON: (person_documents, Person.id),
    SearchKind.PLACE: (place_documents, Place.id),
}


def documents(kind: SearchKind, ids: Iterable[int]) -> Iterator[Document]:
    """The documents of the records of one kind with these ids (those that still exist)."""
    build, key = BUILDERS[kind]
    ids = list(ids)
    for start in range(0, len(ids), BATCH):  # stays under SQLite's limit of bound parameters
        yield from build(key.in_(ids[start : start + BATCH]))
