"""What the lists can be filtered by; light to import, since the dashboard builds them at start.

Action items use the action service's own ``ActionFilter``; meetings have this one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from liaison_desktop.core import vocab

STILL_OPEN = tuple(vocab.OPEN_ACTION_STATUSES)  # the "open or in progress" status filter


@dataclass
class MeetingFilter:
    series_id: int | None = None
    station_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    status: str | None = None
    text: str = ""
