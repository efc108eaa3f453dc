"""Places, people and appointments over time."""

from __future__ import annotations

import datetime as dt

import pytest

from liaison_desktop.core.errors import NotFoundError, ReferencedError, ValidationError
from liaison_desktop.core.models import AuditEntry
from liaison_desktop.core.records import AttendanceLine, MeetingDraft
from liaison_desktop.core.services import Services


@pytest.fixture
def station(services: Services):
    return services.directory.create_place("station", "चकेरी", name_latin="Chakeri", code="CKR")


def test_place_validation(services: Services) -> None:
    with pytest.raises(ValidationError, match="must not be empty") as info:
        services.directory.create_place("station", "   ")
    assert info.value.field == "Name"
    with pytest.raises(ValidationError, match="not a valid"):
        services.directory.create_place("galaxy", "कहीं")


def test_wards_belong_to_stations_and_mandals(services: Services, station) -> None:
    d = services.directory
    ward = d.create_place("ward", "वार्ड 7")
    mandal = d.create_place("mandal", "चकेरी मंडल")
    d.link(ward.id, station.id)
    d.link(ward.id, mandal.id)
    d.link(ward.id, station.id)  # linking twice is harmless
    assert [p.name for p in d.children(station.id, "ward")] == ["वार्ड 7"]
    assert [p.name for p in d.parents(ward.id, "mandal")] == ["चकेरी मंडल"]
    with pytest.raises(ValidationError):
        d.link(ward.id, ward.id)
    d.unlink(ward.id, station.id)
    assert d.children(station.id) == []


def test_transferred_station_officer_is_right_on_each_date(services: Services, station) -> None:
    d = services.directory
    old = d.create_person("राजेश कुमार सिंह", organisation="police")
    new = d.create_person("अजय क्षेत्रपाल", organisation="police")
    d.appoint(
        old.id,
        "station_officer",
        dt.date(2023, 4, 1),
        place_ref=station.id,
        designation="थाना प्रभारी, चकेरी",
    )
    d.appoint(
        new.id,
        "station_officer",
        dt.date(2024, 10, 1),
        place_ref=station.id,
        designation="थाना प्रभारी, चकेरी",
        end_previous=True,
    )
    before = d.holders("station_officer", station.id, dt.date(2024, 9, 30))
    after = d.holders("station_officer", station.id, dt.date(2024, 10, 1))
    assert [a.person.name for a in before] == ["राजेश कुमार सिंह"]
    assert [a.person.name for a in after] == ["अजय क्षेत्रपाल"]
    assert d.appointments(old.id)[0].end_date == dt.date(2024, 9, 30)
    assert d.designation_on(old.id, dt.date(2024, 1, 1)) == "थाना प्रभारी, चकेरी"
    assert d.designation_on(old.id, dt.date(2025, 1, 1)) == ""


def test_appointment_cannot_end_before_it_starts(services: Services, station) -> None:
    person = services.directory.create_person("सुनीता देवी")
    with pytest.raises(ValidationError, match="cannot end"):
        services.directory.appoint(
            person.id, "councillor", dt.date(2024, 5, 1), end_date=dt.date(2024, 4, 1)
        )


def test_type_ahead_finds_devanagari_and_latin_spellings(services: Services) -> None:
    d = services.directory
    d.create_person("श्रद्धा अवस्थी", name_latin="Shraddha Awasthi")
    d.create_person("रमेश अवस्थी", name_latin="Ramesh Awasthi")
    d.create_person("क्षितिज त्रिपाठी", name_latin="Kshitij Tripathi")
    assert [p.name for p in d.find_people("अवस्थी")] == ["रमेश अवस्थी", "श्रद्धा अवस्थी"]
    assert [p.name for p in d.find_people("shr")] == ["श्रद्धा अवस्थी"]
    assert [p.name for p in d.find_people("क्षि")] == ["क्षितिज त्रिपाठी"]
    assert d.find_people("  ") == []


def test_mobile_numbers_accept_devanagari_digits(services: Services) -> None:
    person = services.directory.create_person("मीना", mobile="९८३९० १२३४५")
    assert person.mobile == "98390 12345"
    with pytest.raises(ValidationError, match="not a phone number"):
        services.directory.create_person("मीना", mobile="call me")


def test_referenced_people_and_places_are_kept(services: Services, station) -> None:
    d = services.directory
    person = d.create_person("रामकिशोर गुप्ता")
    series = services.series.create_series("monthly_station", "चकेरी मासिक", station=station.id)
    services.meetings.save(
        MeetingDraft(
            series_id=series.id,
            title="बैठक",
            meeting_date=dt.date(2024, 8, 1),
            attendance=[AttendanceLine(name=person.name, person_id=person.id)],
        )
    )
    with pytest.raises(ReferencedError, match="Mark the person inactive"):
        d.delete_person(person.id)
    with pytest.raises(ReferencedError, match="Mark it inactive"):
        d.delete_place(station.id)
    d.set_person_active(person.id, False)
    assert person.id not in [p.id for p in d.people()]
    assert d.person(person.id).name == "रामकिशोर गुप्ता"  # history kept
    unused = d.create_person("अनजान व्यक्ति")
    d.delete_person(unused.id)
    with pytest.raises(NotFoundError):
        d.person(unused.id)


def test_every_change_is_audited_with_operator(services: Services, station) -> None:
    services.directory.update_place(station.id, name="चकेरी थाना")
    entries = services.audit.history(str(station.uuid))
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].operator == "परीक्षक"
    assert "चकेरी थाना" in entries[1].details
    assert AuditEntry.select().count() == 2


def test_names_differing_only_by_nukta_or_spacing_are_distinct_people(services: Services) -> None:
    a = services.directory.create_person("अख़्तर हुसैन")
    b = services.directory.create_person("अख्तर  हुसैन")
    assert a.id != b.id
    assert services.directory.person(a.id).name == "अख़्तर हुसैन"


def test_a_designation_left_empty_prints_role_and_place_in_the_papers_language(
    services: Services, station
) -> None:
    d = services.directory
    ward = d.create_place("ward", "वार्ड 12", name_latin="Ward 12")
    d.link(ward.id, station.id)
    councillor = d.create_person("सुनीता देवी", organisation="elected")
    d.appoint(councillor.id, "councillor", dt.date(2024, 1, 1), place_ref=ward.id)
    citizen = d.create_person("रमेश चंद्र जैन", organisation="citizen")
    d.appoint(citizen.id, "respected_citizen", dt.date(2024, 1, 1))
    day = dt.date(2025, 1, 20)
    assert d.designation_on(councillor.id, day) == "पार्षद, वार्ड 12"
    assert d.designation_on(councillor.id, day, "en") == "Ward councillor, Ward 12"
    assert d.designation_on(citizen.id, day) == "संभ्रांत नागरिक"

    series = services.series.create_series(
        "monthly_station", "चकेरी मासिक बैठक", station=station.id
    )
    draft = services.series.new_meeting(series.id, day)
    assert [(a.name, a.designation) for a in draft.attendance] == [
        ("सुनीता देवी", "पार्षद, वार्ड 12")
    ]
