"""Meetings: create from a series, load and save a whole meeting in one transaction, list them."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from peewee import JOIN, fn

from liaison_desktop.core import vocab
from liaison_desktop.core.dates import MSG_BAD_DATE, MSG_BAD_TIME, as_date, check_date_range
from liaison_desktop.core.errors import StateError, ValidationError, excerpt
from liaison_desktop.core.models import (
    ActionItem,
    ActionReview,
    AgendaItem,
    Attendance,
    BaseModel,
    CopyRecipient,
    Meeting,
    MeetingSeries,
    Person,
    Place,
)
from liaison_desktop.core.records import (
    ActionLine,
    AgendaLine,
    AttendanceLine,
    MeetingDraft,
    ReviewLine,
)
from liaison_desktop.core.services.audit import AuditService
from liaison_desktop.core.services.context import ServiceContext
from liaison_desktop.core.services.lookup import get_by_ref
from liaison_desktop.core.validation import choice, mobile_number, text_field
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

KIND_MEETING = QT_TRANSLATE_NOOP("LiaisonError", "meeting")
KIND_SERIES = QT_TRANSLATE_NOOP("LiaisonError", "meeting series")
KIND_ACTION = QT_TRANSLATE_NOOP("LiaisonError", "action item")
F_TITLE = QT_TRANSLATE_NOOP("Field", "Title")
F_DATE = QT_TRANSLATE_NOOP("Field", "Meeting date")
F_START_TIME = QT_TRANSLATE_NOOP("Field", "Start time")
F_END_TIME = QT_TRANSLATE_NOOP("Field", "End time")
F_VENUE = QT_TRANSLATE_NOOP("Field", "Venue")
F_CHAIR = QT_TRANSLATE_NOOP("Field", "Chair")
F_RECORDED_BY = QT_TRANSLATE_NOOP("Field", "Recorded by")
F_DESIGNATION = QT_TRANSLATE_NOOP("Field", "Designation")
F_LANGUAGE = QT_TRANSLATE_NOOP("Field", "Language")
F_NOTES = QT_TRANSLATE_NOOP("Field", "Notes")
F_ATTENDEE = QT_TRANSLATE_NOOP("Field", "Attendee name")
F_AREA = QT_TRANSLATE_NOOP("Field", "Area")
F_MOBILE = QT_TRANSLATE_NOOP("Field", "Mobile")
F_ATTENDANCE = QT_TRANSLATE_NOOP("Field", "Attendance")
F_REPRESENTED_BY = QT_TRANSLATE_NOOP("Field", "Represented by")
F_AGENDA_TITLE = QT_TRANSLATE_NOOP("Field", "Agenda point")
F_DISCUSSION = QT_TRANSLATE_NOOP("Field", "Discussion")
F_DECISION = QT_TRANSLATE_NOOP("Field", "Decision")
F_ACTION = QT_TRANSLATE_NOOP("Field", "Action to be taken")
F_CATEGORY = QT_TRANSLATE_NOOP("Field", "Category")
F_RESPONSIBLE = QT_TRANSLATE_NOOP("Field", "Responsible")
F_DUE = QT_TRANSLATE_NOOP("Field", "Due date")
F_STATUS = QT_TRANSLATE_NOOP("Field", "Status")
F_REMARK = QT_TRANSLATE_NOOP("Field", "Remark")
F_COPY_TO = QT_TRANSLATE_NOOP("Field", "Copy to")
# "1.", "2)", "(3)", "४." typed before a copy-to line: the printed list numbers its lines itself.
_LINE_NUMBER = re.compile(r"^\s*[(\[]?[0-9०-९]{1,3}\s*[.)\]:-]\s*")

MSG_NOT_DRAFT = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Meeting “{title}” is {status} and cannot be changed. Record a correction as an amendment.",
)
MSG_END_BEFORE_START = QT_TRANSLATE_NOOP(
    "LiaisonError", "The meeting cannot end ({end}) before it starts ({start})."
)
MSG_DUE_BEFORE_MEETING = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "The due date {due} of “{action}” is before the meeting date {date}.",
)
MSG_DUPLICATE_REVIEW = QT_TRANSLATE_NOOP(
    "LiaisonError", "Action item “{action}” is reviewed twice in this meeting."
)
MSG_REVIEW_OWN_ACTION = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Action item “{action}” was raised at this meeting; set its status there, not as a review.",
)
MSG_REVIEW_LATER_ACTION = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "Action item “{action}” was raised after this meeting and cannot be reviewed by it.",
)
MSG_UNKNOWN_AGENDA = QT_TRANSLATE_NOOP(
    "LiaisonError", "Action item “{action}” points at an agenda point that is not in this meeting."
)
MSG_LINE_OWNED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "LiaisonError", "A line of this meeting already belongs to another meeting ({uuid})."
)


@dataclass(frozen=True)
class MeetingSummary:
    """One row of a meeting list."""

    id: int
    uuid: str
    series_id: int
    series_name: str
    number: int
    meeting_date: dt.date
    title: str
    status: str
    reference_no: str | None
    station_name: str


SaveHook = Callable[[int], None]


def without_numbering(line: str) -> str:
    return _LINE_NUMBER.sub("", line, count=1).strip()


class MeetingService:
    def __init__(self, ctx: ServiceContext, audit: AuditService) -> None:
        self.ctx = ctx
        self.audit = audit
        # Called with the meeting id inside the transaction of every change to a stored meeting
        # (save, finalise, sign) and of its deletion, e.g. to keep the search index current.
        self.after_save: list[SaveHook] = []
        self.after_delete: list[SaveHook] = []

    def meeting(self, ref: int | str) -> Meeting:
        return get_by_ref(Meeting, ref, KIND_MEETING)

    def series(self, ref: int | str) -> MeetingSeries:
        return get_by_ref(MeetingSeries, ref, KIND_SERIES)

    # Loading ----------------------------------------------------------------------------------

    @staticmethod
    def _amendment_facts(meeting: Meeting) -> dict[str, Any]:
        """What an amendment's editor says about the version it corrects."""
        if meeting.amends_id is None:
            return {}
        earlier: list[int] = []
        older: Meeting | None = meeting.amends
        while older is not None:
            earlier.append(older.id)
            older = older.amends
        return {
            "amends_id": meeting.amends_id,
            "amends_reference": meeting.amends.reference_no,
            "amendment_reason": meeting.amendment_reason or "",
            "earlier_actions": ActionItem.select()
            .where(ActionItem.origin_meeting.in_(earlier))
            .count(),
        }

    def load(self, ref: int | str) -> MeetingDraft:
        """The whole meeting as one editable value, in a fixed number of queries at any size."""
        meeting = self.meeting(ref)
        attendance = (
            Attendance.select().where(Attendance.meeting == meeting).order_by(Attendance.position)
        )
        agenda = list(
            AgendaItem.select().where(AgendaItem.meeting == meeting).order_by(AgendaItem.position)
        )
        agenda_uuid = {item.id: str(item.uuid) for item in agenda}
        actions = (
            ActionItem.select()
            .where(ActionItem.origin_meeting == meeting)
            .order_by(ActionItem.position)
        )
        reviews = (
            ActionReview.select()
            .where(ActionReview.meeting == meeting)
            .order_by(ActionReview.position)
        )
        copy_to = (
            CopyRecipient.select()
            .where(CopyRecipient.meeting == meeting)
            .order_by(CopyRecipient.position)
        )
        return MeetingDraft(
            id=meeting.id,
            uuid=str(meeting.uuid),
            series_id=meeting.series_id,
            number=meeting.number,
            status=meeting.status,
            reference_no=meeting.reference_no,
            **self._amendment_facts(meeting),
            title=meeting.title,
            meeting_date=meeting.meeting_date,
            start_time=meeting.start_time,
            end_time=meeting.end_time,
            venue=meeting.venue,
            chair_id=meeting.chair_id,
            chair_name=meeting.chair_name,
            chair_designation=meeting.chair_designation,
            recorded_by_id=meeting.recorded_by_id,
            recorded_by_name=meeting.recorded_by_name,
            recorded_by_designation=meeting.recorded_by_designation,
            language=meeting.language,
            notes=meeting.notes,
            attendance=[
                AttendanceLine(
                    uuid=str(row.uuid),
                    person_id=row.person_id,
                    name=row.name,
                    designation=row.designation,
                    area=row.area,
                    mobile=row.mobile,
                    status=row.status,
                    represented_by=row.represented_by,
                )
                for row in attendance
            ],
            agenda=[
                AgendaLine(
                    uuid=str(row.uuid),
                    title=row.title,
                    discussion=row.discussion,
                    decision=row.decision,
                )
                for row in agenda
            ],
            actions=[
                ActionLine(
                    uuid=str(row.uuid),
                    description=row.description,
                    category=row.category,
                    place_id=row.place_id,
                    responsible_person_id=row.responsible_person_id,
                    responsible_body=row.responsible_body,
                    due_date=row.due_date,
                    agenda_uuid=agenda_uuid.get(row.agenda_item_id),
                )
                for row in actions
            ],
            reviews=[
                ReviewLine(action_id=row.action_id, status=row.status, remark=row.remark)
                for row in reviews
            ],
            copy_to=[row.recipient for row in copy_to],
        )

    # Saving -----------------------------------------------------------------------------------

    def save(self, draft: MeetingDraft) -> MeetingDraft:
        """Validate and store the whole meeting in one transaction; return it as stored.

        Only drafts can be saved; final and signed minutes change only through amendments.
        """
        series = self.series(draft.series_id)
        values = self._meeting_values(draft)
        attendance = [self._attendance_values(line) for line in draft.attendance]
        agenda = [self._agenda_values(line) for line in draft.agenda]
        agenda_uuids = {line.uuid for line in draft.agenda}
        actions = [
            self._action_values(line, draft.meeting_date, agenda_uuids) for line in draft.actions
        ]
        copy_to = [without_numbering(text_field(text, F_COPY_TO)) for text in draft.copy_to]
        copy_to = [text for text in copy_to if text]

        with self.ctx.atomic():
            # Checked under the write lock: a finalise racing this save either lands first (and
            # the save is refused) or after it (and freezes what was saved).
            existing = self.ctx.locked(
                Meeting.select().where(Meeting.uuid == uuid.UUID(draft.uuid))
            ).first()
            if existing is not None and existing.status != vocab.MeetingStatus.DRAFT:
                raise StateError(
                    MSG_NOT_DRAFT,
                    title=existing.title,
                    status=vocab.MeetingStatus(existing.status).tr_label,
                )
            if existing is None:
                number = draft.number or self._next_number(series)
                meeting = Meeting.create(
                    uuid=uuid.UUID(draft.uuid),
                    series=series,
                    number=number,
                    created_at=self.ctx.now(),
                    updated_at=self.ctx.now(),
                    **values,
                )
                self.audit.record("create", meeting, meeting.title, {"date": meeting.meeting_date})
            else:
                meeting = existing
                Meeting.update(series=series, updated_at=self.ctx.now(), **values).where(
                    Meeting.id == meeting.id
                ).execute()
                self.audit.record(
                    "update", meeting, values["title"], {"date": values["meeting_date"]}
                )
            reviews = self._review_values(draft.reviews, meeting)
            self._sync_lines(Attendance, meeting, attendance)
            agenda_ids = self._sync_lines(AgendaItem, meeting, agenda)
            for line in actions:
                agenda_ref = line.pop("agenda_uuid")
                line["agenda_item"] = agenda_ids.get(agenda_ref) if agenda_ref else None
            self._sync_lines(ActionItem, meeting, actions, owner="origin_meeting")
            self._sync_reviews(meeting, reviews)
            CopyRecipient.delete().where(CopyRecipient.meeting == meeting).execute()
            for position, text in enumerate(copy_to):
                CopyRecipient.create(meeting=meeting, position=position, recipient=text)
            self.notify_saved(meeting.id)
        return self.load(meeting.id)

    def notify_saved(self, meeting_id: int) -> None:
        """Run the after_save hooks; call inside the transaction that changed the meeting."""
        for hook in self.after_save:
            hook(meeting_id)

    def _next_number(self, series: MeetingSeries) -> int:
        highest = Meeting.select(fn.MAX(Meeting.number)).where(Meeting.series == series).scalar()
        return (highest or 0) + 1

    def _meeting_values(self, draft: MeetingDraft) -> dict[str, Any]:
        if not isinstance(draft.meeting_date, dt.date):
            raise ValidationError(
                QT_TRANSLATE_NOOP("LiaisonError", "The meeting date is missing."), field=F_DATE
            )
        check_date_range(draft.meeting_date, F_DATE)
        for label, value in ((F_START_TIME, draft.start_time), (F_END_TIME, draft.end_time)):
            if value is not None and not isinstance(value, dt.time):
                raise ValidationError(MSG_BAD_TIME, field=label, label=label, value=str(value))
        if draft.start_time and draft.end_time and draft.end_time < draft.start_time:
            raise ValidationError(
                MSG_END_BEFORE_START,
                field=F_END_TIME,
                start=draft.start_time.strftime("%H:%M"),
                end=draft.end_time.strftime("%H:%M"),
            )
        return {
            "title": text_field(draft.title, F_TITLE, required=True),
            "meeting_date": draft.meeting_date,
            "start_time": draft.start_time,
            "end_time": draft.end_time,
            "venue": text_field(draft.venue, F_VENUE),
            "chair": self._person_or_none(draft.chair_id),
            "chair_name": text_field(draft.chair_name, F_CHAIR),
            "chair_designation": text_field(draft.chair_designation, F_DESIGNATION),
            "recorded_by": self._person_or_none(draft.recorded_by_id),
            "recorded_by_name": text_field(draft.recorded_by_name, F_RECORDED_BY),
            "recorded_by_designation": text_field(draft.recorded_by_designation, F_DESIGNATION),
            "language": choice(draft.language, vocab.Language, F_LANGUAGE),
            "notes": text_field(draft.notes, F_NOTES, multiline=True),
        }

    def _person_or_none(self, person_id: int | None) -> int | None:
        if person_id is None:
            return None
        return get_by_ref(Person, person_id, QT_TRANSLATE_NOOP("LiaisonError", "person")).id

    def _place_or_none(self, place_id: int | None) -> int | None:
        if place_id is None:
            return None
        return get_by_ref(Place, place_id, QT_TRANSLATE_NOOP("LiaisonError", "place")).id

    def _attendance_values(self, line: AttendanceLine) -> dict[str, Any]:
        status = choice(line.status, vocab.AttendanceStatus, F_ATTENDANCE)
        return {
            "uuid": line.uuid,
            "person": self._person_or_none(line.person_id),
            "name": text_field(line.name, F_ATTENDEE, required=True),
            "designation": text_field(line.designation, F_DESIGNATION),
            "area": text_field(line.area, F_AREA),
            "mobile": mobile_number(line.mobile, F_MOBILE),
            "status": status,
            "represented_by": text_field(line.represented_by, F_REPRESENTED_BY),
        }

    def _agenda_values(self, line: AgendaLine) -> dict[str, Any]:
        return {
            "uuid": line.uuid,
            "title": text_field(line.title, F_AGENDA_TITLE, required=True),
            "discussion": text_field(line.discussion, F_DISCUSSION, multiline=True),
            "decision": text_field(line.decision, F_DECISION, multiline=True),
        }

    def _action_values(
        self, line: ActionLine, meeting_date: dt.date, agenda_uuids: set[str]
    ) -> dict[str, Any]:
        description = text_field(line.description, F_ACTION, required=True, multiline=True)
        if line.due_date is not None:
            if not isinstance(line.due_date, dt.date):
                raise ValidationError(
                    MSG_BAD_DATE, field=F_DUE, label=F_DUE, value=str(line.due_date)
                )
            check_date_range(line.due_date, F_DUE)
            if line.due_date < meeting_date:
                raise ValidationError(
                    MSG_DUE_BEFORE_MEETING,
                    field=F_DUE,
                    due=line.due_date.strftime("%d-%m-%Y"),
                    date=meeting_date.strftime("%d-%m-%Y"),
                    action=excerpt(description),
                )
        if line.agenda_uuid is not None and line.agenda_uuid not in agenda_uuids:
            raise ValidationError(MSG_UNKNOWN_AGENDA, action=excerpt(description))
        return {
            "uuid": line.uuid,
            "description": description,
            "category": choice(line.category, vocab.ActionCategory, F_CATEGORY),
            "place": self._place_or_none(line.place_id),
            "responsible_person": self._person_or_none(line.responsible_person_id),
            "responsible_body": text_field(line.responsible_body, F_RESPONSIBLE),
            "due_date": line.due_date,
            "agenda_uuid": line.agenda_uuid,
            "updated_at": self.ctx.now(),
        }

    def _review_values(self, lines: Iterable[ReviewLine], meeting: Meeting) -> list[dict[str, Any]]:
        seen: set[int] = set()
        values = []
        for position, line in enumerate(lines):
            action = get_by_ref(ActionItem, line.action_id, KIND_ACTION)
            label = excerpt(action.description)
            if action.id in seen:
                raise ValidationError(MSG_DUPLICATE_REVIEW, action=label)
            if action.origin_meeting_id == meeting.id:
                raise ValidationError(MSG_REVIEW_OWN_ACTION, action=label)
            if action.origin_meeting.meeting_date > meeting.meeting_date:
                raise ValidationError(MSG_REVIEW_LATER_ACTION, action=label)
            seen.add(action.id)
            values.append(
                {
                    "action": action.id,
                    "status": choice(line.status, vocab.ActionStatus, F_STATUS),
                    "remark": text_field(line.remark, F_REMARK, multiline=True),
                    "position": position,
                }
            )
        return values

    def _sync_lines(
        self,
        model: type[BaseModel],
        meeting: Meeting,
        lines: list[dict[str, Any]],
        owner: str = "meeting",
    ) -> dict[str, int]:
        """Make the meeting's ``model`` rows equal ``lines`` (matched by UUID); return uuid → id."""
        owner_field = getattr(model, owner)
        existing = {str(row.uuid): row for row in model.select().where(owner_field == meeting)}
        wanted = {line["uuid"] for line in lines}
        stale = [row.id for key, row in existing.items() if key not in wanted]
        if stale:
            model.delete().where(model.id.in_(stale)).execute()
        ids: dict[str, int] = {}
        for position, line in enumerate(lines):
            key = line["uuid"]
            values = {k: v for k, v in line.items() if k != "uuid"}
            values["position"] = position
            if key in existing:
                model.update(**values).where(model.id == existing[key].id).execute()
                ids[key] = existing[key].id
            else:
                if model.select().where(model.uuid == uuid.UUID(key)).exists():
                    raise ValidationError(MSG_LINE_OWNED_ELSEWHERE, uuid=key)
                row = model.create(uuid=uuid.UUID(key), **{owner: meeting}, **values)
                ids[key] = row.id
        return ids

    def _sync_reviews(self, meeting: Meeting, reviews: list[dict[str, Any]]) -> None:
        previous = {
            row.action_id for row in ActionReview.select().where(ActionReview.meeting == meeting)
        }
        ActionReview.delete().where(ActionReview.meeting == meeting).execute()
        for review in reviews:
            ActionReview.create(meeting=meeting, **review)
        touched = previous | {review["action"] for review in reviews}
        for action_id in touched:
            self.refresh_action_status(action_id)

    def refresh_action_status(self, action_id: int) -> None:
        """An action item's current status is that of its latest review in minutes made final
        (by meeting date); an item no final minutes have reviewed yet is open. A review in a
        draft is only what the meeting proposes: it counts once those minutes are final."""
        latest = (
            ActionReview.select(ActionReview, Meeting)
            .join(Meeting)
            .where(
                (ActionReview.action == action_id)
                & Meeting.status.in_(vocab.RECORDED_MEETING_STATUSES)
            )
            .order_by(Meeting.meeting_date.desc(), Meeting.id.desc())
            .first()
        )
        status = latest.status if latest else vocab.ActionStatus.OPEN.value
        closed = vocab.ActionStatus(status).is_closed
        ActionItem.update(
            status=status,
            closed_on=latest.meeting.meeting_date if closed else None,
            closing_remark=latest.remark if closed else "",
            updated_at=self.ctx.now(),
        ).where(ActionItem.id == action_id).execute()

    # Deleting ---------------------------------------------------------------------------------

    def delete(self, ref: int | str) -> None:
        """Delete a draft meeting (and its lines); final and signed minutes are never deleted."""
        meeting = self.meeting(ref)
        if meeting.status != vocab.MeetingStatus.DRAFT:
            raise StateError(
                MSG_NOT_DRAFT,
                title=meeting.title,
                status=vocab.MeetingStatus(meeting.status).tr_label,
            )
        with self.ctx.atomic():
            reviewed = [
                row.action_id
                for row in ActionReview.select().where(ActionReview.meeting == meeting)
            ]
            self.audit.record("delete", meeting, meeting.title, {"date": meeting.meeting_date})
            meeting.delete_instance(recursive=True)
            for action_id in reviewed:
                self.refresh_action_status(action_id)
            for hook in self.after_delete:
                hook(meeting.id)

    # Listing ----------------------------------------------------------------------------------

    def summaries(
        self,
        *,
        series_id: int | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        status: str | None = None,
        limit: int | None = None,
    ) -> list[MeetingSummary]:
        station = Place.alias()
        query = (
            Meeting.select(
                Meeting.id,
                Meeting.uuid,
                Meeting.series,
                MeetingSeries.name,
                Meeting.number,
                Meeting.meeting_date,
                Meeting.title,
                Meeting.status,
                Meeting.reference_no,
                station.name.alias("station_name"),
            )
            .join(MeetingSeries)
            .join(station, JOIN.LEFT_OUTER, on=MeetingSeries.station == station.id)
            .order_by(Meeting.meeting_date.desc(), Meeting.id.desc())
        )
        if series_id is not None:
            query = query.where(Meeting.series == series_id)
        if date_from is not None:
            query = query.where(Meeting.meeting_date >= date_from)
        if date_to is not None:
            query = query.where(Meeting.meeting_date <= date_to)
        if status:
            query = query.where(Meeting.status == status)
        if limit:
            query = query.limit(limit)
        return [
            MeetingSummary(
                id=row["id"],
                uuid=str(uuid.UUID(str(row["uuid"]))),
                series_id=row["series"],
                series_name=row["name"],
                number=row["number"],
                meeting_date=as_date(row["meeting_date"]),
                title=row["title"],
                status=row["status"],
                reference_no=row["reference_no"],
                station_name=row["station_name"] or "",
            )
            for row in query.dicts()
        ]
