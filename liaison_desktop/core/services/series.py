"""Meeting series and what a new meeting of a series starts with: invitees and items to review."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from peewee import fn

from liaison_desktop.core import vocab
from liaison_desktop.core.dates import format_date
from liaison_desktop.core.errors import ValidationError
from liaison_desktop.core.models import (
    ActionItem,
    Meeting,
    MeetingSeries,
    OfficeProfile,
    Person,
    Place,
    SeriesInvitee,
)
from liaison_desktop.core.records import AttendanceLine, MeetingDraft, ReviewLine
from liaison_desktop.core.services.audit import AuditService, changed_fields
from liaison_desktop.core.services.context import ServiceContext
from liaison_desktop.core.services.directory import DirectoryService, printed_designation
from liaison_desktop.core.services.lookup import get_by_ref
from liaison_desktop.core.validation import choice, text_field
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

F_SERIES_NAME = QT_TRANSLATE_NOOP("Field", "Series name")
F_SERIES_KIND = QT_TRANSLATE_NOOP("Field", "Kind of series")
F_CODE = QT_TRANSLATE_NOOP("Field", "Code")
F_VENUE = QT_TRANSLATE_NOOP("Field", "Venue")
F_STATION = QT_TRANSLATE_NOOP("Field", "Police station")
KIND_SERIES = QT_TRANSLATE_NOOP("LiaisonError", "meeting series")
MSG_STATION_REQUIRED = QT_TRANSLATE_NOOP(
    "LiaisonError", "A monthly station meeting series needs its police station."
)
MSG_NOT_A_STATION = QT_TRANSLATE_NOOP("LiaisonError", "“{name}” is not a police station.")

DEFAULT_CADENCE = {
    vocab.SeriesKind.QUARTERLY: 3,
    vocab.SeriesKind.MONTHLY_STATION: 1,
    vocab.SeriesKind.OTHER: 0,
}
# Who comes by office to a quarterly review, besides the series' named invitees.
QUARTERLY_ROLES = (
    vocab.Role.MP,
    vocab.Role.POLICE_COMMISSIONER,
    vocab.Role.DISTRICT_PRESIDENT,
)


class SeriesService:
    def __init__(
        self, ctx: ServiceContext, audit: AuditService, directory: DirectoryService
    ) -> None:
        self.ctx = ctx
        self.audit = audit
        self.directory = directory
        # Called with the series id inside the transaction of a change (e.g. the search index).
        self.after_change: list[Callable[[int], None]] = []

    def series(self, ref: int | str) -> MeetingSeries:
        return get_by_ref(MeetingSeries, ref, KIND_SERIES)

    def all_series(self, *, include_inactive: bool = False) -> list[MeetingSeries]:
        query = MeetingSeries.select().order_by(MeetingSeries.kind.desc(), MeetingSeries.name)
        if not include_inactive:
            query = query.where(MeetingSeries.active == True)  # noqa: E712 - peewee expression
        return list(query)

    def create_series(self, kind: str, name: str, **extra: Any) -> MeetingSeries:
        values = self._values(kind=kind, name=name, **extra)
        with self.ctx.atomic():
            series = MeetingSeries.create(**values)
            self.audit.record("create", series, series.name, values)
        return series

    def set_monthly_meeting(
        self, station_ref: int | str, held: bool, name: str
    ) -> MeetingSeries | None:
        """Open, re-open or retire the monthly meeting at a station (its series); ``name`` names
        a series opened now. Retiring keeps the series and its meetings, as inactive."""
        station = self.directory.place(station_ref)
        if station.kind != vocab.PlaceKind.STATION:
            raise ValidationError(MSG_NOT_A_STATION, field=F_STATION, name=station.name)
        existing = (
            MeetingSeries.select()
            .where(
                (MeetingSeries.kind == vocab.SeriesKind.MONTHLY_STATION.value)
                & (MeetingSeries.station == station.id)
            )
            .order_by(MeetingSeries.active.desc(), MeetingSeries.id)
            .first()
        )
        if existing is None:
            if not held:
                return None
            return self.create_series(
                vocab.SeriesKind.MONTHLY_STATION.value,
                name,
                station=station.id,
                code=station.code,
                venue=station.name,
                start_date=self.ctx.today().replace(day=1),
            )
        if existing.active != held:
            return self.update_series(existing.id, active=held)
        return existing

    def update_series(self, ref: int | str, **fields: Any) -> MeetingSeries:
        series = self.series(ref)
        current = {"kind": series.kind, "name": series.name, "station": series.station_id}
        values = self._values(**{**current, **fields})
        with self.ctx.atomic():
            changes = changed_fields(series, values)
            MeetingSeries.update(**values).where(MeetingSeries.id == series.id).execute()
            self.audit.record("update", series, values["name"], changes)
            for hook in self.after_change:
                hook(series.id)
        return self.series(series.id)

    def _values(self, **fields: Any) -> dict[str, Any]:
        kind = choice(fields.get("kind"), vocab.SeriesKind, F_SERIES_KIND)
        values: dict[str, Any] = {
            "kind": kind,
            "name": text_field(fields.get("name"), F_SERIES_NAME, required=True),
            "cadence_months": int(
                fields.get("cadence_months") or DEFAULT_CADENCE[vocab.SeriesKind(kind)]
            ),
        }
        station = fields.get("station")
        if station is not None:
            place = self.directory.place(station)
            if place.kind != vocab.PlaceKind.STATION:
                raise ValidationError(MSG_NOT_A_STATION, field=F_STATION, name=place.name)
            values["station"] = place.id
        elif kind == vocab.SeriesKind.MONTHLY_STATION:
            raise ValidationError(MSG_STATION_REQUIRED, field=F_STATION)
        else:
            values["station"] = None
        for key, label in (("name_en", F_SERIES_NAME), ("code", F_CODE), ("venue", F_VENUE)):
            if key in fields:
                values[key] = text_field(fields[key], label)
        if "notes" in fields:
            values["notes"] = text_field(fields["notes"], "notes", multiline=True)
        if "start_date" in fields:
            values["start_date"] = fields["start_date"]
        if "default_chair" in fields:
            chair = fields["default_chair"]
            values["default_chair"] = self.directory.person(chair).id if chair is not None else None
        if "active" in fields:
            values["active"] = bool(fields["active"])
        return values

    def add_invitee(self, series_ref: int | str, person_ref: int | str) -> SeriesInvitee:
        series, person = self.series(series_ref), self.directory.person(person_ref)
        with self.ctx.atomic():
            position = (
                SeriesInvitee.select(fn.COUNT(SeriesInvitee.id))
                .where(SeriesInvitee.series == series)
                .scalar()
            )
            invitee, created = SeriesInvitee.get_or_create(
                series=series, person=person, defaults={"position": position}
            )
            if created:
                self.audit.record("add_invitee", series, person.name)
        return invitee

    def remove_invitee(self, series_ref: int | str, person_ref: int | str) -> None:
        series, person = self.series(series_ref), self.directory.person(person_ref)
        with self.ctx.atomic():
            deleted = (
                SeriesInvitee.delete()
                .where((SeriesInvitee.series == series) & (SeriesInvitee.person == person))
                .execute()
            )
            if deleted:
                self.audit.record("remove_invitee", series, person.name)

    def named_invitees(self, series_ref: int | str) -> list[Person]:
        series = self.series(series_ref)
        return list(
            Person.select()
            .join(SeriesInvitee)
            .where(SeriesInvitee.series == series)
            .order_by(SeriesInvitee.position)
        )

    # What a new meeting starts with --------------------------------------------------------------

    def default_invitees(
        self, series_ref: int | str, on_date: dt.date, language: str = "hi"
    ) -> list[AttendanceLine]:
        """Who should be invited to a meeting of the series on ``on_date``, with designations in
        the meeting's ``language``.

        Station series: the station officer in post that day, the councillors of the station's
        wards, the presidents of the mandals those wards lie in, then the named invitees.
        Quarterly series: the MP, Police Commissioner and district president in office, then the
        named invitees. People appear once, in that order, with the designation they hold that day.
        """
        series = self.series(series_ref)
        appointments = []
        if series.station_id is not None:
            station = series.station
            appointments += self.directory.holders(vocab.Role.STATION_OFFICER, station.id, on_date)
            wards = self.directory.children(station.id, vocab.PlaceKind.WARD)
            for ward in wards:
                appointments += self.directory.holders(vocab.Role.COUNCILLOR, ward.id, on_date)
            mandals: dict[int, Place] = {}
            for ward in wards:
                for mandal in self.directory.parents(ward.id, vocab.PlaceKind.MANDAL):
                    mandals.setdefault(mandal.id, mandal)
            for mandal in mandals.values():
                appointments += self.directory.holders(
                    vocab.Role.MANDAL_PRESIDENT, mandal.id, on_date
                )
        elif series.kind == vocab.SeriesKind.QUARTERLY:
            for role in QUARTERLY_ROLES:
                appointments += self.directory.holders(role, None, on_date)
        # (person, designation, area): by office first, then the named invitees.
        candidates = [
            (
                a.person,
                printed_designation(a, language),
                a.place.name if a.place_id else "",
            )
            for a in appointments
        ]
        candidates += [
            (person, self.directory.designation_on(person.id, on_date, language), "")
            for person in self.named_invitees(series.id)
        ]
        lines: list[AttendanceLine] = []
        seen: set[int] = set()
        for person, designation, area in candidates:
            if person.id in seen or not person.active:
                continue
            seen.add(person.id)
            lines.append(
                AttendanceLine(
                    person_id=person.id,
                    name=person.name,
                    designation=designation,
                    area=area,
                    mobile=person.mobile,
                )
            )
        return lines

    def items_for_review(
        self, series_ref: int | str, on_date: dt.date, *, include_station_items: bool = False
    ) -> list[ActionItem]:
        """Every action item still open, raised at an earlier meeting of the series (and, as an
        option, open items about the series' station raised in other series)."""
        series = self.series(series_ref)
        origin = Meeting.alias()
        scope = origin.series == series.id
        if include_station_items and series.station_id is not None:
            scope |= ActionItem.place == series.station_id
        return list(
            ActionItem.select(ActionItem, origin)
            .join(origin, on=ActionItem.origin_meeting == origin.id)
            .where(
                scope
                & ActionItem.status.in_(vocab.OPEN_ACTION_STATUSES)
                & (origin.meeting_date < on_date)
            )
            .order_by(origin.meeting_date, ActionItem.position)
        )

    def _holder(
        self,
        person: Person | None,
        previous: Meeting | None,
        role: str,
        on_date: dt.date,
        language: str,
    ) -> tuple[str, str]:
        """Name and designation of the chair or recorder of a new meeting: the series' default
        chair (or the previous meeting's chair or recorder) as they are on ``on_date``; a name
        the previous minutes typed without a directory entry is carried as it was."""
        if person is not None:
            return person.name, self.directory.designation_on(person.id, on_date, language)
        if previous is None:
            return "", ""
        return getattr(previous, f"{role}_name"), getattr(previous, f"{role}_designation")

    def new_meeting(
        self, series_ref: int | str, on_date: dt.date, *, include_station_items: bool = False
    ) -> MeetingDraft:
        """An unsaved meeting of the series on ``on_date``: title, venue, chair, invitees and the
        open items to review, ready for the clerk to edit."""
        series = self.series(series_ref)
        number = (
            Meeting.select(fn.MAX(Meeting.number)).where(Meeting.series == series).scalar() or 0
        ) + 1
        chair = series.default_chair
        profile = OfficeProfile.select().first()
        language = profile.default_language if profile else "hi"
        items = self.items_for_review(
            series.id, on_date, include_station_items=include_station_items
        )
        previous = (
            Meeting.select()
            .where((Meeting.series == series) & (Meeting.meeting_date <= on_date))
            .order_by(Meeting.meeting_date.desc(), Meeting.id.desc())
            .first()
        )
        if chair is None and previous is not None:
            chair = previous.chair  # None when the previous chair was typed, not chosen
        chair_name, chair_designation = self._holder(chair, previous, "chair", on_date, language)
        recorder = previous.recorded_by if previous is not None else None
        recorder_name, recorder_designation = self._holder(
            recorder, previous, "recorded_by", on_date, language
        )
        return MeetingDraft(
            series_id=series.id,
            number=number,
            title=f"{series.name} — {format_date(on_date)}",
            meeting_date=on_date,
            venue=series.venue or (previous.venue if previous is not None else ""),
            chair_id=chair.id if chair else None,
            chair_name=chair_name,
            chair_designation=chair_designation,
            recorded_by_id=recorder.id if recorder else None,
            recorded_by_name=recorder_name,
            recorded_by_designation=recorder_designation,
            language=language,
            attendance=self.default_invitees(series.id, on_date, language),
            reviews=[ReviewLine(action_id=item.id, status=item.status) for item in items],
        )
