"""The benchmark district must look like a real one, or every figure measured on it is wrong: each
station series has its station (the dashboard counts them) and each closed item its closing date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bench.district import DistrictGenerator
from liaison_desktop.core.db import open_database
from liaison_desktop.core.models import ActionItem, MeetingSeries
from liaison_desktop.core.services import Services

STATIONS = 3


def test_series_have_stations_and_closed_items_dates(tmp_path: Path) -> None:
    path = tmp_path / "district.sqlite3"
    DistrictGenerator(seed=5, years=1, stations=STATIONS, actions_per_meeting=8).build(path)
    database = open_database(path)
    try:
        monthly = MeetingSeries.select().where(MeetingSeries.kind == "monthly_station")
        assert monthly.count() == STATIONS
        assert all(series.station_id is not None for series in monthly)
        quarterly = MeetingSeries.get(MeetingSeries.kind == "quarterly")
        assert quarterly.station_id is None

        closed = ActionItem.select().where(ActionItem.status.in_(("done", "dropped")))
        assert closed.count() > 0
        assert closed.where(ActionItem.closed_on.is_null()).count() == 0
        still_open = ActionItem.select().where(ActionItem.status.in_(("open", "in_progress")))
        assert still_open.where(ActionItem.closed_on.is_null(False)).count() == 0

        month = dt.date(2025, 12, 1)
        assert len(Services(database).schedule.station_months(month)) == STATIONS
    finally:
        database.close()
