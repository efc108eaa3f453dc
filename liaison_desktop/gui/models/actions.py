"""Every action item across meetings: filter and sort in SQL, rows fetched a page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from peewee import JOIN
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from liaison_desktop.core import vocab
from liaison_desktop.core.dates import as_date
from liaison_desktop.core.models import (
    ActionItem,
    ActionReview,
    Meeting,
    MeetingSeries,
    Person,
    Place,
)
from liaison_desktop.core.services.actions import ActionFilter, filter_conditions
from liaison_desktop.gui.formatting import short_date
from liaison_desktop.gui.i18n import vocab_text
from liaison_desktop.gui.models.lazy import Column, LazyTableModel
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

OVERDUE_COLOUR = QColor("#b03a2e")
CLOSED_COLOUR = QColor("#6b6b6b")


class ActionRow(NamedTuple):
    id: int
    description: str
    category: str
    status: str
    due_date: dt.date | None
    place_name: str | None
    responsible_name: str | None
    responsible_body: str
    meeting_id: int
    meeting_date: dt.date
    series_name: str
    last_remark: str
    proposed_status: str | None = None  # what a draft meeting's review proposes


_Origin = Meeting.alias("origin")
_Series = MeetingSeries.alias("origin_series")
_Responsible = Person.alias("responsible")
_Place = Place.alias("action_place")

_SORT = {
    "description": ActionItem.description,
    "place": _Place.name,
    "category": ActionItem.category,
    "responsible": _Responsible.name,
    "due": ActionItem.due_date,
    "status": ActionItem.status,
    "raised": _Origin.meeting_date,
}


class ActionTableModel(LazyTableModel):
    context = "ActionTableModel"
    columns = (
        Column("description", QT_TRANSLATE_NOOP("ActionTableModel", "Action item")),
        Column("place", QT_TRANSLATE_NOOP("ActionTableModel", "Place")),
        Column("category", QT_TRANSLATE_NOOP("ActionTableModel", "Category")),
        Column("responsible", QT_TRANSLATE_NOOP("ActionTableModel", "Responsible")),
        Column("due", QT_TRANSLATE_NOOP("ActionTableModel", "Due")),
        Column("status", QT_TRANSLATE_NOOP("ActionTableModel", "Status")),
        Column("raised", QT_TRANSLATE_NOOP("ActionTableModel", "Raised at")),
        Column("remark", QT_TRANSLATE_NOOP("ActionTableModel", "Latest remark"), sortable=False),
    )
    default_sort = (4, Qt.SortOrder.AscendingOrder)

    def __init__(self, today: dt.date, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today
        self.filter = ActionFilter()
        self._base: list[tuple[int, str]] = []
        self._base_key: object = None

    def invalidate(self) -> None:
        """The data changed: the next query reads the items again."""
        self._base_key = None

    def refresh(self) -> None:
        self.invalidate()
        super().refresh()

    def set_filter(self, action_filter: ActionFilter) -> None:
        self.filter = action_filter
        super().refresh()

    def query_ids(self) -> list[int]:
        """The ids ``services.actions.ids`` would return for the filter (a test keeps the two in
        step), in the chosen order.

        Typing in the search box must answer within 100 ms over 100,000 items, and SQLite needs
        more than that just to scan the descriptions. So the other filters and the order run in
        SQL, which returns ids with their descriptions; the text filter then runs over that list
        in Python (about 10 ms), and only a change of the other filters or the order queries again.
        """
        key = (replace(self.filter, text=""), self.sort_column, self.sort_order)
        if key != self._base_key:
            self._base = self._query_base()
            self._base_key = key
        text = self.filter.text.strip().casefold()
        if not text:
            return [action_id for action_id, _description in self._base]
        return [action_id for action_id, description in self._base if text in description]

    def _query_base(self) -> list[tuple[int, str]]:
        """(id, casefolded description) of the items the filter selects apart from its text,
        joining only the tables this filter and order need."""
        f = self.filter
        key = self.sort_key
        query = ActionItem.select(ActionItem.id, ActionItem.description)
        if (
            f.station_id is not None
            or f.series_id is not None
            or f.raised_from
            or f.raised_to
            or key == "raised"
        ):
            query = query.join(_Origin, on=ActionItem.origin_meeting == _Origin.id)
            if f.station_id is not None:
                query = query.join(_Series, on=_Origin.series == _Series.id)
        if f.responsible.strip() or key == "responsible":
            query = query.join(
                _Responsible,
                JOIN.LEFT_OUTER,
                on=ActionItem.responsible_person == _Responsible.id,
                src=ActionItem,
            )
        if key == "place":
            query = query.join(
                _Place, JOIN.LEFT_OUTER, on=ActionItem.place == _Place.id, src=ActionItem
            )
        # The text filter runs in Python over the descriptions (see query_ids).
        conditions = filter_conditions(replace(f, text=""), _Origin, _Series, _Responsible)
        if conditions:
            query = query.where(*conditions)
        sort = _SORT[key]
        if key == "due":  # items without a due date last
            order = [ActionItem.due_date.is_null(), sort.desc() if self.descending else sort]
        else:
            order = [sort.desc() if self.descending else sort]
        order.append(ActionItem.id.desc() if self.descending else ActionItem.id)
        cursor = ActionItem._meta.database.execute(query.order_by(*order))  # plain tuples: fastest
        return [(action_id, description.casefold()) for action_id, description in cursor]

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, ActionRow]:
        if not ids:
            return {}
        ids = list(ids)
        remarks: dict[int, str] = {}
        latest = (
            ActionReview.select(ActionReview.action, ActionReview.remark)
            .join(Meeting, on=ActionReview.meeting == Meeting.id)
            .where(ActionReview.action.in_(ids))
            .order_by(Meeting.meeting_date, Meeting.id)
            .tuples()
        )
        for action_id, remark in latest:
            remarks[action_id] = remark  # the last one (latest meeting) wins
        proposed: dict[int, str] = {}
        for action_id, status in (
            ActionReview.select(ActionReview.action, ActionReview.status)
            .join(Meeting, on=ActionReview.meeting == Meeting.id)
            .where(
                ActionReview.action.in_(ids)
                & (Meeting.status == vocab.MeetingStatus.DRAFT.value)
            )
            .order_by(Meeting.meeting_date, Meeting.id)
            .tuples()
        ):
            proposed[action_id] = status
        query = (
            ActionItem.select(
                ActionItem.id,
                ActionItem.description,
                ActionItem.category,
                ActionItem.status,
                ActionItem.due_date,
                _Place.name,
                _Responsible.name,
                ActionItem.responsible_body,
                _Origin.id,
                _Origin.meeting_date,
                _Series.name,
            )
            .join(_Origin, on=ActionItem.origin_meeting == _Origin.id)
            .join(_Series, on=_Origin.series == _Series.id)
            .join(_Place, JOIN.LEFT_OUTER, on=ActionItem.place == _Place.id, src=ActionItem)
            .join(
                _Responsible,
                JOIN.LEFT_OUTER,
                on=ActionItem.responsible_person == _Responsible.id,
                src=ActionItem,
            )
            .where(ActionItem.id.in_(ids))
            .tuples()
        )
        rows = {}
        for values in query:
            row = ActionRow(
                *values,
                last_remark=remarks.get(values[0], ""),
                proposed_status=proposed.get(values[0]),
            )
            rows[row.id] = row._replace(
                due_date=as_date(row.due_date), meeting_date=as_date(row.meeting_date)
            )
        return rows

    def is_overdue(self, row: ActionRow) -> bool:
        return (
            row.status in vocab.OPEN_ACTION_STATUSES
            and row.due_date is not None
            and row.due_date < self.today
        )

    def _status_text(self, row: ActionRow) -> str:
        """The recorded status; with the one a draft's review proposes, until it is final."""
        recorded = vocab_text(row.status, vocab.ActionStatus)
        if row.proposed_status is None or row.proposed_status == row.status:
            return recorded
        return (
            self.tr("%1 (proposed: %2)")
            .replace("%1", recorded)
            .replace("%2", vocab_text(row.proposed_status, vocab.ActionStatus))
        )

    def cell(self, row: ActionRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "description":
                return row.description
            if key == "place":
                return row.place_name or ""
            if key == "category":
                return vocab_text(row.category, vocab.ActionCategory)
            if key == "responsible":
                return ", ".join(p for p in (row.responsible_name, row.responsible_body) if p)
            if key == "due":
                return short_date(row.due_date)
            if key == "status":
                return self._status_text(row)
            if key == "raised":
                return f"{short_date(row.meeting_date)} · {row.series_name}"
            if key == "remark":
                return row.last_remark
        if role == Qt.ItemDataRole.ToolTipRole and key in ("description", "remark", "raised"):
            return {"description": row.description, "remark": row.last_remark}.get(
                key, row.series_name
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.is_overdue(row):
                return QBrush(OVERDUE_COLOUR)
            if row.status not in vocab.OPEN_ACTION_STATUSES:
                return QBrush(CLOSED_COLOUR)
        return None
