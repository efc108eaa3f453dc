"""A whole meeting as one editable value: what the editor shows, saves, autosaves and hashes.

Every line (attendance, agenda point, action item) carries a UUID from the moment it is created in
the editor, so a save can tell new lines from changed ones without integer keys, an action item can
point at an agenda point that has not been saved yet, and an autosaved copy (plain JSON) can be
restored after a crash.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from liaison_desktop.core.dates import as_date


def new_uuid() -> str:
    return str(uuid.uuid4())


@dataclass
class AttendanceLine:
    name: str
    designation: str = ""
    area: str = ""
    mobile: str = ""
    status: str = "invited"
    represented_by: str = ""
    person_id: int | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class AgendaLine:
    title: str
    discussion: str = ""
    decision: str = ""
    uuid: str = field(default_factory=new_uuid)


@dataclass
class ActionLine:
    """An action item raised at this meeting. Its status is not edited here: it starts open and
    follows the reviews of later meetings."""

    description: str
    category: str = "other"
    place_id: int | None = None
    responsible_person_id: int | None = None
    responsible_body: str = ""
    due_date: dt.date | None = None
    agenda_uuid: str | None = None
    uuid: str = field(default_factory=new_uuid)


@dataclass
class ReviewLine:
    """The review, at this meeting, of an action item raised at an earlier one."""

    action_id: int
    status: str
    remark: str = ""


@dataclass
class MeetingDraft:
    series_id: int
    title: str
    meeting_date: dt.date
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    venue: str = ""
    chair_id: int | None = None
    chair_name: str = ""
    chair_designation: str = ""
    recorded_by_id: int | None = None
    recorded_by_name: str = ""
    recorded_by_designation: str = ""
    language: str = "hi"
    notes: str = ""
    attendance: list[AttendanceLine] = field(default_factory=list)
    agenda: list[AgendaLine] = field(default_factory=list)
    actions: list[ActionLine] = field(default_factory=list)
    reviews: list[ReviewLine] = field(default_factory=list)
    copy_to: list[str] = field(default_factory=list)
    # Set by the database; read-only in the editor.
    id: int | None = None
    uuid: str = field(default_factory=new_uuid)
    number: int | None = None
    status: str = "draft"
    reference_no: str | None = None
    # An amendment: the version it corrects, that version's reference, why, and how many action
    # items the earlier versions raised (they print with it; see reports.meeting_data).
    amends_id: int | None = None
    amends_reference: str | None = None
    amendment_reason: str = ""
    earlier_actions: int = 0

    def texts(self) -> list[str]:
        """Every text the clerk typed in this meeting (for checks that apply to all of them)."""
        found: list[str] = []

        def walk(value: Any) -> None:
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)

        walk(asdict(self))
        return found

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-ready data (dates as ISO strings), for the recovery slot."""
        return _jsonable(asdict(self))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MeetingDraft:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["meeting_date"] = dt.date.fromisoformat(values["meeting_date"])
        for key in ("start_time", "end_time"):
            if values.get(key):
                values[key] = dt.time.fromisoformat(values[key])
        values["attendance"] = [AttendanceLine(**line) for line in values.get("attendance", [])]
        values["agenda"] = [AgendaLine(**line) for line in values.get("agenda", [])]
        values["actions"] = [
            ActionLine(**{**line, "due_date": as_date(line.get("due_date"))})
            for line in values.get("actions", [])
        ]
        values["reviews"] = [ReviewLine(**line) for line in values.get("reviews", [])]
        return cls(**values)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value
