"""Queries behind the registers: open action items, and which stations met in which month.

These belong with the services (``services.actions``, ``services.schedule``) once those exist;
they live here until then, each one SELECT, so that moving them changes nothing for the documents.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from liaison_desktop.core import vocab
from liaison_desktop.core.dates import add_months, quarter_months
from liaison_desktop.core.errors import NotFoundError
from liaison_desktop.core.models import ActionItem, Meeting, MeetingSeries, Place
from liaison_desktop.i18n import QT_TRANSLATE_NOOP
from liaison_desktop.reports.meeting_data import ORIGIN, ActionRow, action_query, action_row

MSG_NO_STATION = QT_TRANSLATE_NOOP("LiaisonError", "No police station called “{name}”.")


@dataclass(frozen=True)
class RegisterFilter:
    station: str | None = None  # id, name, Latin name or code of a police station
    category: str | None = None  # an ActionCategory code
    overdue_only: bool = False
    group_by: str = "station"  # or "category"


@dataclass(frozen=True)
class RegisterEntry:
    action: ActionRow
    station: str  # the item's place, else the station of the meeting that raised it


def find_station(ref: str) -> Place:
    """A police station by id, name, Latin name or code (case-insensitive)."""
    text = ref.strip()
    match = (Place.name == text) | (fn.lower(Place.name_latin) == text.lower())
    match |= fn.lower(Place.code) == text.lower()
    if text.isdigit():
        match |= Place.id == int(text)
    station = (
        Place.select()
        .where((Place.kind == vocab.PlaceKind.STATION.value) & match)
        .order_by(Place.id)
        .first()
    )
    if station is None:
        raise NotFoundError(MSG_NO_STATION, name=ref)
    return station


def open_actions(register: RegisterFilter, today: dt.date) -> tuple[RegisterEntry, ...]:
    """Open and in-progress items (only the overdue ones, as an option), oldest first.

    Items raised by an amendment are left out, as in ``SeriesService.items_for_review``: the
    version it amends carries them.
    """
    series_station = Place.alias("series_station")
    query = (
        action_query(series_station.name.alias("series_station"))
        .join_from(
            MeetingSeries,
            series_station,
            JOIN.LEFT_OUTER,
            on=MeetingSeries.station == series_station.id,
        )
        .where(ActionItem.status.in_(vocab.OPEN_ACTION_STATUSES) & ORIGIN.amends.is_null())
    )
    if register.overdue_only:
        query = query.where(ActionItem.due_date < today)
    if register.category:
        query = query.where(ActionItem.category == register.category)
    if register.station:
        station = find_station(register.station)
        query = query.where(
            (ActionItem.place == station.id) | (MeetingSeries.station == station.id)
        )
    query = query.order_by(ORIGIN.meeting_date, ORIGIN.id, ActionItem.position)
    return tuple(
        RegisterEntry(action_row(row), row["place_name"] or row["series_station"] or "")
        for row in query.dicts()
    )


@dataclass(frozen=True)
class StationCompliance:
    station: str
    meetings: tuple[tuple[dt.date, ...], ...]  # meeting dates in each month of the quarter


def compliance(year: int, quarter: int) -> tuple[list[dt.date], list[StationCompliance]]:
    """For each active station with a monthly series: the dates it met in each month."""
    months = quarter_months(year, quarter)
    end = add_months(months[0], 3)
    series = list(
        MeetingSeries.select(MeetingSeries.id, Place.name.alias("station"))
        .join(Place, on=MeetingSeries.station == Place.id)
        .where(
            (MeetingSeries.kind == vocab.SeriesKind.MONTHLY_STATION.value)
            & (MeetingSeries.active == True)  # noqa: E712 - peewee expression
            & (Place.active == True)  # noqa: E712
        )
        .order_by(Place.name)
        .dicts()
    )
    dates: dict[str, list[set[dt.date]]] = {row["station"]: [set(), set(), set()] for row in series}
    station_of = {row["id"]: row["station"] for row in series}
    for row in (
        Meeting.select(Meeting.series, Meeting.meeting_date)
        .where(
            Meeting.series.in_(list(station_of))
            & (Meeting.meeting_date >= months[0])
            & (Meeting.meeting_date < end)
        )
        .dicts()
    ):
        date = row["meeting_date"]
        dates[station_of[row["series"]]][date.month - months[0].month].add(date)
    rows = [
        StationCompliance(station, tuple(tuple(sorted(month)) for month in per_month))
        for station, per_month in dates.items()
    ]
    return months, rows
