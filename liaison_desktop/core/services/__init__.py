"""The services: everything the GUI, the CLI and the tests do to the data goes through here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import peewee

from liaison_desktop.core.search import search_engine
from liaison_desktop.core.services.actions import ActionService
from liaison_desktop.core.services.audit import AuditService
from liaison_desktop.core.services.context import ServiceContext, _now
from liaison_desktop.core.services.dashboard import DashboardService
from liaison_desktop.core.services.directory import DirectoryService
from liaison_desktop.core.services.lifecycle import LifecycleService
from liaison_desktop.core.services.meetings import MeetingService
from liaison_desktop.core.services.office import OfficeService
from liaison_desktop.core.services.schedule import ScheduleService
from liaison_desktop.core.services.series import SeriesService


class Services:
    """One set of services bound to an open database, an operator and a clock."""

    def __init__(
        self,
        database: peewee.Database,
        operator: str = "clerk",
        clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        self.ctx = ServiceContext(database, operator, clock)
        self.audit = AuditService(self.ctx)
        self.office = OfficeService(self.ctx, self.audit)
        self.directory = DirectoryService(self.ctx, self.audit)
        self.series = SeriesService(self.ctx, self.audit, self.directory)
        self.meetings = MeetingService(self.ctx, self.audit)
        self.lifecycle = LifecycleService(self.ctx, self.audit, self.meetings)
        self.schedule = ScheduleService(self.ctx)
        self.actions = ActionService(self.ctx, self.audit)
        self.dashboard = DashboardService(self.ctx, self.schedule, self.actions, self.meetings)
        self.search = search_engine(database)
        self._keep_search_current()

    def _keep_search_current(self) -> None:
        """Every change to a searchable record updates the index in the same transaction."""
        self.meetings.after_save.append(self.search.index_meeting)
        self.meetings.after_delete.append(self.search.index_meeting)
        self.series.after_change.append(self.search.index_series)
        self.actions.after_change.append(self.search.index_actions)
        self.directory.after_person_change.append(self.search.index_person)
        self.directory.after_place_change.append(self.search.index_place)
