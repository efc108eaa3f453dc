"""Saving and loading whole meetings; the review cycle's effect on action items."""

from __future__ import annotations

import datetime as dt

import pytest

from liaison_desktop.core.errors import StateError, ValidationError
from liaison_desktop.core.models import ActionItem, Attendance, AuditEntry, Meeting
from liaison_desktop.core.records import ActionLine, AgendaLine, AttendanceLine, MeetingDraft
from liaison_desktop.core.services import Services


@pytest.fixture
def series(services: Services):
    d = services.directory
    station = d.create_place("station", "कोतवाली", name_latin="Kotwali")
    ward = d.create_place("ward", "वार्ड 12")
    mandal = d.create_place("mandal", "कोतवाली मंडल")
    d.link(ward.id, station.id)
    d.link(ward.id, mandal.id)
    officer = d.create_person("विनोद कुमार मिश्र", organisation="police")
    d.appoint(
        officer.id,
        "station_officer",
        dt.date(2024, 1, 1),
        place_ref=station.id,
        designation="थाना प्रभारी, कोतवाली",
    )
    councillor = d.create_person("मीना त्रिवेदी", organisation="elected")
    d.appoint(
        councillor.id,
        "councillor",
        dt.date(2023, 1, 1),
        place_ref=ward.id,
        designation="पार्षद, वार्ड 12",
    )
    president = d.create_person("अशोक मिश्र", organisation="party")
    d.appoint(
        president.id,
        "mandal_president",
        dt.date(2023, 1, 1),
        place_ref=mandal.id,
        designation="मंडल अध्यक्ष",
    )
    return services.series.create_series("monthly_station", "कोतवाली मासिक बैठक", station=station.id)


def full_draft(services: Services, series, day: dt.date) -> MeetingDraft:
    draft = services.series.new_meeting(series.id, day)
    draft.start_time, draft.end_time = dt.time(11, 0), dt.time(12, 30)
    for line in draft.attendance:
        line.status = "present"
    draft.attendance.append(
        AttendanceLine(name="श्याम बिहारी", designation="स्थानीय नागरिक", status="present")
    )
    point = AgendaLine("सूखे नशे का गिरोह", "बच्चों को शामिल किया जा रहा है।", "पर्दाफ़ाश करेंगे।")
    draft.agenda.append(point)
    draft.actions.append(
        ActionLine(
            "गिरोह की पहचान",
            category="drugs",
            agenda_uuid=point.uuid,
            responsible_body="थाना पुलिस",
            due_date=day + dt.timedelta(30),
        )
    )
    draft.copy_to = ["पुलिस आयुक्त", "जिलाध्यक्ष"]
    return draft


def test_new_meeting_invites_by_office_on_the_date(services: Services, series) -> None:
    draft = services.series.new_meeting(series.id, dt.date(2024, 8, 5))
    assert [(a.name, a.designation) for a in draft.attendance] == [
        ("विनोद कुमार मिश्र", "थाना प्रभारी, कोतवाली"),
        ("मीना त्रिवेदी", "पार्षद, वार्ड 12"),
        ("अशोक मिश्र", "मंडल अध्यक्ष"),
    ]
    assert draft.number == 1 and draft.reviews == []


def test_save_and_load_round_trip(services: Services, series) -> None:
    draft = full_draft(services, series, dt.date(2024, 8, 5))
    saved = services.meetings.save(draft)
    assert saved.id is not None and saved.number == 1 and saved.status == "draft"
    again = services.meetings.load(saved.uuid)
    assert again == saved
    assert again.attendance[-1].name == "श्याम बिहारी"
    assert again.actions[0].agenda_uuid == again.agenda[0].uuid
    assert again.copy_to == ["पुलिस आयुक्त", "जिलाध्यक्ष"]


