"""Places and people: stations, wards and mandals; who holds which office, and since when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from peewee import JOIN, Field, fn

from liaison_desktop.core import vocab
from liaison_desktop.core.dates import check_date_range
from liaison_desktop.core.errors import ReferencedError, ValidationError
from liaison_desktop.core.models import (
    ActionItem,
    Appointment,
    Attendance,
    Meeting,
    MeetingSeries,
    Person,
    Place,
    PlaceLink,
    Signatory,
)
from liaison_desktop.core.services.audit import AuditService, changed_fields
from liaison_desktop.core.services.context import ServiceContext
from liaison_desktop.core.services.lookup import get_by_ref
from liaison_desktop.core.validation import choice, mobile_number, text_field
from liaison_desktop.i18n import QT_TRANSLATE_NOOP, translate

F_NAME = QT_TRANSLATE_NOOP("Field", "Name")
F_NAME_LATIN = QT_TRANSLATE_NOOP("Field", "Name in Latin letters")
F_KIND = QT_TRANSLATE_NOOP("Field", "Kind of place")
F_ORGANISATION = QT_TRANSLATE_NOOP("Field", "Organisation")
F_MOBILE = QT_TRANSLATE_NOOP("Field", "Mobile")
F_ROLE = QT_TRANSLATE_NOOP("Field", "Role")
F_DESIGNATION = QT_TRANSLATE_NOOP("Field", "Designation")
F_START = QT_TRANSLATE_NOOP("Field", "From")
F_END = QT_TRANSLATE_NOOP("Field", "To")
KIND_PLACE = QT_TRANSLATE_NOOP("LiaisonError", "place")
KIND_PERSON = QT_TRANSLATE_NOOP("LiaisonError", "person")
KIND_APPOINTMENT = QT_TRANSLATE_NOOP("LiaisonError", "appointment")

MSG_END_BEFORE_START = QT_TRANSLATE_NOOP(
    "LiaisonError", "The appointment cannot end ({end}) before it starts ({start})."
)
MSG_PLACE_IN_USE = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "“{name}” cannot be deleted: {count} meetings, series, appointments or action items refer to "
    "it. Mark it inactive instead; its history is kept.",
)
MSG_PERSON_IN_USE = QT_TRANSLATE_NOOP(
    "LiaisonError",
    "“{name}” cannot be deleted: {count} meetings, signatures or action items refer to this "
    "person. "
    "Mark the person inactive instead; the history is kept.",
)
MSG_LINK_SELF = QT_TRANSLATE_NOOP("LiaisonError", "A place cannot belong to itself.")


class DirectoryService:
    def __init__(self, ctx: ServiceContext, audit: AuditService) -> None:
        self.ctx = ctx
        self.audit = audit
        # Called with the id inside the transaction that created, changed or deleted a person or
        # a place (e.g. to keep the search index current).
        self.after_person_change: list[Callable[[int], None]] = []
        self.after_place_change: list[Callable[[int], None]] = []

    def _person_changed(self, person_id: int) -> None:
        for hook in self.after_person_change:
            hook(person_id)

    def _place_changed(self, place_id: int) -> None:
        for hook in self.after_place_change:
            hook(place_id)

    # Places -----------------------------------------------------------------------------------

    def place(self, ref: int | str) -> Place:
        return get_by_ref(Place, ref, KIND_PLACE)

    def create_place(self, kind: str, name: str, **extra: Any) -> Place:
        values = self._place_values(kind=kind, name=name, **extra)
        with self.ctx.atomic():
            place = Place.create(**values)
            self.audit.record("create", place, place.name, values)
            self._place_changed(place.id)
        return place

    def update_place(self, ref: int | str, **fields: Any) -> Place:
        place = self.place(ref)
        current = {"kind": place.kind, "name": place.name, "name_latin": place.name_latin}
        values = self._place_values(**{**current, **fields})
        with self.ctx.atomic():
            changes = changed_fields(place, values)
            Place.update(**values).where(Place.id == place.id).execute()
            self.audit.record("update", place, values["name"], changes)
            self._place_changed(place.id)
        return self.place(place.id)

    def _place_values(self, **fields: Any) -> dict[str, Any]:
        values: dict[str, Any] = {
            "kind": choice(fields.get("kind"), vocab.PlaceKind, F_KIND),
            "name": text_field(fields.get("name"), F_NAME, required=True),
            "name_latin": text_field(fields.get("name_latin"), F_NAME_LATIN),
        }
        for key in ("code", "notes"):
            if key in fields:
                values[key] = text_field(fields[key], key, multiline=key == "notes")
        if "active" in fields:
            values["active"] = bool(fields["active"])
        return values

    def places(self, kind: str | None = None, *, include_inactive: bool = False) -> list[Place]:
        query = Place.select().order_by(Place.name)
        if kind:
            query = query.where(Place.kind == kind)
        if not include_inactive:
            query = query.where(Place.active == True)  # noqa: E712 - peewee expression
        return list(query)

    def stations(self) -> list[Place]:
        return self.places(vocab.PlaceKind.STATION)

    def link(self, child_ref: int | str, parent_ref: int | str) -> PlaceLink:
        """Record that ``child`` (a ward) lies in ``parent`` (a station's area or a mandal)."""
        child, parent = self.place(child_ref), self.place(parent_ref)
        if child.id == parent.id:
            raise ValidationError(MSG_LINK_SELF)
        with self.ctx.atomic():
            link, created = PlaceLink.get_or_create(child=child, parent=parent)
            if created:
                self.audit.record("link", link, f"{child.name} → {parent.name}")
            self._place_changed(child.id)
        return link

    def unlink(self, child_ref: int | str, parent_ref: int | str) -> None:
        child, parent = self.place(child_ref), self.place(parent_ref)
        with self.ctx.atomic():
            for link in PlaceLink.select().where(
                (PlaceLink.child == child) & (PlaceLink.parent == parent)
            ):
                self.audit.record("unlink", link, f"{child.name} → {parent.name}")
                link.delete_instance()
            self._place_changed(child.id)

    def children(self, parent_ref: int | str, kind: str | None = None) -> list[Place]:
        """Places inside ``parent``: the wards of a station, the wards of a mandal."""
        return self._linked(PlaceLink.child, PlaceLink.parent, self.place(parent_ref), kind)

    def parents(self, child_ref: int | str, kind: str | None = None) -> list[Place]:
        """Places that contain ``child``: a ward's station(s) and mandal(s)."""
        return self._linked(PlaceLink.parent, PlaceLink.child, self.place(child_ref), kind)

    def _linked(self, wanted: Field, given: Field, place: Place, kind: str | None) -> list[Place]:
        """The places at the ``wanted`` end of the links whose ``given`` end is ``place``."""
        query = (
            Place.select()
            .join(PlaceLink, on=wanted == Place.id)
            .where(given == place)
            .order_by(Place.name)
        )
        if kind:
            query = query.where(Place.kind == kind)
        return list(query)

    def delete_place(self, ref: int | str) -> None:
        """Delete a place nothing refers to; otherwise refuse and suggest deactivating it."""
        place = self.place(ref)
        uses = (
            Appointment.select().where(Appointment.place == place).count()
            + MeetingSeries.select().where(MeetingSeries.station == place).count()
            + ActionItem.select().where(ActionItem.place == place).count()
        )
        if uses:
            raise ReferencedError(MSG_PLACE_IN_USE, name=place.name, count=uses)
        with self.ctx.atomic():
            self.audit.record("delete", place, place.name)
            place.delete_instance()
            self._place_changed(place.id)

    def set_place_active(self, ref: int | str, active: bool) -> Place:
        return self.update_place(ref, active=active)

    # People -----------------------------------------------------------------------------------

    def person(self, ref: int | str) -> Person:
        return get_by_ref(Person, ref, KIND_PERSON)

    def create_person(self, name: str, **extra: Any) -> Person:
        values = self._person_values(name=name, **extra)
        with self.ctx.atomic():
            person = Person.create(**values, created_at=self.ctx.now(), updated_at=self.ctx.now())
            self.audit.record("create", person, person.name, values)
            self._person_changed(person.id)
        return person

    def update_person(self, ref: int | str, **fields: Any) -> Person:
        person = self.person(ref)
        current = {
            "name": person.name,
            "name_latin": person.name_latin,
            "organisation": person.organisation,
        }
        values = self._person_values(**{**current, **fields})
        with self.ctx.atomic():
            changes = changed_fields(person, values)
            Person.update(**values, updated_at=self.ctx.now()).where(
                Person.id == person.id
            ).execute()
            self.audit.record("update", person, values["name"], changes)
            self._person_changed(person.id)
        return self.person(person.id)

    def _person_values(self, **fields: Any) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": text_field(fields.get("name"), F_NAME, required=True),
            "name_latin": text_field(fields.get("name_latin"), F_NAME_LATIN),
            "organisation": choice(
                fields.get("organisation") or vocab.Organisation.OTHER.value,
                vocab.Organisation,
                F_ORGANISATION,
            ),
        }
        if "mobile" in fields:
            values["mobile"] = mobile_number(fields["mobile"], F_MOBILE)
        for key in ("email", "notes"):
            if key in fields:
                values[key] = text_field(fields[key], key, multiline=key == "notes")
        if "active" in fields:
            values["active"] = bool(fields["active"])
        return values

    def people(self, *, include_inactive: bool = False) -> list[Person]:
        query = Person.select().order_by(Person.name)
        if not include_inactive:
            query = query.where(Person.active == True)  # noqa: E712 - peewee expression
        return list(query)

    def find_people(self, text: str, limit: int = 20) -> list[Person]:
        """Type-ahead: people whose Devanagari or Latin name contains ``text`` (prefix first)."""
        needle = text.strip()
        if not needle:
            return []
        pattern = f"%{needle}%"
        starts = fn.lower(Person.name_latin).startswith(needle.lower()) | Person.name.startswith(
            needle
        )
        return list(
            Person.select()
            .where(
                (Person.active == True)  # noqa: E712 - peewee expression
                & (Person.name.contains(needle) | Person.name_latin.ilike(pattern))
            )
            .order_by(starts.desc(), Person.name)
            .limit(limit)
        )

    def delete_person(self, ref: int | str) -> None:
        person = self.person(ref)
        uses = (
            Attendance.select().where(Attendance.person == person).count()
            + ActionItem.select().where(ActionItem.responsible_person == person).count()
            + Meeting.select()
            .where((Meeting.chair == person) | (Meeting.recorded_by == person))
            .count()
            + Signatory.select().where(Signatory.person == person).count()
        )
        if uses:
            raise ReferencedError(MSG_PERSON_IN_USE, name=person.name, count=uses)
        with self.ctx.atomic():
            self.audit.record("delete", person, person.name)
            person.delete_instance(recursive=False)
            self._person_changed(person.id)

    def set_person_active(self, ref: int | str, active: bool) -> Person:
        return self.update_person(ref, active=active)

    # Appointments -----------------------------------------------------------------------------

    def appoint(
        self,
        person_ref: int | str,
        role: str,
        start_date: dt.date,
        *,
        place_ref: int | str | None = None,
        designation: str = "",
        end_date: dt.date | None = None,
        end_previous: bool = False,
    ) -> Appointment:
        """Record that a person holds ``role`` (at ``place``) from ``start_date``.

        With ``end_previous`` the previous holders of the same role at the same place leave office
        the day before: the usual case for a transferred station officer.
        """
        person = self.person(person_ref)
        place = self.place(place_ref) if place_ref is not None else None
        role = choice(role, vocab.Role, F_ROLE)
        check_date_range(start_date, F_START)
        if end_date is not None and end_date < start_date:
            raise ValidationError(
                MSG_END_BEFORE_START,
                field=F_END,
                end=end_date.isoformat(),
                start=start_date.isoformat(),
            )
        designation = text_field(designation, F_DESIGNATION)
        with self.ctx.atomic():
            if end_previous and place is not None:
                for previous in self.holders(role, place.id, start_date):
                    if previous.person_id != person.id and previous.start_date < start_date:
                        self.end_appointment(previous.id, start_date - dt.timedelta(days=1))
            appointment = Appointment.create(
                person=person,
                role=role,
                place=place,
                designation=designation,
                start_date=start_date,
                end_date=end_date,
            )
            self.audit.record(
                "appoint",
                person,
                f"{person.name}: {designation or role}",
                {"role": role, "place": place.name if place else "", "from": start_date},
            )
            self._person_changed(person.id)
        return appointment

    def end_appointment(self, ref: int | str, end_date: dt.date) -> Appointment:
        appointment = get_by_ref(Appointment, ref, KIND_APPOINTMENT)
        if end_date < appointment.start_date:
            raise ValidationError(
                MSG_END_BEFORE_START,
                field=F_END,
                end=end_date.isoformat(),
                start=appointment.start_date.isoformat(),
            )
        with self.ctx.atomic():
            Appointment.update(end_date=end_date).where(Appointment.id == appointment.id).execute()
            self.audit.record("end_appointment", appointment.person, str(end_date))
            self._person_changed(appointment.person_id)
        return get_by_ref(Appointment, appointment.id, KIND_APPOINTMENT)

    def holders(
        self, role: str, place_ref: int | str | None, on_date: dt.date
    ) -> list[Appointment]:
        """Appointments of ``role`` at ``place`` in force on ``on_date`` (people joined in)."""
        query = (
            Appointment.select(Appointment, Person)
            .join(Person)
            .where(
                (Appointment.role == role)
                & (Appointment.start_date <= on_date)
                & (Appointment.end_date.is_null() | (Appointment.end_date >= on_date))
            )
            .order_by(Appointment.start_date.desc(), Person.name)
        )
        if place_ref is not None:
            query = query.where(Appointment.place == self.place(place_ref))
        return list(query)

    def appointments(self, person_ref: int | str) -> list[Appointment]:
        person = self.person(person_ref)
        return list(
            Appointment.select(Appointment, Place)
            .join(Place, JOIN.LEFT_OUTER)
            .where(Appointment.person == person)
            .order_by(Appointment.start_date.desc())
        )

    def designation_on(self, person_ref: int | str, on_date: dt.date, language: str = "hi") -> str:
        """What to print under a person's name at a meeting on ``on_date`` (in ``language``)."""
        person = self.person(person_ref)
        current = (
            Appointment.select(Appointment, Place)
            .join(Place, JOIN.LEFT_OUTER)
            .where(
                (Appointment.person == person)
                & (Appointment.start_date <= on_date)
                & (Appointment.end_date.is_null() | (Appointment.end_date >= on_date))
            )
            .order_by(Appointment.start_date.desc())
            .first()
        )
        return "" if current is None else printed_designation(current, language)


def printed_designation(appointment: Appointment, language: str) -> str:
    """What prints under the holder's name: the designation typed for the appointment, else its
    role and place in the paper's ``language`` ("पार्षद, वार्ड 12"), never the English label on a
    Hindi paper."""
    if appointment.designation.strip():
        return appointment.designation
    role = translate("Vocabulary", vocab.Role(appointment.role).label, language)
    place = appointment.place if appointment.place_id is not None else None
    if place is None:
        return role
    name = (place.name_latin or place.name) if language == "en" else place.name
    return f"{role}, {name}"
