"""What the meeting documents print, read in a fixed number of queries whatever the meeting's size.

A document is drawn from plain frozen values, not from model instances, so that drawing never
touches the database (no lazy foreign-key loads, no N+1) and a record can be handed to another
process as it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from peewee import JOIN

from liaison_desktop.core.anchor import PaperAnchor
from liaison_desktop.core.models import (
    ActionItem,
    ActionReview,
    AgendaItem,
    Attendance,
    CopyRecipient,
    Meeting,
    MeetingSeries,
    OfficeProfile,
    Person,
    Place,
    Signatory,
)
from liaison_desktop.core.services import Services


@dataclass(frozen=True)
class Letterhead:
    name: str
    name_en: str
    lines: tuple[str, ...]
    contact: str  # phone and e-mail, one line
    language: str = "hi"  # the office's default document language

    @classmethod
    def load(cls) -> Letterhead:
        profile = OfficeProfile.select().order_by(OfficeProfile.id).first()
        if profile is None:
            return cls("", "", (), "")
        lines = [line.strip() for line in profile.letterhead.splitlines() if line.strip()]
        address = profile.address.strip()
        if address and not any(address in line for line in lines):
            lines.append(address)
        contact = "  ·  ".join(value for value in (profile.phone, profile.email) if value)
        return cls(profile.name, profile.name_en, tuple(lines), contact, profile.default_language)


@dataclass(frozen=True)
class Signer:
    name: str
    designation: str = ""


@dataclass(frozen=True)
class AttendeeRow:
    name: str
    designation: str
    area: str
    mobile: str
    status: str
    represented_by: str


@dataclass(frozen=True)
class AgendaRow:
    number: int
    title: str
    discussion: str
    decision: str


@dataclass(frozen=True)
class ActionRow:
    """An action item as the documents print it, with where it came from."""

    description: str
    category: str
    responsible: str
    place: str
    due_date: dt.date | None
    status: str  # current status
    origin_date: dt.date
    origin_number: int
    origin_reference: str
    origin_series: str
    review_status: str = ""  # as recorded at the meeting being printed; "" for a blank sheet
    remark: str = ""


@dataclass(frozen=True)
class AmendmentNote:
    """The version of the minutes that the printed one replaces."""

    reference_no: str
    meeting_date: dt.date
    reason: str


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    uuid: str
    series_id: int
    series_name: str
    station: str
    number: int
    title: str
    meeting_date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    venue: str
    chair: Signer
    recorded_by: Signer
    language: str
    status: str
    reference_no: str
    content_hash: str
    anchor: PaperAnchor | None  # seal, ledger entry and head to print; None while a draft
    finalised_at: dt.datetime | None
    signed_on: dt.date | None
    notes: str
    signatories: tuple[Signer, ...]
    attendance: tuple[AttendeeRow, ...]
    agenda: tuple[AgendaRow, ...]
    actions: tuple[ActionRow, ...]
    reviews: tuple[ActionRow, ...]
    copy_to: tuple[str, ...]
    amends: AmendmentNote | None


def load_meeting(services: Services, ref: int | str, *, latest: bool = True) -> MeetingRecord:
    """Everything the minutes print about meeting ``ref`` (by default its latest version).

    Action items stay with the version that raised them (see ``services.lifecycle``), so an
    amended version prints the items of the versions before it as well as its own.
    """
    asked = services.meetings.meeting(ref)
    chain = services.lifecycle.versions(asked)
    index = len(chain) - 1 if latest else next(i for i, m in enumerate(chain) if m.id == asked.id)
    meeting_id = chain[index].id
    m = (
        Meeting.select(Meeting, MeetingSeries, Place)
        .join(MeetingSeries)
        .join(Place, JOIN.LEFT_OUTER, on=MeetingSeries.station == Place.id)
        .where(Meeting.id == meeting_id)
        .get()
    )
    series = m.series
    station = series.station.name if series.station_id else ""
    attendance = tuple(
        AttendeeRow(row.name, row.designation, row.area, row.mobile, row.status, row.represented_by)
        for row in Attendance.select()
        .where(Attendance.meeting == meeting_id)
        .order_by(Attendance.position, Attendance.id)
    )
    agenda = tuple(
        AgendaRow(number, row.title, row.discussion, row.decision)
        for number, row in enumerate(
            AgendaItem.select()
            .where(AgendaItem.meeting == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id),
            start=1,
        )
    )
    actions = action_rows(
        action_query()
        .where(ActionItem.origin_meeting.in_([version.id for version in chain[: index + 1]]))
        .order_by(ORIGIN.id, ActionItem.position, ActionItem.id)
    )
    reviews = action_rows(
        action_query(
            ActionReview.status.alias("review_status"), ActionReview.remark.alias("remark")
        )
        .join_from(ActionItem, ActionReview, on=ActionReview.action == ActionItem.id)
        .where(ActionReview.meeting == meeting_id)
        .order_by(ActionReview.position, ActionReview.id)
    )
    copy_to = tuple(
        row.recipient
        for row in CopyRecipient.select()
        .where(CopyRecipient.meeting == meeting_id)
        .order_by(CopyRecipient.position, CopyRecipient.id)
    )
    signatories = tuple(
        Signer(row.name, row.designation)
        for row in Signatory.select()
        .where(Signatory.meeting == meeting_id)
        .order_by(Signatory.position, Signatory.id)
    )
    amends = None
    if index > 0:
        older = chain[index - 1]
        amends = AmendmentNote(older.reference_no or "", older.meeting_date, m.amendment_reason)
    return MeetingRecord(
        id=m.id,
        uuid=str(m.uuid),
        series_id=series.id,
        series_name=series.name,
        station=station,
        number=m.number,
        title=m.title,
        meeting_date=m.meeting_date,
        start_time=m.start_time,
        end_time=m.end_time,
        venue=m.venue,
        chair=Signer(m.chair_name, m.chair_designation),
        recorded_by=Signer(m.recorded_by_name, m.recorded_by_designation),
        language=m.language,
        status=m.status,
        reference_no=m.reference_no or "",
        content_hash=m.content_hash or "",
        anchor=services.ledger.anchor(str(m.uuid)),
        finalised_at=m.finalised_at,
        signed_on=m.signed_on,
        notes=m.notes,
        signatories=signatories,
        attendance=attendance,
        agenda=agenda,
        actions=actions,
        reviews=reviews,
        copy_to=copy_to,
        amends=amends,
    )


def items_due_for_review(services: Services, record: MeetingRecord) -> tuple[ActionRow, ...]:
    """The open items from earlier meetings of the series, for a review sheet filled by hand."""
    ids = [
        item.id for item in services.series.items_for_review(record.series_id, record.meeting_date)
    ]
    if not ids:
        return ()
    rows = {row["id"]: row for row in action_query().where(ActionItem.id.in_(ids)).dicts()}
    return tuple(action_row(rows[item_id]) for item_id in ids)


ORIGIN = Meeting.alias("origin")  # the meeting that raised an action item, in action_query


def action_query(*extra: Any):
    """Action items with their origin meeting (``ORIGIN``), series, responsible person and place,
    as one SELECT: the columns every action table prints."""
    origin = ORIGIN
    return (
        ActionItem.select(
            ActionItem.id,
            ActionItem.description,
            ActionItem.category,
            ActionItem.responsible_body,
            ActionItem.due_date,
            ActionItem.status,
            origin.meeting_date.alias("origin_date"),
            origin.number.alias("origin_number"),
            origin.reference_no.alias("origin_reference"),
            MeetingSeries.name.alias("origin_series"),
            Person.name.alias("person_name"),
            Place.name.alias("place_name"),
            *extra,
        )
        .join_from(ActionItem, origin, on=ActionItem.origin_meeting == origin.id)
        .join_from(origin, MeetingSeries, on=origin.series == MeetingSeries.id)
        .join_from(
            ActionItem,
            Person,
            JOIN.LEFT_OUTER,
            on=ActionItem.responsible_person == Person.id,
        )
        .join_from(ActionItem, Place, JOIN.LEFT_OUTER, on=ActionItem.place == Place.id)
    )


def action_rows(query) -> tuple[ActionRow, ...]:
    return tuple(action_row(row) for row in query.dicts())


def action_row(row: dict[str, Any]) -> ActionRow:
    """An ``ActionRow`` from one row of ``action_query(...).dicts()``."""
    return ActionRow(
        description=row["description"],
        category=row["category"],
        responsible=responsible_text(row["person_name"], row["responsible_body"]),
        place=row["place_name"] or "",
        due_date=row["due_date"],
        status=row["status"],
        origin_date=row["origin_date"],
        origin_number=row["origin_number"],
        origin_reference=row["origin_reference"] or "",
        origin_series=row["origin_series"],
        review_status=row.get("review_status") or "",
        remark=row.get("remark") or "",
    )


def responsible_text(person: str | None, body: str | None) -> str:
    """Who carries out an item: the person, the body, or ``person (body)``."""
    if person and body:
        return f"{person} ({body})"
    return person or body or ""
