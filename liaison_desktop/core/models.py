"""Peewee models: the office, its places and people, meeting series, meetings and their decisions.

Design notes
- Every table has an integer key for joins and a stable ``uuid`` for exchanging records between
  offices (JSON archives, later a shared server); the integer key never leaves this database.
- Printed facts are snapshots: attendance rows, chair and recorder keep the name and designation as
  they should print, so a transfer or a renamed person never rewrites old minutes.
- Closed vocabularies are short codes (see ``vocab``), validated by the services. There are no
  CHECK constraints: migrations are generated from schema diffs, which do not carry them, and SQLite
  cannot add one to an existing table without rebuilding it.
- The schema itself is created and changed only by the numbered scripts in ``migrations/``; these
  classes describe the current head of that history.
"""

from __future__ import annotations

import datetime as dt
import uuid

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
    UUIDField,
)

database_proxy = DatabaseProxy()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    uuid = UUIDField(unique=True, default=uuid.uuid4)

    class Meta:
        database = database_proxy
        legacy_table_names = False


class OfficeProfile(BaseModel):
    """The single office using this database: what its letterhead and reference numbers say."""

    name = TextField()
    name_en = TextField(default="")
    district = TextField(default="")
    letterhead = TextField(default="")  # extra lines under the office name, one per line
    address = TextField(default="")
    phone = CharField(default="")
    email = CharField(default="")
    reference_prefix = CharField(default="")
    default_language = CharField(default="hi")
    updated_at = DateTimeField(default=_now)


class Place(BaseModel):
    kind = CharField()
    name = TextField()
    name_latin = TextField(default="")
    code = CharField(default="")
    active = BooleanField(default=True)
    notes = TextField(default="")

    class Meta:
        indexes = ((("kind", "name"), False),)


class PlaceLink(BaseModel):
    """Membership between places: a ward lies in a station's area and in a mandal."""

    child = ForeignKeyField(Place, backref="parent_links", on_delete="CASCADE")
    parent = ForeignKeyField(Place, backref="child_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("child", "parent"), True),)


class Person(BaseModel):
    name = TextField()  # Devanagari, as printed
    name_latin = TextField(default="")
    mobile = CharField(default="")
    email = CharField(default="")
    organisation = CharField(default="other")
    notes = TextField(default="")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)


class Appointment(BaseModel):
    """A person holding a role (at a place) over a period; ``end_date`` empty while in post."""

    person = ForeignKeyField(Person, backref="appointments", on_delete="CASCADE")
    role = CharField()
    designation = TextField(default="")  # as it should print, e.g. "थाना प्रभारी, कोतवाली"
    place = ForeignKeyField(Place, null=True, backref="appointments", on_delete="RESTRICT")
    start_date = DateField()
    end_date = DateField(null=True)

    class Meta:
        indexes = ((("place", "role", "start_date"), False),)


class MeetingSeries(BaseModel):
    """A recurring meeting: the quarterly review, or the monthly meeting at one station."""

    kind = CharField()
    name = TextField()
    name_en = TextField(default="")
    code = CharField(default="")  # short code used in reference numbers, e.g. "QR", "KTW"
    station = ForeignKeyField(Place, null=True, backref="series", on_delete="RESTRICT")
    cadence_months = IntegerField(default=0)
    start_date = DateField(null=True)
    venue = TextField(default="")
    default_chair = ForeignKeyField(Person, null=True, on_delete="SET NULL")
    active = BooleanField(default=True)
    notes = TextField(default="")


class SeriesInvitee(BaseModel):
    """Named people invited to every meeting of a series besides those who come by office."""

    series = ForeignKeyField(MeetingSeries, backref="invitees", on_delete="CASCADE")
    person = ForeignKeyField(Person, backref="series_invitations", on_delete="CASCADE")
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("series", "person"), True),)


class Meeting(BaseModel):
    series = ForeignKeyField(MeetingSeries, backref="meetings", on_delete="RESTRICT")
    number = IntegerField(default=0)  # position in the series, 1-based
    reference_no = CharField(null=True, unique=True)
    title = TextField()
    meeting_date = DateField(index=True)
    start_time = TimeField(null=True)
    end_time = TimeField(null=True)
    venue = TextField(default="")
    chair = ForeignKeyField(Person, null=True, backref="chaired", on_delete="RESTRICT")
    chair_name = TextField(default="")
    chair_designation = TextField(default="")
    recorded_by = ForeignKeyField(Person, null=True, backref="recorded", on_delete="RESTRICT")
    recorded_by_name = TextField(default="")
    recorded_by_designation = TextField(default="")
    language = CharField(default="hi")
    status = CharField(default="draft")
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # Lifecycle: frozen content and who signed (see services.lifecycle).
    content_hash = CharField(null=True)  # SHA-256 of the canonical content when made final
    finalised_at = DateTimeField(null=True)
    signed_on = DateField(null=True)
    amends = ForeignKeyField("self", null=True, backref="amendments", on_delete="RESTRICT")
    amendment_reason = TextField(default="")

    class Meta:
        indexes = ((("series", "meeting_date"), False),)


