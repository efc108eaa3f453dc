"""Fixtures of the core tests: a small office with one station's monthly series."""

from __future__ import annotations

import datetime as dt

import pytest

from liaison_desktop.core.services import Services


@pytest.fixture
def setup(services: Services):
    d = services.directory
    services.office.save_profile(name="जिला कार्यालय, कानपुर नगर", reference_prefix="KNP/LC")
    station = d.create_place("station", "चकेरी", name_latin="Chakeri")
    ward = d.create_place("ward", "वार्ड 3")
    mandal = d.create_place("mandal", "चकेरी मंडल")
    d.link(ward.id, station.id)
    d.link(ward.id, mandal.id)
    old_officer = d.create_person("राजेश कुमार सिंह", organisation="police")
    d.appoint(
        old_officer.id,
        "station_officer",
        dt.date(2023, 1, 1),
        place_ref=station.id,
        designation="थाना प्रभारी, चकेरी",
    )
    councillor = d.create_person("पूनम सचान", organisation="elected")
    d.appoint(
        councillor.id,
        "councillor",
        dt.date(2023, 1, 1),
        place_ref=ward.id,
        designation="पार्षद, वार्ड 3",
    )
    series = services.series.create_series(
        "monthly_station", "चकेरी मासिक बैठक", station=station.id, code="CKR"
    )
    return station, series, old_officer
