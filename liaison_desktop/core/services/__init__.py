"""The services: everything the GUI, the CLI and the tests do to the data goes through here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

import peewee

from liaison_desktop.core.services.actions import ActionService
from liaison_desktop.core.services.audit import AuditService
from liaison_desktop.core.services.context import ServiceContext, real_clock
from liaison_desktop.core.services.dashboard import DashboardService
from liaison_desktop.core.services.directory import DirectoryService
from liaison_desktop.core.services.ledger import LedgerService
from liaison_desktop.core.services.lifecycle import LifecycleService
from liaison_desktop.core.services.meetings import MeetingService
from liaison_desktop.core.services.office import OfficeService
from liaison_desktop.core.services.schedule import ScheduleService
from liaison_desktop.core.services.series import SeriesService

if TYPE_CHECKING:
    from liaison_desktop.core.search import SearchEngine


class Services:
    """One set of services bound to an open database, an operator and a clock."""

    def __init__(
        self,
        database: peewee.Database,
        operator: str = "clerk",
        clock: Callable[[], dt.datetime] = real_clock,
    ) -> None:
        self.ctx = ServiceContext(database, operator, clock)
        self.audit = AuditService(self.ctx)
        self.office = OfficeService(self.ctx, self.audit)
        self.directory = DirectoryService(self.ctx, self.audit)
        self.series = SeriesService(self.ctx, self.audit, self.directory)
        self.meetings = MeetingService(self.ctx, self.audit)
        self.ledger = LedgerService(self.ctx)
        self.lifecycle = LifecycleService(self.ctx, self.audit, self.meetings, self.ledger)
        self.schedule = ScheduleService(self.ctx)
        self.actions = ActionService(self.ctx, self.audit)
        self.dashboard = DashboardService(self.ctx, self.schedule, self.actions, self.meetings)
        self._keep_search_current()

    @cached_property
    def search(self) -> SearchEngine:
        # Imported on first use: the text analysis takes ~70 ms to load, which start-up need not
        # wait for (the first search or save pays it).
        from liaison_desktop.core.search import search_engine

        return search_engine(self.ctx.database)

    def _keep_search_current(self) -> None:
        """Every change to a searchable record updates the index in the same transaction."""
        self.meetings.after_save.append(lambda meeting_id: self.search.index_meeting(meeting_id))
        self.meetings.after_delete.append(lambda meeting_id: self.search.index_meeting(meeting_id))
        self.series.after_change.append(lambda series_id: self.search.index_series(series_id))
        self.actions.after_change.append(lambda action_ids: self.search.index_actions(action_ids))
        self.directory.after_person_change.append(
            lambda person_id: self.search.index_person(person_id)
        )
        self.directory.after_place_change.append(lambda place_id: self.search.index_place(place_id))