class Signatory(BaseModel):
    """Who signed final minutes, as printed under the signature."""

    meeting = ForeignKeyField(Meeting, backref="signatories", on_delete="CASCADE")
    person = ForeignKeyField(Person, null=True, on_delete="RESTRICT")
    name = TextField()
    designation = TextField(default="")
    position = IntegerField(default=0)


class AgendaItem(BaseModel):
    meeting = ForeignKeyField(Meeting, backref="agenda_items", on_delete="CASCADE")
    position = IntegerField(default=0)
    title = TextField()
    discussion = TextField(default="")
    decision = TextField(default="")


class Attendance(BaseModel):
    """One line of the attendance list: a directory person or a walk-in, as it should print."""

    meeting = ForeignKeyField(Meeting, backref="attendance", on_delete="CASCADE")
    person = ForeignKeyField(Person, null=True, backref="attendance", on_delete="RESTRICT")
    name = TextField()
    designation = TextField(default="")
    area = TextField(default="")
    mobile = CharField(default="")
    status = CharField(default="invited")
    represented_by = TextField(default="")
    position = IntegerField(default=0)


class ActionItem(BaseModel):
    """A decision that someone must carry out: what, who, where, by when; reviewed until closed."""

    origin_meeting = ForeignKeyField(Meeting, backref="actions_raised", on_delete="CASCADE")
    agenda_item = ForeignKeyField(AgendaItem, null=True, backref="actions", on_delete="SET NULL")
    position = IntegerField(default=0)
    description = TextField()
    category = CharField(default="other")
    place = ForeignKeyField(Place, null=True, backref="actions", on_delete="RESTRICT")
    responsible_person = ForeignKeyField(Person, null=True, backref="actions", on_delete="RESTRICT")
    responsible_body = TextField(default="")  # e.g. "यातायात पुलिस" when no single person
    due_date = DateField(null=True)
    status = CharField(default="open")
    closed_on = DateField(null=True)
    closing_remark = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("status", "due_date"), False),)


class ActionReview(BaseModel):
    """What a later meeting found about an action item: the status then, and a remark."""

    action = ForeignKeyField(ActionItem, backref="reviews", on_delete="CASCADE")
    meeting = ForeignKeyField(Meeting, backref="reviews", on_delete="CASCADE")
    status = CharField()
    remark = TextField(default="")
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("action", "meeting"), True),)


class CopyRecipient(BaseModel):
    """One line of the copy-to list (प्रतिलिपि) at the end of the minutes."""

    meeting = ForeignKeyField(Meeting, backref="copy_to", on_delete="CASCADE")
    position = IntegerField(default=0)
    recipient = TextField()


class Attachment(BaseModel):
    """A file kept with a meeting, inside the database so one backup holds everything."""

    meeting = ForeignKeyField(Meeting, backref="attachments", on_delete="CASCADE")
    kind = CharField(default="document")
    filename = TextField()
    mime_type = CharField(default="application/octet-stream")
    size = IntegerField()
    sha256 = CharField()
    content = BlobField()
    added_at = DateTimeField(default=_now)


class AuditEntry(BaseModel):
    """Who changed what, when: written by the services in the same transaction as the change."""

    timestamp = DateTimeField(default=_now, index=True)
    operator = TextField()
    action = CharField()
    entity = CharField()
    entity_uuid = CharField(index=True)
    summary = TextField(default="")
    details = TextField(default="")  # JSON


class LedgerEntry(BaseModel):
    """One link of the append-only hash chain of sealed minutes (see ``services/ledger.py``):
    a meeting's seal and the digest of each of its parts when it was made final, signed, given
    a scan, amended or adopted at upgrade. ``entry_hash`` covers every other field and the
    previous entry's hash, so no entry can be changed, removed or reordered unseen."""

    position = IntegerField(unique=True)  # 1, 2, 3 … with no gaps
    recorded_at = DateTimeField()
    operator = TextField()
    event = CharField()
    meeting_uuid = CharField(index=True)
    reference_no = CharField(null=True)
    seal_version = IntegerField()
    seal = CharField()
    parts = TextField()  # JSON: part name -> SHA-256
    audit_through = IntegerField()  # the meeting's audit entries up to this id are sealed
    previous = CharField()
    entry_hash = CharField(unique=True)


ALL_MODELS: tuple[type[BaseModel], ...] = (
    OfficeProfile,
    Place,
    PlaceLink,
    Person,
    Appointment,
    MeetingSeries,
    SeriesInvitee,
    Meeting,
    Signatory,
    AgendaItem,
    Attendance,
    ActionItem,
    ActionReview,
    CopyRecipient,
    Attachment,
    AuditEntry,
    LedgerEntry,
)
