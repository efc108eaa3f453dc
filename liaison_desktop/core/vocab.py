"""Closed vocabularies of the domain, stored as short English codes, shown as translated labels.

The stored code never changes; the label is marked for translation (context "Vocabulary") so the
GUI shows it through Qt and printed documents through ``liaison_desktop.i18n.translate``.
"""

from __future__ import annotations

from enum import StrEnum

from liaison_desktop.core.errors import Tr
from liaison_desktop.i18n import QT_TRANSLATE_NOOP


class Vocabulary(StrEnum):
    """A StrEnum whose members carry an English label marked for translation."""

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def tr_label(self) -> Tr:
        """The label as a message parameter that the interface translates."""
        return Tr("Vocabulary", _LABELS[self])

    @classmethod
    def codes(cls) -> tuple[str, ...]:
        return tuple(member.value for member in cls)


class Language(Vocabulary):
    HINDI = "hi"
    ENGLISH = "en"


# How a language is named in a list of languages: in itself, so a clerk who cannot read the
# interface's language still finds their own.
LANGUAGE_AUTONYMS = {Language.HINDI: "हिंदी", Language.ENGLISH: "English"}


class PlaceKind(Vocabulary):
    DISTRICT = "district"
    ZONE = "zone"
    STATION = "station"
    WARD = "ward"
    MANDAL = "mandal"


class Organisation(Vocabulary):
    PARTY = "party"
    POLICE = "police"
    ADMINISTRATION = "administration"
    ELECTED = "elected"
    CITIZEN = "citizen"
    OTHER = "other"


class Role(Vocabulary):
    MP = "mp"
    MLA = "mla"
    DISTRICT_PRESIDENT = "district_president"
    MANDAL_PRESIDENT = "mandal_president"
    COUNCILLOR = "councillor"
    POLICE_COMMISSIONER = "police_commissioner"
    DCP = "dcp"
    ACP = "acp"
    STATION_OFFICER = "station_officer"
    RESPECTED_CITIZEN = "respected_citizen"
    OFFICE_STAFF = "office_staff"
    OTHER = "other"


class SeriesKind(Vocabulary):
    QUARTERLY = "quarterly"
    MONTHLY_STATION = "monthly_station"
    OTHER = "other"


class MeetingStatus(Vocabulary):
    DRAFT = "draft"
    FINAL = "final"
    SIGNED = "signed"


# Minutes whose reviews of action items count: what a draft records is only proposed.
RECORDED_MEETING_STATUSES = (MeetingStatus.FINAL.value, MeetingStatus.SIGNED.value)


class AttendanceStatus(Vocabulary):
    INVITED = "invited"
    PRESENT = "present"
    ABSENT = "absent"
    REPRESENTED = "represented"


# One rule wherever attendance is counted or printed (editor, meetings list, minutes): someone
# represented was there through their representative, so they count as present.
COUNTED_PRESENT = frozenset({AttendanceStatus.PRESENT.value, AttendanceStatus.REPRESENTED.value})


class ActionCategory(Vocabulary):
    DRUGS = "drugs"
    TRAFFIC = "traffic"
    LAW_AND_ORDER = "law_order"
    CIVIC = "civic"
    OTHER = "other"


class ActionStatus(Vocabulary):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_closed(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.DROPPED)


class AttachmentKind(Vocabulary):
    SIGNED_COPY = "signed_copy"
    DOCUMENT = "document"
    PHOTO = "photo"


class SearchKind(Vocabulary):
    """What a search result is: the GUI opens each kind in its own place."""

    MEETING = "meeting"
    AGENDA = "agenda"
    ACTION = "action"
    REVIEW = "review"
    PERSON = "person"
    PLACE = "place"


OPEN_ACTION_STATUSES = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)

