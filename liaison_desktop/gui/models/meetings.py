"""The meetings list: filter and sort in SQL, rows fetched a page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from peewee import JOIN, fn
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from liaison_desktop.core import vocab
from liaison_desktop.core.dates import as_date
from liaison_desktop.core.models import (
    ActionItem,
    Attendance,
    Meeting,
    MeetingSeries,
    Place,
)
from liaison_desktop.gui.formatting import short_date
from liaison_desktop.gui.i18n import vocab_text
from liaison_desktop.gui.models.filters import MeetingFilter
from liaison_desktop.gui.models.lazy import Column, LazyTableModel
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

DRAFT_COLOUR = QColor("#7a5c00")


class MeetingRow(NamedTuple):
    id: int
    meeting_date: dt.date
    number: int
    title: str
    status: str
    reference_no: str | None
    series_name: str
    station_name: str | None
    present: int
    actions: int
    amends_reference: str | None  # the reference of the minutes an amendment corrects
    is_amendment: bool


_Station = Place.alias("station")
_Amended = Meeting.alias("amended")

# Sort keys: column key -> SQL expression (the id breaks ties, so the order is stable).
_SORT = {
    "date": Meeting.meeting_date,
    "series": MeetingSeries.name,
    "station": _Station.name,
    "number": Meeting.number,
    "title": Meeting.title,
    "status": Meeting.status,
    "reference": Meeting.reference_no,
}


class MeetingTableModel(LazyTableModel):
    context = "MeetingTableModel"
    columns = (
        Column("date", QT_TRANSLATE_NOOP("MeetingTableModel", "Date")),
        Column("series", QT_TRANSLATE_NOOP("MeetingTableModel", "Series")),
        Column("station", QT_TRANSLATE_NOOP("MeetingTableModel", "Police station")),
        Column("number", QT_TRANSLATE_NOOP("MeetingTableModel", "No.")),
        Column("title", QT_TRANSLATE_NOOP("MeetingTableModel", "Title")),
        Column("status", QT_TRANSLATE_NOOP("MeetingTableModel", "Status")),
        Column("reference", QT_TRANSLATE_NOOP("MeetingTableModel", "Reference no.")),
        Column("present", QT_TRANSLATE_NOOP("MeetingTableModel", "Present"), sortable=False),
        Column("actions", QT_TRANSLATE_NOOP("MeetingTableModel", "Action items"), sortable=False),
    )
    default_sort = (0, Qt.SortOrder.DescendingOrder)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filter = MeetingFilter()

    def set_filter(self, meeting_filter: MeetingFilter) -> None:
        self.filter = meeting_filter
        self.refresh()

    def query_ids(self) -> list[int]:
        f = self.filter
        query = Meeting.select(Meeting.id)
        needs_series = f.station_id is not None or self.sort_key in ("series", "station")
        if needs_series:
            query = query.join(MeetingSeries, on=Meeting.series == MeetingSeries.id)
            if self.sort_key == "station":
                query = query.join(
                    _Station, JOIN.LEFT_OUTER, on=MeetingSeries.station == _Station.id
                )
        conditions = []
        if f.series_id is not None:
            conditions.append(Meeting.series == f.series_id)
        if f.station_id is not None:
            conditions.append(MeetingSeries.station == f.station_id)
        if f.date_from is not None:
            conditions.append(Meeting.meeting_date >= f.date_from)
        if f.date_to is not None:
            conditions.append(Meeting.meeting_date <= f.date_to)
        if f.status:
            conditions.append(Meeting.status == f.status)
        if text := f.text.strip():
            conditions.append(
                Meeting.title.contains(text)
                | Meeting.reference_no.contains(text)
                | Meeting.venue.contains(text)
                | Meeting.chair_name.contains(text)
            )
        if conditions:
            query = query.where(*conditions)
        key = _SORT[self.sort_key]
        order = [key.desc(), Meeting.id.desc()] if self.descending else [key, Meeting.id]
        cursor = query.order_by(*order).tuples()
        return [row[0] for row in cursor]

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, MeetingRow]:
        if not ids:
            return {}
        present = (
            Attendance.select(fn.COUNT(Attendance.id))
            .where(
                (Attendance.meeting == Meeting.id)
                & (Attendance.status.in_(sorted(vocab.COUNTED_PRESENT)))
            )
            .alias("present")
        )
        actions = (
            ActionItem.select(fn.COUNT(ActionItem.id))
            .where(ActionItem.origin_meeting == Meeting.id)
            .alias("actions")
        )
        query = (
            Meeting.select(
                Meeting.id,
                Meeting.meeting_date,
                Meeting.number,
                Meeting.title,
                Meeting.status,
                Meeting.reference_no,
                MeetingSeries.name,
                _Station.name,
                present,
                actions,
                _Amended.reference_no,
                Meeting.amends.is_null(False),
            )
            .join(MeetingSeries, on=Meeting.series == MeetingSeries.id)
            .join(_Station, JOIN.LEFT_OUTER, on=MeetingSeries.station == _Station.id)
            .join_from(Meeting, _Amended, JOIN.LEFT_OUTER, on=Meeting.amends == _Amended.id)
            .where(Meeting.id.in_(list(ids)))
            .tuples()
        )
        rows = {}
        for values in query:
            row = MeetingRow(*values[:-1], bool(values[-1]))
            if not isinstance(row.meeting_date, dt.date):
                row = row._replace(meeting_date=as_date(row.meeting_date))
            rows[row.id] = row
        return rows

    def _title(self, row: MeetingRow) -> str:
        if not row.is_amendment:
            return row.title
        # The mark first: a long title is cut off at the column's end.
        return (
            self.tr("Amendment of %2: %1")
            .replace("%1", row.title)
            .replace("%2", row.amends_reference or "—")
        )

    def cell(self, row: MeetingRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "date": lambda: short_date(row.meeting_date),
                "series": lambda: row.series_name,
                "station": lambda: row.station_name or "",
                "number": lambda: row.number,
                "title": lambda: self._title(row),
                "status": lambda: vocab_text(row.status, vocab.MeetingStatus),
                "reference": lambda: row.reference_no or "",
                "present": lambda: row.present,
                "actions": lambda: row.actions,
            }[key]()
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "reference"):
            return self._title(row) if key == "title" else row.reference_no
        if role == Qt.ItemDataRole.ForegroundRole and row.status == vocab.MeetingStatus.DRAFT:
            return QBrush(DRAFT_COLOUR)
        if role == Qt.ItemDataRole.FontRole and row.status == vocab.MeetingStatus.SIGNED:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("number", "present", "actions"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
