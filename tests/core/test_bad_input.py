"""The bad-input catalogue: what a clerk (or a damaged file) may throw at the services, and the
answer each gets — a clear message, or the text stored faithfully. None may crash or corrupt.

Each case is one row: a name, what is done, and either ``refused(ErrorType, "words of the
message")`` or ``stored(expected)`` (what reading it back gives). After every case the database
must pass SQLite's integrity check.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee
import pytest

from liaison_desktop.core.archive import export_archive, import_archive, read_archive
from liaison_desktop.core.dates import parse_date, parse_time
from liaison_desktop.core.db import integrity_problems, open_database
from liaison_desktop.core.errors import (
    ArchiveError,
    LiaisonError,
    ReferencedError,
    ValidationError,
)
from liaison_desktop.core.models import ALL_MODELS, Person, Signatory
from liaison_desktop.core.records import ActionLine, AgendaLine, AttendanceLine, MeetingDraft
from liaison_desktop.core.services import Services
from liaison_desktop.core.validation import LONG_TEXT_LIMIT

DAY = dt.date(2024, 8, 5)
MEGABYTE_OF_HINDI = ("सूखे नशे का गिरोह सक्रिय है, बच्चों को शामिल किया जा रहा है। " * 7000)[
    : 1_000_000 // 3
].strip()


@dataclass
class Env:
    services: Services
    series_id: int
    station_id: int
    tmp: Path

    def draft(self, **fields: Any) -> MeetingDraft:
        values = {"title": "बैठक", "meeting_date": DAY, **fields}
        return MeetingDraft(series_id=self.series_id, **values)

    def save(self, draft: MeetingDraft) -> MeetingDraft:
        saved = self.services.meetings.save(draft)
        return self.services.meetings.load(saved.id)


@dataclass(frozen=True)
class Refused:
    error: type[LiaisonError]
    words: str


@dataclass(frozen=True)
class Stored:
    value: Any


Case = tuple[str, Callable[[Env], Any], Refused | Stored]


def refused(error: type[LiaisonError], words: str) -> Refused:
    return Refused(error, words)


def stored(value: Any) -> Stored:
    return Stored(value)


# Dates ----------------------------------------------------------------------------------------

DATES: list[Case] = [
    ("impossible day", lambda e: parse_date("31-02-2024"), refused(ValidationError, "real date")),
    ("29 Feb, no leap year", lambda e: parse_date("29-02-2023"), refused(ValidationError, "real")),
    ("29 Feb, leap year", lambda e: parse_date("29-02-2024"), stored(dt.date(2024, 2, 29))),
    ("month 13", lambda e: parse_date("2024-13-01"), refused(ValidationError, "not a real date")),
    ("words, not a date", lambda e: parse_date("कल"), refused(ValidationError, "is not a date")),
    ("Devanagari digits", lambda e: parse_date("२०-०७-२०२४"), stored(dt.date(2024, 7, 20))),
    ("year 1800", lambda e: parse_date("01-01-1800"), refused(ValidationError, "outside the")),
    ("hour 25", lambda e: parse_time("25:00"), refused(ValidationError, "is not a time")),
    (
        "meeting date that is text",
        lambda e: e.save(e.draft(meeting_date="कल")),
        refused(ValidationError, "meeting date is missing"),
    ),
    (
        "start time that is text",
        lambda e: e.save(e.draft(start_time="11 बजे")),
        refused(ValidationError, "is not a time"),
    ),
    (
        "end before start",
        lambda e: e.save(e.draft(start_time=dt.time(12), end_time=dt.time(11))),
        refused(ValidationError, "cannot end"),
    ),
    (
        "due date before the meeting",
        lambda e: e.save(e.draft(actions=[ActionLine("काम", due_date=DAY - dt.timedelta(1))])),
        refused(ValidationError, "is before the meeting date"),
    ),
    (
        "due date on the meeting day",
        lambda e: e.save(e.draft(actions=[ActionLine("काम", due_date=DAY)])).actions[0].due_date,
        stored(DAY),
    ),
    (
        "due date that is text",
        lambda e: e.save(e.draft(actions=[ActionLine("काम", due_date="अगले सोमवार")])),
        refused(ValidationError, "is not a date"),
    ),
    (
        "due date in the year 3000",
        lambda e: e.save(e.draft(actions=[ActionLine("काम", due_date=dt.date(3000, 1, 1))])),
        refused(ValidationError, "outside the years"),
    ),
]


# Text -----------------------------------------------------------------------------------------


def save_title(text: str) -> Callable[[Env], str]:
    return lambda e: e.save(e.draft(title=text)).title


def save_discussion(text: str) -> Callable[[Env], str]:
    return lambda e: (
        e.save(e.draft(agenda=[AgendaLine("बिंदु", discussion=text)])).agenda[0].discussion
    )


def create_person(name: str) -> Callable[[Env], str]:
    return lambda e: e.services.directory.create_person(name).name


EMOJI = "बैठक 👮🏽‍♀️ 👨‍👩‍👧 🇮🇳 🚓"
URDU_WITH_MARKS = "محمد عرفان\u200f (मोहम्मद इरफ़ान)"
HALF_FORMS = "क्\u200dष, र्\u200dय, क्\u200cष"  # zero-width joiner and non-joiner shape Devanagari

TEXT: list[Case] = [
    ("1 MB in a discussion", save_discussion(MEGABYTE_OF_HINDI), stored(MEGABYTE_OF_HINDI)),
    ("1 MB in a title", save_title(MEGABYTE_OF_HINDI), refused(ValidationError, "too long")),
    (
        "over the long-text limit",
        save_discussion("क" * (LONG_TEXT_LIMIT + 1)),
        refused(ValidationError, "too long"),
    ),
    ("control characters", create_person("रा\x00म\x07 कु\x1bमार"), stored("राम कुमार")),
    ("lone surrogate from a broken paste", save_title("जाम\ud800 स्थल"), stored("जाम स्थल")),
    ("zero-width space and BOM", create_person("\ufeffराम\u200bकुमार"), stored("रामकुमार")),
    ("joiner and non-joiner kept", save_title(HALF_FORMS), stored(HALF_FORMS)),
    ("emoji sequences", save_title(EMOJI), stored(EMOJI)),
    ("right-to-left text with marks", create_person(URDU_WITH_MARKS), stored(URDU_WITH_MARKS)),
    ("CRLF line breaks", save_discussion("एक\r\nदो\rतीन"), stored("एक\nदो\nतीन")),
    ("tabs and line breaks kept", save_discussion("क\tख\n\nग"), stored("क\tख\n\nग")),
    ("line break in a title", save_title("पहली\nदूसरी"), stored("पहली दूसरी")),
    (
        "only invisible characters",
        save_title("\x00\u200b \ufeff"),
        refused(ValidationError, "empty"),
    ),
    ("spaces only", create_person("   "), refused(ValidationError, "must not be empty")),
    (
        "mobile with emoji",
        lambda e: e.services.directory.create_person("राम", mobile="98390 📞"),
        refused(ValidationError, "not a phone number"),
    ),
    (
        "attendance with a made-up status",
        lambda e: e.save(e.draft(attendance=[AttendanceLine("राम", status="sleeping")])),
        refused(ValidationError, "is not a valid"),
    ),
]


# Names that differ only by nukta or spacing ---------------------------------------------------

NUKTA_ONE_CHAR = "ज़फ़र अख़्तर"  # U+095B, U+095E: letters with nukta as single characters
NUKTA_TWO_CHARS = unicodedata.normalize("NFD", NUKTA_ONE_CHAR)  # letter + U+093C


def same_person_both_nukta_spellings(e: Env) -> tuple[bool, int]:
    typed = e.services.directory.create_person(NUKTA_ONE_CHAR)
    found = e.services.directory.find_people(NUKTA_TWO_CHARS)
    return (typed.name == e.services.directory.create_person(NUKTA_TWO_CHARS).name, len(found))


def spacing_variants(e: Env) -> list[str]:
    d = e.services.directory
    names = [d.create_person(n).name for n in ("राम  कुमार", " राम\u00a0कुमार ", "राम\tकुमार")]
    return [*names, *(p.name for p in d.find_people("राम कुमार"))]


def nukta_and_plain_are_kept_apart(e: Env) -> list[str]:
    d = e.services.directory
    return [d.create_person(n).name for n in ("अख़्तर", "अख्तर")]


NAMES: list[Case] = [
    ("nukta typed two ways", same_person_both_nukta_spellings, stored((True, 1))),
    ("names differing by spacing", spacing_variants, stored(["राम कुमार"] * 6)),
    ("nukta and no nukta", nukta_and_plain_are_kept_apart, stored(["अख़्तर", "अख्तर"])),
]


# Deleting what meetings refer to --------------------------------------------------------------


def delete_signatory(e: Env) -> None:
    person = e.services.directory.create_person("हस्ताक्षरकर्ता")
    meeting = e.save(e.draft())
    Signatory.create(meeting=meeting.id, person=person.id, name=person.name)
    e.services.directory.delete_person(person.id)


def delete_station(e: Env) -> None:
    e.services.directory.delete_place(e.station_id)


def delete_attendee(e: Env) -> None:
    person = e.services.directory.create_person("उपस्थित व्यक्ति")
    e.save(e.draft(attendance=[AttendanceLine(person.name, person_id=person.id)]))
    e.services.directory.delete_person(person.id)


def deactivate_keeps_history(e: Env) -> tuple[str, bool]:
    person = e.services.directory.create_person("सेवानिवृत्त अधिकारी")
    saved = e.save(e.draft(attendance=[AttendanceLine(person.name, person_id=person.id)]))
    e.services.directory.set_person_active(person.id, False)
    active = [p.id for p in e.services.directory.people()]
    return e.services.meetings.load(saved.id).attendance[0].name, person.id in active


def raw_delete_of_a_referenced_row(e: Env) -> None:
    # A reference no service check knows about still ends in a clear message, not a crash.
    person = e.services.directory.create_person("अनदेखा संदर्भ")
    e.save(e.draft(chair_id=person.id))
    with e.services.ctx.atomic():
        Person.delete().where(Person.id == person.id).execute()


REFERENCES: list[Case] = [
    ("delete a person who signed", delete_signatory, refused(ReferencedError, "signatures")),
    ("delete a station with meetings", delete_station, refused(ReferencedError, "inactive")),
    ("delete an attendee", delete_attendee, refused(ReferencedError, "Mark the person")),
    ("deactivate instead", deactivate_keeps_history, stored(("सेवानिवृत्त अधिकारी", False))),
    ("unchecked reference", raw_delete_of_a_referenced_row, refused(ReferencedError, "refer")),
]


# Malformed JSON archives ----------------------------------------------------------------------


def archive_file(content: str | bytes) -> Callable[[Env], Any]:
    def run(e: Env) -> Any:
        path = e.tmp / "archive.json"
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return import_archive(e.services.ctx.database, read_archive(path))

    return run


def archive_row(change: Callable[[dict], None]) -> Callable[[Env], Any]:
    """Export this database, damage one row, import into a new empty database."""

    def run(e: Env) -> Any:
        e.save(e.draft())
        data = copy.deepcopy(export_archive(e.services.ctx.database))
        change(data)
        target = open_database(e.tmp / "target.sqlite3")
        try:
            import_archive(target, data)
        finally:
            assert sum(m.select().count() for m in ALL_MODELS) == 0  # nothing half-imported
            target.close()
            open_database(e.services.ctx.database.database).close()  # rebind the models

    return run


HEADER = {"format": "liaison-desktop-archive", "version": 1, "tables": {}}

ARCHIVES: list[Case] = [
    ("empty file", archive_file(""), refused(ArchiveError, "cannot be read as JSON")),
    ("not UTF-8", archive_file(b'{"a": "\xff"}'), refused(ArchiveError, "cannot be read")),
    ("nested 100 000 deep", archive_file("[" * 100_000), refused(ArchiveError, "cannot be read")),
    ("a list", archive_file("[1, 2]"), refused(ArchiveError, "not a Liaison Desktop archive")),
    ("version 0", archive_file(json.dumps({**HEADER, "version": 0})), refused(ArchiveError, "not")),
    (
        "version NaN",
        archive_file(json.dumps(HEADER).replace("1", "NaN")),
        refused(ArchiveError, "not a Liaison"),
    ),
    (
        "number too big",
        archive_row(lambda a: a["tables"]["meeting"][0].update(number=2**70)),
        refused(ArchiveError, "number too large"),
    ),
    (
        "lone surrogate",
        archive_row(lambda a: a["tables"]["meeting"][0].update(title="बैठक\ud800")),
        refused(ArchiveError, "surrogates not allowed"),
    ),
    (
        "impossible date",
        archive_row(lambda a: a["tables"]["meeting"][0].update(meeting_date="2024-02-30")),
        refused(ArchiveError, "day is out of range"),
    ),
    (
        "number as text",
        archive_row(lambda a: a["tables"]["meeting"][0].update(number="1")),
        refused(ArchiveError, "expected int"),
    ),
]

CATALOGUE = DATES + TEXT + NAMES + REFERENCES + ARCHIVES


@pytest.fixture
def env(services: Services, tmp_path: Path) -> Env:
    station = services.directory.create_place("station", "कोतवाली")
    series = services.series.create_series("monthly_station", "मासिक", station=station.id)
    return Env(services, series.id, station.id, tmp_path)


@pytest.mark.parametrize(
    ("action", "expected"), [c[1:] for c in CATALOGUE], ids=[c[0] for c in CATALOGUE]
)
def test_bad_input(env: Env, action: Callable[[Env], Any], expected: Refused | Stored) -> None:
    if isinstance(expected, Refused):
        with pytest.raises(expected.error, match=expected.words):
            action(env)
    else:
        assert action(env) == expected.value
    database: peewee.Database = env.services.ctx.database
    assert integrity_problems(database.connection()) == []
