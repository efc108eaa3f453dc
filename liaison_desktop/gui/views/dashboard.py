"""The dashboard: what needs attention today, every figure a way into the list behind it.

- stations that have not held this month's meeting (each opens that station's meetings);
- when the next quarterly review is due (opens the quarterly series; "Prepare" starts it);
- overdue action items by station and by category (each opens the filtered action list);
- open items and drafts awaiting finalisation; the most recent meetings (each opens the editor).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from liaison_desktop.core import vocab
from liaison_desktop.core.services.actions import ActionFilter
from liaison_desktop.core.services.schedule import DueMeeting
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.formatting import long_date, month_year, short_date
from liaison_desktop.gui.i18n import vocab_text
from liaison_desktop.gui.models.filters import STILL_OPEN, MeetingFilter
from liaison_desktop.gui.views.page import Page

if TYPE_CHECKING:
    from liaison_desktop.gui.views.mainwindow import MainWindow

RECENT_MEETINGS = 8
ROLE_TARGET = Qt.ItemDataRole.UserRole

FIGURE_STYLE = """
QPushButton[figure="true"] {
    text-align: left; padding: 6px 10px; border: 1px solid #c8ccd2; border-radius: 4px;
    background: #f7f8fa;
}
QPushButton[figure="true"]:hover, QPushButton[figure="true"]:focus {
    border-color: #2f6db5; background: #eef4fb;
}
QPushButton[alert="true"] { color: #a93226; }
"""


class FigureButton(QPushButton):
    """A number with its caption that opens the list behind it."""

    def __init__(self, on_click: Callable[[], None]) -> None:
        super().__init__()
        self.setProperty("figure", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(on_click)
        self.value = 0

    def set_figure(self, value: int, caption: str, alert: bool = False) -> None:
        self.value = value
        self.setText(f"{value}   {caption}")
        self.setProperty("alert", alert)
        self.style().unpolish(self)
        self.style().polish(self)


def _table(headers: int) -> QTableWidget:
    table = QTableWidget(0, headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, headers):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _item(text: str, target: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(ROLE_TARGET, target)
    return item


class DashboardPage(Page):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(ctx, window)
        self.setStyleSheet(FIGURE_STYLE)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.heading.setFont(font)

        # This month's station meetings
        self.month_box = QGroupBox()
        self.not_met = FigureButton(self._show_station_series)
        self.not_met_table = _table(2)
        self.not_met_table.itemActivated.connect(self._station_activated)
        month_layout = QVBoxLayout(self.month_box)
        month_layout.addWidget(self.not_met)
        month_layout.addWidget(self.not_met_table)

        # The quarterly review
        self.quarter_box = QGroupBox()
        self.quarterly = FigureButton(self._show_quarterly)
        self.quarterly_note = QLabel()
        self.quarterly_note.setWordWrap(True)
        self.prepare_button = QPushButton()
        self.prepare_button.clicked.connect(self._prepare_quarterly)
        self.drafts = FigureButton(
            lambda: window.show_meetings(MeetingFilter(status=vocab.MeetingStatus.DRAFT.value))
        )
        self.open_items = FigureButton(
            lambda: window.show_actions(ActionFilter(statuses=STILL_OPEN))
        )
        quarter_layout = QVBoxLayout(self.quarter_box)
        quarter_layout.addWidget(self.quarterly)
        quarter_layout.addWidget(self.quarterly_note)
        row = QHBoxLayout()
        row.addWidget(self.prepare_button)
        row.addStretch(1)
        quarter_layout.addLayout(row)
        quarter_layout.addSpacing(8)
        quarter_layout.addWidget(self.drafts)
        quarter_layout.addWidget(self.open_items)
        quarter_layout.addStretch(1)

        # Overdue action items
        self.overdue_box = QGroupBox()
        self.overdue = FigureButton(
            lambda: window.show_actions(ActionFilter(overdue_as_of=self.ctx.today()))
        )
        self.by_station = _table(2)
        self.by_category = _table(2)
        for table in (self.by_station, self.by_category):
            table.itemActivated.connect(self._overdue_activated)
        overdue_layout = QVBoxLayout(self.overdue_box)
        overdue_layout.addWidget(self.overdue)
        tables = QHBoxLayout()
        tables.addWidget(self.by_station, 3)
        tables.addWidget(self.by_category, 2)
        overdue_layout.addLayout(tables)

        # Recent meetings
        self.recent_box = QGroupBox()
        self.recent = _table(3)
        self.recent.setColumnCount(3)
        self.recent.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.recent.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.recent.itemActivated.connect(
            lambda item: window.open_meeting(self.recent.item(item.row(), 0).data(ROLE_TARGET))
        )
        self.all_meetings = QPushButton()
        self.all_meetings.clicked.connect(lambda: window.show_meetings(MeetingFilter()))
        recent_layout = QVBoxLayout(self.recent_box)
        recent_layout.addWidget(self.recent)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.all_meetings)
        recent_layout.addLayout(row)

        grid = QGridLayout()
        grid.addWidget(self.month_box, 0, 0)
        grid.addWidget(self.quarter_box, 0, 1)
        grid.addWidget(self.overdue_box, 1, 0)
        grid.addWidget(self.recent_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)
        self._next_quarterly: DueMeeting | None = None
        self.retranslate()

    # Data -------------------------------------------------------------------------------------

    def reload(self) -> None:
        services, today = self.ctx.services, self.ctx.today()
        profile = services.office.profile()
        self.heading.setText(
            self.tr("%1 — %2")
            .replace("%1", profile.name if profile else "")
            .replace("%2", long_date(today))
        )

        figures = services.dashboard.figures(today, recent=RECENT_MEETINGS)
        missing = figures.stations_without_meeting
        due = {d.series_id: d for d in figures.due_meetings}  # last met
        self.not_met.set_figure(
            len(missing),
            self.tr("of %1 stations have not met in %2")
            .replace("%1", str(figures.station_count))
            .replace("%2", month_year(today)),
            alert=bool(missing),
        )
        self.not_met_table.setRowCount(len(missing))
        for r, row in enumerate(missing):
            last = due[row.series_id].last_meeting if row.series_id in due else None
            self.not_met_table.setItem(r, 0, _item(row.station_name, row.series_id))
            self.not_met_table.setItem(
                r, 1, _item(short_date(last) if last else self.tr("never"), row.series_id)
            )

        self._next_quarterly = figures.next_quarterly
        self._show_next_quarterly()

        self.drafts.set_figure(figures.draft_meetings, self.tr("draft minutes not yet made final"))
        self.open_items.set_figure(figures.open_actions, self.tr("action items still open"))

        summary = figures.overdue
        self.overdue.set_figure(
            summary.total, self.tr("action items overdue"), alert=bool(summary.total)
        )
        self.by_station.setRowCount(len(summary.by_station))
        for r, (station_id, name, count) in enumerate(summary.by_station):
            target = ("station", station_id)
            self.by_station.setItem(r, 0, _item(name or self.tr("(no station)"), target))
            self.by_station.setItem(r, 1, _item(str(count), target))
        self.by_category.setRowCount(len(summary.by_category))
        for r, (category, count) in enumerate(summary.by_category):
            target = ("category", category)
            self.by_category.setItem(
                r, 0, _item(vocab_text(category, vocab.ActionCategory), target)
            )
            self.by_category.setItem(r, 1, _item(str(count), target))

        recent = figures.recent_meetings
        self.recent.setRowCount(len(recent))
        for r, meeting in enumerate(recent):
            self.recent.setItem(r, 0, _item(short_date(meeting.meeting_date), meeting.id))
            self.recent.setItem(r, 1, _item(meeting.title, meeting.id))
            self.recent.setItem(
                r, 2, _item(vocab_text(meeting.status, vocab.MeetingStatus), meeting.id)
            )

    def _show_next_quarterly(self) -> None:
        due, today = self._next_quarterly, self.ctx.today()
        self.prepare_button.setEnabled(due is not None)
        if due is None:
            self.quarterly.set_figure(0, self.tr("quarterly review series"))
            self.quarterly_note.setText(self.tr("No quarterly review series is set up."))
            return
        days = (due.due_on - today).days
        if days < 0:
            text = self.tr("Quarterly review overdue by %1 days").replace("%1", str(-days))
        else:
            text = self.tr("Quarterly review due in %1 days").replace("%1", str(days))
        self.quarterly.setText(text)
        self.quarterly.setProperty("alert", days < 0)
        self.quarterly.style().polish(self.quarterly)
        last = long_date(due.last_meeting) if due.last_meeting else self.tr("never")
        self.quarterly_note.setText(
            self.tr("%1\nDue on %2; last held %3.")
            .replace("%1", due.series_name)
            .replace("%2", long_date(due.due_on))
            .replace("%3", last)
        )

    # Click-through ------------------------------------------------------------------------------

    def _station_activated(self, item: QTableWidgetItem) -> None:
        self.window_.show_meetings(MeetingFilter(series_id=item.data(ROLE_TARGET)))

    def _show_station_series(self) -> None:
        if self.not_met_table.rowCount():
            self.not_met_table.setFocus()
            self.not_met_table.selectRow(0)

    def _show_quarterly(self) -> None:
        if self._next_quarterly is not None:
            self.window_.show_meetings(MeetingFilter(series_id=self._next_quarterly.series_id))

    def _prepare_quarterly(self) -> None:
        if self._next_quarterly is not None:
            self.window_.new_meeting(self._next_quarterly.series_id)

    def _overdue_activated(self, item: QTableWidgetItem) -> None:
        kind, value = item.data(ROLE_TARGET)
        today = self.ctx.today()
        if kind == "category":
            self.window_.show_actions(ActionFilter(overdue_as_of=today, category=value))
        elif value is not None:
            self.window_.show_actions(ActionFilter(overdue_as_of=today, station_id=value))
        else:  # items tied to no station: list exactly those
            rows = self.ctx.services.actions.rows(ActionFilter(overdue_as_of=today))
            ids = tuple(row.id for row in rows if not row.station_name)
            self.window_.show_actions(ActionFilter(overdue_as_of=today, ids=ids))

    # Texts ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.month_box.setTitle(self.tr("This month's station meetings"))
        self.quarter_box.setTitle(self.tr("Quarterly review and open work"))
        self.overdue_box.setTitle(self.tr("Overdue action items"))
        self.recent_box.setTitle(self.tr("Recent meetings"))
        self.prepare_button.setText(self.tr("Prepare the quarterly meeting…"))
        self.all_meetings.setText(self.tr("All meetings…"))
        self.not_met_table.setHorizontalHeaderLabels([self.tr("Station"), self.tr("Last met")])
        self.by_station.setHorizontalHeaderLabels([self.tr("Station"), self.tr("Overdue")])
        self.by_category.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Overdue")])
        self.recent.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Title"), self.tr("Status")]
        )
        if not self._stale:
            self.reload()
