"""The meeting cadence: what is due, what is overdue, and which stations met in which months.

Cadence is counted in calendar months, as offices count it: a monthly series that met in November
is due by 31 December (late from 1 January), whatever day of November it met; a quarterly series
that met in September is due by the end of December. So "not met this month" (the dashboard) and
"overdue" never disagree with the compliance report, which is by calendar month.

A sitting counts once: amendments are versions of the same meeting, so only original meetings
(``amends`` empty) are counted here.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from peewee import JOIN, fn

from liaison_desktop.core import vocab
from liaison_desktop.core.dates import add_months, as_date, month_end, quarter_months
from liaison_desktop.core.models import Meeting, MeetingSeries, Place
from liaison_desktop.core.services.context import ServiceContext


@dataclass(frozen=True)
class DueMeeting:
    series_id: int
    series_name: str
    kind: str
    station_name: str
    last_meeting: dt.date | None
    due_on: dt.date
    overdue_days: int  # 0 when not yet overdue

    @property
    def overdue(self) -> bool:
        return self.overdue_days > 0


@dataclass(frozen=True)
class StationMonth:
    """One station's monthly series in one month: the meetings it held then (maybe none)."""

    series_id: int
    station_id: int
    station_name: str
    meetings: tuple[tuple[int, dt.date], ...]  # (meeting id, date)

    @property
    def met(self) -> bool:
        return bool(self.meetings)


@dataclass(frozen=True)
class ComplianceRow:
    series_id: int
    station_id: int
    station_name: str
    months: tuple[tuple[tuple[int, dt.date], ...], ...]  # (meeting id, date) per month

    @property
    def months_met(self) -> int:
        return sum(1 for dates in self.months if dates)


@dataclass(frozen=True)
class Compliance:
    year: int
    quarter: int
    months: tuple[dt.date, ...]  # first day of each month
    rows: tuple[ComplianceRow, ...]

    @property
    def fully_compliant(self) -> int:
        return sum(1 for row in self.rows if row.months_met == len(self.months))


class ScheduleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def due_meetings(self, as_of: dt.date | None = None) -> list[DueMeeting]:
        """For every active series with a cadence: the last day its next meeting is due (the end
        of the calendar month ``cadence`` months after the last meeting's) and how late it is. A
        series that never met is due from its start date (or at once)."""
        as_of = as_of or self.ctx.today()
        station = Place.alias()
        last = (
            Meeting.select(Meeting.series, fn.MAX(Meeting.meeting_date).alias("last"))
            .where(Meeting.amends.is_null() & (Meeting.meeting_date <= as_of))
            .group_by(Meeting.series)
        )
        rows = (
            MeetingSeries.select(MeetingSeries, station.name.alias("station_name"), last.c.last)
            .join(station, JOIN.LEFT_OUTER, on=MeetingSeries.station == station.id)
            .join(last, JOIN.LEFT_OUTER, on=last.c.series_id == MeetingSeries.id)
            .where((MeetingSeries.active == True) & (MeetingSeries.cadence_months > 0))  # noqa: E712
            .order_by(MeetingSeries.kind.desc(), MeetingSeries.name)
            .dicts()
        )
        result = []
        for row in rows:
            last_date = as_date(row["last"])
            if last_date is not None:
                due = month_end(add_months(last_date.replace(day=1), row["cadence_months"]))
            else:
                due = as_date(row["start_date"]) or as_of
            result.append(
                DueMeeting(
                    series_id=row["id"],
                    series_name=row["name"],
                    kind=row["kind"],
                    station_name=row["station_name"] or "",
                    last_meeting=last_date,
                    due_on=due,
                    overdue_days=max(0, (as_of - due).days),
                )
            )
        return result

    def station_months(self, month: dt.date) -> list[StationMonth]:
        """Every active monthly station series and the meetings it held in ``month``."""
        first = month.replace(day=1)
        return [
            StationMonth(row.series_id, row.station_id, row.station_name, row.months[0])
            for row in self._station_rows([first])
        ]

    def stations_without_meeting(self, month: dt.date | None = None) -> list[StationMonth]:
        """Stations that have not held their monthly meeting in ``month`` (default: this month)."""
        return [row for row in self.station_months(month or self.ctx.today()) if not row.met]

    def compliance(self, year: int, quarter: int) -> Compliance:
        """Which stations held their monthly meeting in each month of a calendar quarter."""
        months = quarter_months(year, quarter)
        return Compliance(year, quarter, tuple(months), tuple(self._station_rows(months)))

    def _station_rows(self, months: list[dt.date]) -> list[ComplianceRow]:
        start, end = months[0], add_months(months[-1], 1)
        series = list(
            MeetingSeries.select(MeetingSeries, Place)
            .join(Place, on=MeetingSeries.station == Place.id)
            .where(
                (MeetingSeries.kind == vocab.SeriesKind.MONTHLY_STATION.value)
                & (MeetingSeries.active == True)  # noqa: E712 - peewee expression
            )
            .order_by(Place.name)
        )
        held: dict[int, list[tuple[int, dt.date]]] = defaultdict(list)
        for meeting_id, series_id, date in (
            Meeting.select(Meeting.id, Meeting.series, Meeting.meeting_date)
            .where(
                Meeting.amends.is_null()
                & (Meeting.meeting_date >= start)
                & (Meeting.meeting_date < end)
            )
            .order_by(Meeting.meeting_date)
            .tuples()
        ):
            held[series_id].append((meeting_id, as_date(date)))
        rows = []
        for s in series:
            per_month = tuple(
                tuple((mid, d) for mid, d in held[s.id] if (d.year, d.month) == (m.year, m.month))
                for m in months
            )
            rows.append(ComplianceRow(s.id, s.station_id, s.station.name, per_month))
        return rows


def soonest_quarterly(due: list[DueMeeting]) -> DueMeeting | None:
    """The quarterly review due soonest (the dashboard's "next quarterly meeting")."""
    quarterly = [d for d in due if d.kind == vocab.SeriesKind.QUARTERLY]
    return min(quarterly, key=lambda d: d.due_on, default=None)
