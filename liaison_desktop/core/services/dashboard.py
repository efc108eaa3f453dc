"""The figures on the dashboard, computed in a fixed number of queries whatever the data size."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from liaison_desktop.core import vocab
from liaison_desktop.core.models import ActionItem, Meeting
from liaison_desktop.core.services.actions import ActionService, OverdueSummary
from liaison_desktop.core.services.context import ServiceContext
from liaison_desktop.core.services.meetings import MeetingService, MeetingSummary
from liaison_desktop.core.services.schedule import (
    DueMeeting,
    ScheduleService,
    StationMonth,
    soonest_quarterly,
)


@dataclass(frozen=True)
class DashboardFigures:
    as_of: dt.date
    stations_without_meeting: tuple[StationMonth, ...]  # this month
    station_count: int
    due_meetings: tuple[DueMeeting, ...]  # every series with a cadence
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
        due = self.schedule.due_meetings(as_of)
        return DashboardFigures(
            as_of=as_of,
            stations_without_meeting=tuple(m for m in months if not m.met),
            station_count=len(months),
            due_meetings=tuple(due),
            next_quarterly=soonest_quarterly(due),
            overdue=self.actions.overdue_summary(as_of),
            recent_meetings=tuple(self.meetings.summaries(date_to=as_of, limit=recent)),
            # Counted on the (status, due_date) index alone, without the list's joins.
            open_actions=ActionItem.select()
            .where(ActionItem.status.in_(vocab.OPEN_ACTION_STATUSES))
            .count(),
            draft_meetings=Meeting.select()
            .where(Meeting.status == vocab.MeetingStatus.DRAFT.value)
            .count(),
        )