_LABELS: dict[Vocabulary, str] = {
    Language.HINDI: QT_TRANSLATE_NOOP("Vocabulary", "Hindi"),
    Language.ENGLISH: QT_TRANSLATE_NOOP("Vocabulary", "English"),
    PlaceKind.DISTRICT: QT_TRANSLATE_NOOP("Vocabulary", "District"),
    PlaceKind.ZONE: QT_TRANSLATE_NOOP("Vocabulary", "Zone"),
    PlaceKind.STATION: QT_TRANSLATE_NOOP("Vocabulary", "Police station"),
    PlaceKind.WARD: QT_TRANSLATE_NOOP("Vocabulary", "Ward"),
    PlaceKind.MANDAL: QT_TRANSLATE_NOOP("Vocabulary", "Mandal"),
    Organisation.PARTY: QT_TRANSLATE_NOOP("Vocabulary", "Party organisation"),
    Organisation.POLICE: QT_TRANSLATE_NOOP("Vocabulary", "Police"),
    Organisation.ADMINISTRATION: QT_TRANSLATE_NOOP("Vocabulary", "Administration"),
    Organisation.ELECTED: QT_TRANSLATE_NOOP("Vocabulary", "Elected representative"),
    Organisation.CITIZEN: QT_TRANSLATE_NOOP("Vocabulary", "Citizen"),
    Organisation.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    Role.MP: QT_TRANSLATE_NOOP("Vocabulary", "Member of Parliament"),
    Role.MLA: QT_TRANSLATE_NOOP("Vocabulary", "Member of Legislative Assembly"),
    Role.DISTRICT_PRESIDENT: QT_TRANSLATE_NOOP("Vocabulary", "District president"),
    Role.MANDAL_PRESIDENT: QT_TRANSLATE_NOOP("Vocabulary", "Mandal president"),
    Role.COUNCILLOR: QT_TRANSLATE_NOOP("Vocabulary", "Ward councillor"),
    Role.POLICE_COMMISSIONER: QT_TRANSLATE_NOOP("Vocabulary", "Police Commissioner"),
    Role.DCP: QT_TRANSLATE_NOOP("Vocabulary", "Deputy Commissioner of Police"),
    Role.ACP: QT_TRANSLATE_NOOP("Vocabulary", "Assistant Commissioner of Police"),
    Role.STATION_OFFICER: QT_TRANSLATE_NOOP("Vocabulary", "Station officer"),
    Role.RESPECTED_CITIZEN: QT_TRANSLATE_NOOP("Vocabulary", "Respected citizen"),
    Role.OFFICE_STAFF: QT_TRANSLATE_NOOP("Vocabulary", "Office staff"),
    Role.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other role"),
    SeriesKind.QUARTERLY: QT_TRANSLATE_NOOP("Vocabulary", "Quarterly review"),
    SeriesKind.MONTHLY_STATION: QT_TRANSLATE_NOOP("Vocabulary", "Monthly station meeting"),
    SeriesKind.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other meeting"),
    MeetingStatus.DRAFT: QT_TRANSLATE_NOOP("Vocabulary", "Draft"),
    MeetingStatus.FINAL: QT_TRANSLATE_NOOP("Vocabulary", "Final"),
    MeetingStatus.SIGNED: QT_TRANSLATE_NOOP("Vocabulary", "Signed"),
    AttendanceStatus.INVITED: QT_TRANSLATE_NOOP("Vocabulary", "Invited"),
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("Vocabulary", "Present"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("Vocabulary", "Absent"),
    AttendanceStatus.REPRESENTED: QT_TRANSLATE_NOOP("Vocabulary", "Represented"),
    ActionCategory.DRUGS: QT_TRANSLATE_NOOP("Vocabulary", "Drugs"),
    ActionCategory.TRAFFIC: QT_TRANSLATE_NOOP("Vocabulary", "Traffic"),
    ActionCategory.LAW_AND_ORDER: QT_TRANSLATE_NOOP("Vocabulary", "Law and order"),
    ActionCategory.CIVIC: QT_TRANSLATE_NOOP("Vocabulary", "Civic"),
    ActionCategory.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Vocabulary", "Open"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("Vocabulary", "Dropped"),
    AttachmentKind.SIGNED_COPY: QT_TRANSLATE_NOOP("Vocabulary", "Signed copy"),
    AttachmentKind.DOCUMENT: QT_TRANSLATE_NOOP("Vocabulary", "Document"),
    AttachmentKind.PHOTO: QT_TRANSLATE_NOOP("Vocabulary", "Photo"),
    SearchKind.MEETING: QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
    SearchKind.AGENDA: QT_TRANSLATE_NOOP("Vocabulary", "Agenda point"),
    SearchKind.ACTION: QT_TRANSLATE_NOOP("Vocabulary", "Action item"),
    SearchKind.REVIEW: QT_TRANSLATE_NOOP("Vocabulary", "Review remark"),
    SearchKind.PERSON: QT_TRANSLATE_NOOP("Vocabulary", "Person"),
    SearchKind.PLACE: QT_TRANSLATE_NOOP("Vocabulary", "Place"),
}
