"""Issue 3: the review cycle, draft → final → signed, amendments, tamper detection, audit."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from liaison_desktop.core.errors import StateError, ValidationError
from liaison_desktop.core.models import ActionItem, AuditEntry, Meeting
from liaison_desktop.core.records import ActionLine, MeetingDraft
from liaison_desktop.core.services import Services
from liaison_desktop.core.services.actions import ActionFilter
from liaison_desktop.core.services.ledger import MSG_SEALED_CHANGED
from liaison_desktop.core.services.lifecycle import SignatoryLine
from tests.core.meetings import meeting


def status_of(description: str) -> tuple[str, dt.date | None]:
    item = ActionItem.get(ActionItem.description == description)
    return item.status, item.closed_on


def test_carry_forward_across_four_meetings(services: Services, setup) -> None:
    _, series, _ = setup
    meeting(services, series, dt.date(2024, 7, 5), ["क", "ख", "ग"], final=True)
    second = meeting(
        services,
        series,
        dt.date(2024, 8, 5),
        ["घ"],
        {"क": "done", "ख": "in_progress"},
        final=True,
    )
    assert len(second.reviews) == 3
    assert status_of("क") == ("done", dt.date(2024, 8, 5))
    third = meeting(
        services, series, dt.date(2024, 9, 5), [], {"ख": "dropped", "घ": "in_progress"}, final=True
    )
    # क closed at the second meeting, so the third reviews only ख, ग, घ.
    reviewed = {ActionItem.get_by_id(r.action_id).description for r in third.reviews}
    assert reviewed == {"ख", "ग", "घ"}
    assert status_of("ख") == ("dropped", dt.date(2024, 9, 5))
    fourth = services.series.new_meeting(series.id, dt.date(2024, 10, 5))
    # ग was never touched and घ is in progress: both still carried forward, three meetings on.
    assert {ActionItem.get_by_id(r.action_id).description for r in fourth.reviews} == {"ग", "घ"}
    history = services.actions.history(ActionItem.get(ActionItem.description == "ख").id)
    assert [(r.meeting_date, r.status) for r in history.reviews] == [
        (dt.date(2024, 8, 5), "in_progress"),
        (dt.date(2024, 9, 5), "dropped"),
    ]


def test_open_items_of_the_station_from_other_series_on_request(services: Services, setup) -> None:
    station, series, _ = setup
    quarterly = services.series.create_series("quarterly", "त्रैमासिक समीक्षा")
    draft = MeetingDraft(series_id=quarterly.id, title="त्रैमासिक", meeting_date=dt.date(2024, 7, 20))
    draft.actions.append(ActionLine("चकेरी में गश्त", place_id=station.id))
    draft.actions.append(ActionLine("शहर में जाम"))
    services.meetings.save(draft)
    plain = services.series.new_meeting(series.id, dt.date(2024, 8, 5))
    wider = services.series.new_meeting(series.id, dt.date(2024, 8, 5), include_station_items=True)
    assert plain.reviews == []
    assert [ActionItem.get_by_id(r.action_id).description for r in wider.reviews] == ["चकेरी में गश्त"]


def test_default_invitees_follow_a_transfer(services: Services, setup) -> None:
    station, series, _ = setup
    new = services.directory.create_person("अजय क्षेत्रपाल", organisation="police")
    services.directory.appoint(
        new.id,
        "station_officer",
        dt.date(2024, 8, 15),
        place_ref=station.id,
        designation="थाना प्रभारी, चकेरी",
        end_previous=True,
    )
    before = services.series.new_meeting(series.id, dt.date(2024, 8, 5))
    after = services.series.new_meeting(series.id, dt.date(2024, 9, 5))
    assert before.attendance[0].name == "राजेश कुमार सिंह"
    assert after.attendance[0].name == "अजय क्षेत्रपाल"
    assert [a.name for a in after.attendance[1:]] == ["पूनम सचान"]


def test_state_machine_and_refused_transitions(services: Services, setup) -> None:
    _, series, _ = setup
    draft = meeting(services, series, dt.date(2024, 7, 5), ["क"])
    lc = services.lifecycle
    with pytest.raises(StateError, match="needs a meeting that is final"):
        lc.sign(draft.id, dt.date(2024, 7, 8), [SignatoryLine("अध्यक्ष")])
    with pytest.raises(StateError, match="final or signed"):
        lc.amend(draft.id, "कारण")
    final = lc.finalise(draft.id)
    assert final.status == "final"
    assert final.reference_no == "KNP/LC/CKR/2024/001"
    assert len(final.content_hash) == 64
    with pytest.raises(StateError, match="needs a meeting that is a draft"):
        lc.finalise(draft.id)
    with pytest.raises(StateError, match="cannot be changed"):
        services.meetings.save(services.meetings.load(draft.id))
    with pytest.raises(StateError):
        services.meetings.delete(draft.id)
    with pytest.raises(ValidationError, match="before the meeting"):
        lc.sign(draft.id, dt.date(2024, 7, 1), [SignatoryLine("अध्यक्ष")])
    with pytest.raises(ValidationError, match="in the future"):
        lc.sign(draft.id, dt.date(2030, 1, 1), [SignatoryLine("अध्यक्ष")])
    with pytest.raises(ValidationError, match="at least one person"):
        lc.sign(draft.id, dt.date(2024, 7, 8), [SignatoryLine("  ")])
    with pytest.raises(StateError, match="needs a meeting that is signed"):
        lc.attach(draft.id, "scan.pdf", b"%PDF-1.4 scan", "signed_copy")
    signed = lc.sign(draft.id, dt.date(2024, 7, 8), lc.default_signatories(draft.id))
    assert (signed.status, signed.signed_on) == ("signed", dt.date(2024, 7, 8))
    assert [s.name for s in lc.signatories(draft.id)] == ["अध्यक्ष"]
    scan = lc.attach(draft.id, "/scans/हस्ताक्षरित.pdf", b"%PDF-1.4 scan", "signed_copy")
    assert scan.filename == "हस्ताक्षरित.pdf" and len(scan.sha256) == 64
    with pytest.raises(StateError, match="needs a meeting that is final"):
        lc.sign(draft.id, dt.date(2024, 7, 9), [SignatoryLine("अध्यक्ष")])
    assert lc.verify() == []


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda d: setattr(d, "chair_name", ""), "chaired"),
        (lambda d: d.agenda.clear() or d.actions.clear(), "agenda point"),
        (lambda d: setattr(d.attendance[0], "status", "invited"), "present, absent"),
    ],
)
def test_incomplete_minutes_cannot_be_made_final(services: Services, setup, spoil, message) -> None:
    _, series, _ = setup
    draft = meeting(services, series, dt.date(2024, 7, 5), ["क"])
    spoil(draft)
    services.meetings.save(draft)
    with pytest.raises(ValidationError, match=message):
        services.lifecycle.finalise(draft.id)
    assert Meeting.get_by_id(draft.id).status == "draft"


def test_reference_numbers_count_per_series_and_year(services: Services, setup) -> None:
    _, series, _ = setup
    refs = []
    for day in (dt.date(2024, 11, 5), dt.date(2024, 12, 5), dt.date(2025, 1, 5)):
        refs.append(services.lifecycle.finalise(meeting(services, series, day, []).id).reference_no)
    assert refs == ["KNP/LC/CKR/2024/001", "KNP/LC/CKR/2024/002", "KNP/LC/CKR/2025/001"]


def test_tampering_outside_the_application_is_detected(
    services: Services, setup, db_path: Path
) -> None:
    _, series, _ = setup
    first = meeting(services, series, dt.date(2024, 7, 5), ["क"])
    services.lifecycle.finalise(first.id)
    # A later review changes the item's status: that is not tampering with the first minutes.
    meeting(services, series, dt.date(2024, 8, 5), [], {"क": "done"})
    assert services.lifecycle.verify() == []
    raw = sqlite3.connect(db_path)
    raw.execute(
        "UPDATE agenda_item SET decision = 'कोई निर्णय नहीं' WHERE meeting_id = ?", (first.id,)
    )
    raw.commit()
    raw.close()
    problems = services.lifecycle.verify()
    assert [(p.meeting_id, p.template, p.params["fields"]) for p in problems] == [
        (first.id, MSG_SEALED_CHANGED, "agenda")
    ]


def test_amendment_chain_of_two_versions(services: Services, setup) -> None:
    _, series, _ = setup
    lc = services.lifecycle
    original = meeting(services, series, dt.date(2024, 7, 5), ["क"])
    lc.finalise(original.id)
    lc.sign(original.id, dt.date(2024, 7, 8), lc.default_signatories(original.id))
    with pytest.raises(ValidationError, match="must not be empty"):
        lc.amend(original.id, "  ")
    first_fix = lc.amend(original.id, "निर्णय में त्रुटि")
    assert first_fix.status == "draft" and first_fix.number == original.number
    assert [a.name for a in first_fix.attendance] == [a.name for a in original.attendance]
    assert first_fix.attendance[0].uuid != original.attendance[0].uuid
    first_fix.agenda[0].decision = "संशोधित निर्णय"
    services.meetings.save(first_fix)
    with pytest.raises(StateError, match="already has a newer version"):
        lc.amend(original.id, "दोबारा")
    v2 = lc.finalise(first_fix.id)
    assert v2.reference_no == "KNP/LC/CKR/2024/001/A1"
    second_fix = lc.amend(v2.id, "नाम की वर्तनी")
    v3 = lc.finalise(second_fix.id)
    assert v3.reference_no == "KNP/LC/CKR/2024/001/A2"
    chain = lc.versions(original.id)
    assert [m.id for m in chain] == [original.id, v2.id, v3.id]
    assert lc.latest_version(original.id).id == v3.id
    # The original is untouched and still verifies; action items stay with it.
    assert services.meetings.load(original.id).agenda[0].decision == "निर्णय लिया गया।"
    assert ActionItem.select().count() == 1
    assert lc.verify() == []
    # The sitting is counted once.
    assert services.schedule.station_months(dt.date(2024, 7, 1))[0].meetings == (
        (original.id, dt.date(2024, 7, 5)),
    )


def test_every_change_leaves_an_audit_entry(services: Services, setup) -> None:
    _, series, _ = setup
    lc = services.lifecycle
    m = meeting(services, series, dt.date(2024, 7, 5), ["क"])
    lc.finalise(m.id)
    lc.sign(m.id, dt.date(2024, 7, 8), lc.default_signatories(m.id))
    lc.attach(m.id, "scan.png", b"\x89PNG\r\n\x1a\n....", "signed_copy")
    version = lc.amend(m.id, "त्रुटि")
    actions = [e.action for e in services.audit.history(m.uuid)]
    assert actions == ["create", "finalise", "sign", "attach", "amended_by"]
    assert [e.action for e in services.audit.history(version.uuid)][:2] == ["amend", "update"]
    assert {e.operator for e in AuditEntry.select()} == {"परीक्षक"}
    services.actions.set_status([ActionItem.get().id], "done", "कार्यालय को सूचना मिली")
    assert services.audit.history(str(ActionItem.get().uuid))[-1].action == "status"


def test_schedule_due_and_compliance(services: Services, setup) -> None:
    _, series, _ = setup
    quarterly = services.series.create_series(
        "quarterly", "त्रैमासिक समीक्षा", start_date=dt.date(2024, 7, 1)
    )
    meeting(services, series, dt.date(2024, 7, 5), [])
    meeting(services, series, dt.date(2024, 9, 28), [])
    due = {d.series_id: d for d in services.schedule.due_meetings(dt.date(2024, 11, 10))}
    # Calendar months: met in September, due by the end of October, late from 1 November.
    assert due[series.id].due_on == dt.date(2024, 10, 31) and due[series.id].overdue_days == 10
    on_time = services.schedule.due_meetings(dt.date(2024, 10, 31))
    assert not next(d for d in on_time if d.series_id == series.id).overdue
    assert due[quarterly.id].last_meeting is None and due[quarterly.id].overdue
    result = services.schedule.compliance(2024, 3)
    assert [r.months_met for r in result.rows] == [2]
    assert [bool(m) for m in result.rows[0].months] == [True, False, True]
    missing = services.schedule.stations_without_meeting(dt.date(2024, 8, 20))
    assert [m.station_name for m in missing] == ["चकेरी"]


def test_overdue_summary_matches_rows(demo: Services) -> None:
    today = demo.ctx.today()
    summary = demo.actions.overdue_summary(today)
    rows = demo.actions.rows(ActionFilter(overdue_as_of=today))
    assert summary.total == len(rows) > 0
    assert sum(n for _, n in summary.by_category) == len(rows)
    assert all(row.overdue_days(today) > 0 for row in rows)
