"""The figures on the dashboard, computed in a fixed number of queries whatever the data size."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from liaison_desktop.core import vocab
from liaison_desktop.core.models import Meeting
from liaison_desktop.core.services.actions import ActionFilter, ActionService, OverdueSummary
from liaison_desktop.core.services.context import ServiceContext
from liaison_desktop.core.services.meetings import MeetingService, MeetingSummary
from liaison_desktop.core.services.schedule import DueMeeting, ScheduleService, StationMonth


@dataclass(frozen=True)
class DashboardFigures:
    as_of: dt.date
    stations_without_meeting: tuple[StationMonth, ...]  # this month
    station_count: int
    next_quarterly: DueMeeting | None
    overdue: OverdueSummary
    recent_meetings: tuple[MeetingSummary, ...]
    open_actions: int  # open or in progress
    draft_meetings: int


class DashboardService:
    def __init__(
        self,
        ctx: ServiceContext,
        schedule: ScheduleService,
        actions: ActionService,
        meetings: MeetingService,
    ) -> None:
        self.ctx = ctx
        self.schedule = schedule
        self.actions = actions
        self.meetings = meetings

    def figures(self, as_of: dt.date | None = None, recent: int = 8) -> DashboardFigures:
        as_of = as_of or self.ctx.today()
        months = self.schedule.station_months(as_of)
        return DashboardFigures(
            as_of=as_of,
            stations_without_meeting=tuple(m for m in months if not m.met),
            station_count=len(months),
            next_quarterly=self.schedule.next_quarterly(as_of),
            overdue=self.actions.overdue_summary(as_of),
            recent_meetings=tuple(self.meetings.summaries(date_to=as_of, limit=recent)),
            open_actions=self.actions.count(ActionFilter(statuses=vocab.OPEN_ACTION_STATUSES)),
            draft_meetings=Meeting.select()
            .where(Meeting.status == vocab.MeetingStatus.DRAFT.value)
            .count(),
        )