def test_editing_lines_updates_in_place_and_removes_dropped_ones(
    services: Services, series
) -> None:
    saved = services.meetings.save(full_draft(services, series, dt.date(2024, 8, 5)))
    first_uuid = saved.attendance[0].uuid
    saved.attendance[0].status = "absent"
    del saved.attendance[1]
    saved.agenda[0].decision = "संशोधित निर्णय"
    again = services.meetings.save(saved)
    assert again.attendance[0].uuid == first_uuid and again.attendance[0].status == "absent"
    assert len(again.attendance) == 3
    assert Attendance.select().count() == 3
    assert again.agenda[0].decision == "संशोधित निर्णय"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: setattr(d, "title", " "), "must not be empty"),
        (lambda d: setattr(d, "end_time", dt.time(9, 0)), "cannot end"),
        (
            lambda d: setattr(d.actions[0], "due_date", dt.date(2024, 8, 1)),
            "before the meeting date",
        ),
        (lambda d: setattr(d.actions[0], "category", "weather"), "not a valid"),
        (lambda d: setattr(d.attendance[0], "name", ""), "must not be empty"),
        (lambda d: setattr(d, "meeting_date", dt.date(1800, 1, 1)), "outside the years"),
        (lambda d: setattr(d.actions[0], "agenda_uuid", "nope"), "agenda point"),
    ],
)
def test_invalid_meetings_are_refused_and_nothing_is_saved(
    services: Services, series, change, message: str
) -> None:
    draft = full_draft(services, series, dt.date(2024, 8, 5))
    change(draft)
    with pytest.raises(ValidationError, match=message):
        services.meetings.save(draft)
    assert Meeting.select().count() == 0 and ActionItem.select().count() == 0
    assert AuditEntry.select().where(AuditEntry.entity == "meeting").count() == 0


def test_a_draft_only_proposes_a_review_and_final_minutes_record_it(
    services: Services, series
) -> None:
    first = services.meetings.save(full_draft(services, series, dt.date(2024, 8, 5)))
    second = services.series.new_meeting(series.id, dt.date(2024, 9, 5))
    assert [r.action_id for r in second.reviews] == [ActionItem.get().id]
    second.reviews[0].status, second.reviews[0].remark = "done", "तीन गिरफ़्तार"
    second = services.meetings.save(second)
    proposed = ActionItem.get()
    assert (proposed.status, proposed.closed_on, proposed.closing_remark) == ("open", None, "")
    assert services.actions.overdue_summary(dt.date(2024, 12, 1)).total == 1
    # Deleting the reviewing draft leaves the item as it was.
    services.meetings.delete(second.id)
    assert ActionItem.get().status == "open"

    second = full_draft(services, series, dt.date(2024, 9, 5))  # complete, to be made final
    second.actions.clear()
    second.chair_name, second.chair_designation = "विनोद कुमार मिश्र", "थाना प्रभारी, कोतवाली"
    second.reviews[0].status, second.reviews[0].remark = "done", "तीन गिरफ़्तार"
    second = services.meetings.save(second)
    services.lifecycle.finalise(second.id)
    item = ActionItem.get()
    assert (item.status, item.closed_on, item.closing_remark) == (
        "done",
        dt.date(2024, 9, 5),
        "तीन गिरफ़्तार",
    )
    assert services.actions.overdue_summary(dt.date(2024, 12, 1)).total == 0
    assert services.series.new_meeting(series.id, dt.date(2024, 10, 5)).reviews == []
    assert first.actions[0].uuid == str(item.uuid)


def test_a_meeting_cannot_review_its_own_or_later_items(services: Services, series) -> None:
    saved = services.meetings.save(full_draft(services, series, dt.date(2024, 8, 5)))
    from liaison_desktop.core.records import ReviewLine

    saved.reviews = [ReviewLine(action_id=ActionItem.get().id, status="done")]
    with pytest.raises(ValidationError, match="raised at this meeting"):
        services.meetings.save(saved)
    earlier = services.series.new_meeting(series.id, dt.date(2024, 7, 1))
    earlier.reviews = [ReviewLine(action_id=ActionItem.get().id, status="done")]
    with pytest.raises(ValidationError, match="raised after this meeting"):
        services.meetings.save(earlier)


def test_only_drafts_can_be_saved_or_deleted(services: Services, series) -> None:
    saved = services.meetings.save(full_draft(services, series, dt.date(2024, 8, 5)))
    Meeting.update(status="final").where(Meeting.id == saved.id).execute()
    with pytest.raises(StateError, match="cannot be changed"):
        services.meetings.save(saved)
    with pytest.raises(StateError):
        services.meetings.delete(saved.id)


def test_text_is_stored_faithfully(services: Services, series) -> None:
    draft = full_draft(services, series, dt.date(2024, 8, 5))
    huge = ("सूखे नशे का गिरोह सक्रिय है। " * 40_000)[:1_000_000]
    draft.agenda[0].discussion = huge
    draft.agenda[0].decision = "emoji 🚓 RTL שלום عربى\tटैब\nनई पंक्ति\x00\x07"
    again = services.meetings.load(services.meetings.save(draft).id)
    assert again.agenda[0].discussion == huge.strip()
    assert again.agenda[0].decision == "emoji 🚓 RTL שלום عربى\tटैब\nनई पंक्ति"
