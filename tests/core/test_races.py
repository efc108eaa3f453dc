"""An editor's save racing a finalise (issue 13): final minutes never change.

The check "is it still a draft?" and the write it guards happen in one write transaction that
holds the lock from its first read (``BEGIN IMMEDIATE`` on SQLite), so a finalise either lands
before the save (which is then refused) or after it (and freezes what was saved).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading

import pytest

from liaison_desktop.core.errors import StateError
from liaison_desktop.core.services import Services
from liaison_desktop.core.services.meetings import MeetingService
from tests.core.meetings import meeting


def finalise_in_thread(services: Services, meeting_id: int) -> tuple[threading.Thread, list]:
    """Finalise on a second connection (peewee opens one per thread); what it raised, if any."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            services.lifecycle.finalise(meeting_id)
        except BaseException as error:  # handed to the test
            raised.append(error)
        finally:
            services.ctx.database.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, raised


def test_a_finalise_landing_between_the_check_and_the_write_does_not_change_final_minutes(
    services: Services, setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worst interleaving, forced: the finalise runs while the save is between reading the
    meeting and writing it. Before the fix the save then overwrote the final minutes."""
    _, series, _ = setup
    draft = meeting(services, series, dt.date(2024, 7, 5), ["सड़क की मरम्मत"])
    edited = services.meetings.load(draft.id)
    edited.agenda[0].decision = "बाद में बदला गया निर्णय"
    real = MeetingService._attendance_values
    raced: list[tuple[threading.Thread, list]] = []

    def finalise_meanwhile(self, line):
        if not raced:
            raced.append(finalise_in_thread(services, draft.id))
            # Long enough for the finalise to commit, unless the save holds the write lock.
            raced[0][0].join(timeout=1.0)
        return real(self, line)

    monkeypatch.setattr(MeetingService, "_attendance_values", finalise_meanwhile)
    # If the finalise came first, the save is refused, as it should be.
    with contextlib.suppress(StateError):
        services.meetings.save(edited)
    thread, raised = raced[0]
    thread.join(timeout=30)
    assert not thread.is_alive() and raised == []

    final = services.meetings.meeting(draft.id)
    assert final.status == "final"
    assert services.lifecycle.verify() == []
    assert final.content_hash == services.ledger.entries(str(final.uuid))[-1].seal


def test_a_hundred_saves_racing_finalise_leave_every_final_minutes_as_sealed(
    services: Services, setup
) -> None:
    _, series, _ = setup
    outcomes = {"saved first": 0, "refused": 0}
    for round_no in range(100):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=round_no)
        draft = meeting(services, series, day, [])
        edited = services.meetings.load(draft.id)
        edited.agenda[0].decision = f"दौड़ {round_no}"
        thread, raised = finalise_in_thread(services, draft.id)
        try:
            services.meetings.save(edited)
            outcomes["saved first"] += 1
        except StateError:
            outcomes["refused"] += 1
        thread.join(timeout=30)
        assert raised == []
    assert sum(outcomes.values()) == 100
    assert services.lifecycle.verify() == [], outcomes
