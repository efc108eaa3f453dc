"""The recovery slot: autosaved drafts survive, belong to one database, and never half-written."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from liaison_desktop.core.paths import AppPaths
from liaison_desktop.core.records import ActionLine, AgendaLine, AttendanceLine, MeetingDraft
from liaison_desktop.core.recovery import RecoveryStore

AT = dt.datetime(2025, 1, 15, 10, 30)


def draft(title: str = "कोतवाली मासिक बैठक — 03-02-2025") -> MeetingDraft:
    point = AgendaLine("जाम 🚦", discussion="पंक्ति एक\nपंक्ति दो — عربى")
    return MeetingDraft(
        series_id=3,
        title=title,
        meeting_date=dt.date(2025, 2, 3),
        start_time=dt.time(11, 0),
        attendance=[AttendanceLine("मीना त्रिवेदी", status="present", person_id=7)],
        agenda=[point],
        actions=[ActionLine("ट्रैफ़िक", agenda_uuid=point.uuid, due_date=dt.date(2025, 3, 1))],
    )


def test_snapshot_round_trip_is_exact(tmp_path: Path) -> None:
    store = RecoveryStore(AppPaths.resolve().recovery_dir, tmp_path / "liaison.sqlite3")
    original = draft()
    store.keep(original.to_json(), AT)
    assert store.load(original.uuid) == original
    [snapshot] = store.snapshots()
    assert (snapshot.title, snapshot.meeting_date, snapshot.saved_at) == (
        original.title,
        dt.date(2025, 2, 3),
        AT,
    )
    assert snapshot.is_new and snapshot.draft == original


def test_later_autosaves_replace_the_snapshot_and_discard_removes_it(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery", tmp_path / "liaison.sqlite3")
    first, second = draft("पहली"), draft("दूसरी")
    store.keep(first.to_json(), AT)
    store.keep(second.to_json(), AT + dt.timedelta(minutes=1))
    first.title = "पहली, बदली हुई"
    store.keep(first.to_json(), AT + dt.timedelta(minutes=2))
    assert [s.title for s in store.snapshots()] == ["पहली, बदली हुई", "दूसरी"]
    assert len(list((tmp_path / "recovery").iterdir())) == 2  # no temporary files left
    store.forget(first.uuid)
    store.forget(first.uuid)  # twice is harmless
    assert [s.title for s in store.snapshots()] == ["दूसरी"]


def test_snapshots_belong_to_their_database(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    real = RecoveryStore(folder, tmp_path / "liaison.sqlite3")
    demo = RecoveryStore(folder, tmp_path / "demo.sqlite3")
    same = draft()
    real.keep(same.to_json(), AT)
    copy_in_demo = MeetingDraft.from_json({**same.to_json(), "title": "डेमो"})
    demo.keep(copy_in_demo.to_json(), AT)  # the same meeting UUID in a copied database
    assert [s.title for s in real.snapshots()] == [same.title]
    assert [s.title for s in demo.snapshots()] == ["डेमो"]
    as_url = RecoveryStore(folder, f"sqlite:///{tmp_path / 'liaison.sqlite3'}")
    assert [s.title for s in as_url.snapshots()] == [same.title]


def test_unreadable_snapshots_are_kept_aside_not_deleted(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    store = RecoveryStore(folder, tmp_path / "liaison.sqlite3")
    good = draft()
    path = store.keep(good.to_json(), AT)
    broken = path.with_name(path.name.replace(good.uuid, "0" * 8 + good.uuid[8:]))
    broken.write_text('{"format": "liaison-desktop-recovery", "version": 1, "draft": {', "utf-8")
    wrong = path.with_name(path.name.replace(good.uuid, "1" * 8 + good.uuid[8:]))
    wrong.write_text(json.dumps({"format": "liaison-desktop-recovery", "version": 1}), "utf-8")
    newer = path.with_name(path.name.replace(good.uuid, "2" * 8 + good.uuid[8:]))
    newer.write_text(json.dumps({"format": "liaison-desktop-recovery", "version": 9}), "utf-8")
    assert [s.meeting_uuid for s in store.snapshots()] == [good.uuid]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [path.name, broken.name + ".unreadable", wrong.name + ".unreadable", newer.name]
    )
