"""The meetings list: filter by series, station, dates, status and text; sort by any column."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from liaison_desktop.core import vocab
from liaison_desktop.core.errors import ValidationError
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.models.filters import MeetingFilter
from liaison_desktop.gui.models.meetings import MeetingTableModel
from liaison_desktop.gui.views.page import Page
from liaison_desktop.gui.views.tables import RecordTable
from liaison_desktop.gui.widgets.combos import ANY, ValueCombo, VocabCombo
from liaison_desktop.gui.widgets.datefield import DateField

if TYPE_CHECKING:
    from liaison_desktop.gui.views.mainwindow import MainWindow

DOCUMENT_ACTIONS = ("minutes", "attendance", "review")
COLUMN_WIDTHS = {
    "date": 95,
    "series": 200,
    "station": 95,
    "number": 50,
    "title": 260,
    "status": 65,
    "reference": 210,  # an amendment's reference is its original's plus /A1
    "present": 60,
}


class MeetingsPage(Page):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(ctx, window)
        self.model = MeetingTableModel(self)
        self.table = RecordTable(self.model)
        self.table.setObjectName("meetingsTable")
        self.table.opened.connect(window.open_meeting)
        self.table.set_column_widths(COLUMN_WIDTHS)

        self.series = ValueCombo(blank=ANY)
        self.station = ValueCombo(blank=ANY)
        self.status = VocabCombo(enum=vocab.MeetingStatus, blank=ANY)
        self.date_from = DateField()
        self.date_to = DateField()
        self.search = QLineEdit()
        self.search.setObjectName("meetingSearch")
        self.search.setClearButtonEnabled(True)
        self.labels = {name: QLabel() for name in ("series", "station", "status", "from", "to")}
        for combo in (self.series, self.station, self.status):
            combo.currentIndexChanged.connect(self.apply_widgets)
        for field in (self.date_from, self.date_to):
            field.editingFinished.connect(self.apply_widgets)
        self.search.textChanged.connect(self.apply_widgets)

        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: window.new_meeting(self.series.value()))
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_current)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete_current)
        # The papers of the selected meeting, previewed on the Documents page.
        self.document_actions = {kind: QAction(self) for kind in DOCUMENT_ACTIONS}
        for kind, action in self.document_actions.items():
            action.triggered.connect(lambda _checked=False, k=kind: self._documents(k))
        self.documents_button = QPushButton()
        self.documents_button.setObjectName("meetingDocuments")
        documents_menu = QMenu(self)
        documents_menu.addActions(list(self.document_actions.values()))
        self.documents_button.setMenu(documents_menu)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(list(self.document_actions.values()))
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(lambda: self.apply_filter(MeetingFilter()))
        self.count = QLabel()

        filters = QGridLayout()
        filters.addWidget(self.labels["series"], 0, 0)
        filters.addWidget(self.series, 0, 1)
        filters.addWidget(self.labels["station"], 0, 2)
        filters.addWidget(self.station, 0, 3)
        filters.addWidget(self.labels["status"], 0, 4)
        filters.addWidget(self.status, 0, 5)
        filters.addWidget(self.labels["from"], 1, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.labels["to"])
        dates.addWidget(self.date_to)
        filters.addLayout(dates, 1, 1)
        filters.addWidget(self.search, 1, 2, 1, 3)
        filters.addWidget(self.clear_button, 1, 5)
        filters.setColumnStretch(1, 3)
        filters.setColumnStretch(3, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.documents_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.model.modelReset.connect(self._update_count)
        self._applying = False
        self.retranslate()

    # Filters ----------------------------------------------------------------------------------

    def reload(self) -> None:
        self._applying = True
        self.series.set_items((s.id, s.name) for s in self.ctx.services.series.all_series())
        self.station.set_items((p.id, p.name) for p in self.ctx.services.directory.stations())
        self._applying = False
        self.apply_widgets()

    def current_filter(self) -> MeetingFilter:
        def date_or_none(field: DateField):
            try:
                return field.date()
            except ValidationError:
                return None

        return MeetingFilter(
            series_id=self.series.value(),
            station_id=self.station.value(),
            status=self.status.value(),
            date_from=date_or_none(self.date_from),
            date_to=date_or_none(self.date_to),
            text=self.search.text(),
        )

    def apply_widgets(self) -> None:
        if not self._applying:
            self.model.set_filter(self.current_filter())

    def apply_filter(self, meeting_filter: MeetingFilter) -> None:
        """Show the meetings ``meeting_filter`` selects (the dashboard's click-through)."""
        self.activate()
        self._applying = True
        self.series.set_value(meeting_filter.series_id)
        self.station.set_value(meeting_filter.station_id)
        self.status.set_value(meeting_filter.status)
        self.date_from.set_date(meeting_filter.date_from)
        self.date_to.set_date(meeting_filter.date_to)
        self.search.setText(meeting_filter.text)
        self._applying = False
        self.model.set_filter(meeting_filter)
        self.table.setFocus()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _update_count(self) -> None:
        self.count.setText(self.tr("Meetings: %1").replace("%1", str(self.model.rowCount())))

    # Actions ----------------------------------------------------------------------------------

    def _open_current(self) -> None:
        meeting_id = self.table.current_id()
        if meeting_id is not None:
            self.window_.open_meeting(meeting_id)

    def _documents(self, kind: str) -> None:
        meeting_id = self.table.current_id()
        if meeting_id is not None:
            self.window_.show_documents(meeting_id, kind)

    def _delete_current(self) -> None:
        meeting_id = self.table.current_id()
        if meeting_id is None:
            return
        meeting = self.ctx.services.meetings.meeting(meeting_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            self.tr("Delete the draft meeting “%1”? This cannot be undone.").replace(
                "%1", meeting.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.services.meetings.delete(meeting_id)
        except Exception as error:
            show_error(self, error)
            return
        self.window_.dataChanged.emit()

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def retranslate(self) -> None:
        self.labels["series"].setText(self.tr("Series"))
        self.labels["station"].setText(self.tr("Station"))
        self.labels["status"].setText(self.tr("Status"))
        self.labels["from"].setText(self.tr("From"))
        self.labels["to"].setText(self.tr("to"))
        self.search.setPlaceholderText(self.tr("Search title, reference, venue, chair (Ctrl+F)"))
        self.new_button.setText(self.tr("New meeting…"))
        self.open_button.setText(self.tr("Open"))
        self.delete_button.setText(self.tr("Delete draft…"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.documents_button.setText(self.tr("Documents"))
        self.document_actions["minutes"].setText(self.tr("Print minutes"))
        self.document_actions["attendance"].setText(self.tr("Attendance sheet"))
        self.document_actions["review"].setText(self.tr("Review sheet"))
        self.model.retranslate()
        self._update_count()
