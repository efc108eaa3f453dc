"""What can be asked of the reports package, as plain values: which document, for what, how.

Kept apart from the rendering (and from ReportLab, which takes a noticeable time to import) so
the interface can build requests without loading it; requests are frozen and picklable, so they
also travel to worker processes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class DocumentKind(StrEnum):
    MINUTES = "minutes"
    ATTENDANCE = "attendance"
    REVIEW = "review"
    REGISTER = "register"
    COMPLIANCE = "compliance"

    @property
    def per_meeting(self) -> bool:
        return self in (DocumentKind.MINUTES, DocumentKind.ATTENDANCE, DocumentKind.REVIEW)


@dataclass(frozen=True)
class DocumentOptions:
    language: str | None = None  # None: the meeting's language (reports: the office default)
    filled: bool | None = None  # review sheet: None = filled once reviews have been recorded
    blank_rows: int = 8  # attendance sheet: numbered empty rows for walk-ins
    latest_version: bool = True  # print the newest amendment of the meeting asked for
    generated_at: dt.datetime | None = None  # footer time; None = the services' clock
    show_generated: bool = True  # False leaves the time out of the footer (reproducible output)
    invariant: bool = False  # ReportLab invariant mode: same input, same bytes


@dataclass(frozen=True)
class RegisterFilter:
    """Which items the register lists, and how it groups them."""

    station: str | None = None  # id, name, Latin name or code of a police station
    category: str | None = None  # an ActionCategory code
    overdue_only: bool = False
    group_by: str = "station"  # or "category"


@dataclass(frozen=True)
class DocumentRequest:
    kind: DocumentKind
    meeting: int | str | None = None  # id or UUID, for the meeting documents
    register: RegisterFilter = field(default_factory=RegisterFilter)
    quarter: tuple[int, int] | None = None  # (year, 1..4), for the compliance report
    options: DocumentOptions = field(default_factory=DocumentOptions)
