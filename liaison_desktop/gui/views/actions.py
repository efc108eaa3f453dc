"""Every action item across meetings: filters, the review history of the selected item, and a
status change for several items at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_desktop.core import vocab
from liaison_desktop.core.errors import NotFoundError
from liaison_desktop.core.services.actions import ActionFilter, ActionHistory
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.formatting import short_date
from liaison_desktop.gui.i18n import vocab_text
from liaison_desktop.gui.models.actions import ActionTableModel
from liaison_desktop.gui.models.filters import STILL_OPEN
from liaison_desktop.gui.views.page import Page
from liaison_desktop.gui.views.tables import RecordTable
from liaison_desktop.gui.widgets.combos import ANY, ValueCombo, VocabCombo
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from liaison_desktop.gui.views.mainwindow import MainWindow

STILL_OPEN_KEY = "still_open"
STILL_OPEN_LABEL = QT_TRANSLATE_NOOP("ActionsPage", "Still open (open or in progress)")
COLUMN_WIDTHS = {
    "description": 340,
    "place": 100,
    "category": 105,
    "responsible": 150,
    "due": 95,
    "status": 95,
    "raised": 180,
}
MEETING_ROLE = Qt.ItemDataRole.UserRole


class ActionsPage(Page):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(ctx, window)
        self.model = ActionTableModel(ctx.today(), self)
        self.table = RecordTable(self.model)
        self.table.setObjectName("actionsTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.set_column_widths(COLUMN_WIDTHS)
        self.table.opened.connect(self._open_origin)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_history())
        self.model.modelReset.connect(self._after_reset)

        self.status = ValueCombo(blank=ANY)
        self.overdue = QCheckBox()
        self.station = ValueCombo(blank=ANY)
        self.category = VocabCombo(enum=vocab.ActionCategory, blank=ANY)
        self.responsible = QLineEdit()
        self.responsible.setClearButtonEnabled(True)
        self.search = QLineEdit()
        self.search.setObjectName("actionSearch")
        self.search.setClearButtonEnabled(True)
        self.labels = {key: QLabel() for key in ("status", "station", "category", "responsible")}
        for combo in (self.status, self.station, self.category):
            combo.currentIndexChanged.connect(self.apply_widgets)
        self.overdue.toggled.connect(self.apply_widgets)
        self.responsible.textChanged.connect(self.apply_widgets)
        self.search.textChanged.connect(self.apply_widgets)
        self._fixed_ids: tuple[int, ...] = ()  # an explicit list from the dashboard

        self.bulk_button = QPushButton()
        self.bulk_button.clicked.connect(self.change_status)
        self.origin_button = QPushButton()
        self.origin_button.clicked.connect(lambda: self._open_origin(self.table.current_id()))
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(lambda: self.apply_filter(ActionFilter()))
        self.count = QLabel()

        self.history_title = QLabel()
        self.history_title.setWordWrap(True)
        self.history = QTableWidget(0, 4)
        self.history.setObjectName("actionHistory")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.verticalHeader().hide()
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.itemActivated.connect(
            lambda item: window.open_meeting(item.data(MEETING_ROLE))
        )

        filters = QGridLayout()
        filters.addWidget(self.labels["status"], 0, 0)
        filters.addWidget(self.status, 0, 1)
        filters.addWidget(self.overdue, 0, 2)
        filters.addWidget(self.labels["station"], 0, 3)
        filters.addWidget(self.station, 0, 4)
        filters.addWidget(self.labels["category"], 0, 5)
        filters.addWidget(self.category, 0, 6)
        filters.addWidget(self.labels["responsible"], 1, 0)
        filters.addWidget(self.responsible, 1, 1)
        filters.addWidget(self.search, 1, 2, 1, 4)
        filters.addWidget(self.clear_button, 1, 6)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(4, 1)
        filters.setColumnStretch(6, 1)

        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.bulk_button)
        buttons.addWidget(self.origin_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._applying = False
        self.retranslate()
        # What a clerk follows up: the list opens on the items still open ("Clear filters" shows
        # every item).
        self._applying = True
        self.status.set_value(STILL_OPEN_KEY)
        self._applying = False

    # Filters ----------------------------------------------------------------------------------

    def reload(self) -> None:
        self._applying = True
        self.model.invalidate()
        self.model.today = self.ctx.today()
        self.station.set_items((p.id, p.name) for p in self.ctx.services.directory.stations())
        self._applying = False
        self.apply_widgets()
        self._select_first()

    def _select_first(self) -> None:
        if self.table.current_id() is None and self.model.rowCount():
            self.table.selectRow(0)

    def current_filter(self) -> ActionFilter:
        status = self.status.value()
        statuses = STILL_OPEN if status == STILL_OPEN_KEY else (status,) if status else ()
        return ActionFilter(
            statuses=statuses,
            overdue_as_of=self.ctx.today() if self.overdue.isChecked() else None,
            station_id=self.station.value(),
            category=self.category.value(),
            responsible=self.responsible.text(),
            text=self.search.text(),
            ids=self._fixed_ids,
        )

    def apply_widgets(self) -> None:
        if not self._applying:
            self.model.set_filter(self.current_filter())

    def apply_filter(self, action_filter: ActionFilter) -> None:
        """Show the items ``action_filter`` selects (the dashboard's click-through)."""
        self.activate()
        self._applying = True
        if action_filter.statuses == STILL_OPEN:
            self.status.set_value(STILL_OPEN_KEY)
        else:
            self.status.set_value(action_filter.statuses[0] if action_filter.statuses else None)
        self.overdue.setChecked(action_filter.overdue_as_of is not None)
        self.station.set_value(action_filter.station_id)
        self.category.set_value(action_filter.category)
        self.responsible.setText(action_filter.responsible)
        self.search.setText(action_filter.text)
        self._fixed_ids = tuple(action_filter.ids)
        self._applying = False
        self.model.set_filter(self.current_filter())
        self.table.setFocus()
        if self.model.rowCount():
            self.table.selectRow(0)

    def select_action(self, action_id: int) -> None:
        """Show every item with ``action_id`` selected (a search result)."""
        self.apply_filter(ActionFilter())
        if self.table.select_id(action_id):
            self.table.setFocus()

    def _after_reset(self) -> None:
        self.count.setText(
            self.tr("Action items: %1").replace("%1", str(self.model.rowCount()))
            + (self.tr(" (a chosen list; Clear filters shows all)") if self._fixed_ids else "")
        )
        self._show_history()

    # History ----------------------------------------------------------------------------------

    def _show_history(self) -> None:
        action_id = self.table.current_id()
        self.history.setRowCount(0)
        if action_id is None:
            self.history_title.setText(self.tr("Select an item to see its history."))
            return
        try:
            history: ActionHistory = self.ctx.services.actions.history(action_id)
        except NotFoundError:  # removed since the list was read (e.g. its draft was deleted)
            self.history_title.setText(self.tr("Select an item to see its history."))
            return
        action = history.action
        self.history_title.setText(
            self.tr("History of “%1”").replace("%1", action.description[:120])
        )
        rows = [
            (
                action.origin_date,
                action.origin_title,
                self.tr("Raised"),
                action.responsible,
                action.origin_meeting_id,
            )
        ]
        rows += [
            (
                review.meeting_date,
                review.meeting_title,
                vocab_text(review.status, vocab.ActionStatus),
                review.remark,
                review.meeting_id,
            )
            for review in history.reviews
        ]
        self.history.setRowCount(len(rows))
        for r, (date, title, status, remark, meeting_id) in enumerate(rows):
            for c, text in enumerate((short_date(date), title, status, remark)):
                item = QTableWidgetItem(text)
                item.setData(MEETING_ROLE, meeting_id)
                item.setToolTip(text)
                self.history.setItem(r, c, item)

    def _open_origin(self, action_id: int | None) -> None:
        if action_id is not None:
            action = self.ctx.services.actions.action(action_id)
            self.window_.open_meeting(action.origin_meeting_id)

    # Bulk status ------------------------------------------------------------------------------

    def change_status(self) -> None:
        from liaison_desktop.gui.dialogs.bulk_status import BulkStatusDialog

        ids = self.table.selected_ids()
        if not ids:
            return
        dialog = BulkStatusDialog(len(ids), self)
        if not dialog.exec():
            return
        self.set_status(ids, dialog.status(), dialog.remark())

    def set_status(self, ids: list[int], status: str, remark: str) -> None:
        try:
            self.ctx.services.actions.set_status(ids, status, remark)
        except Exception as error:
            show_error(self, error)
            return
        self.model.invalidate()
        self.model.forget_rows(ids)
        self.window_.dataChanged.emit()
        self._show_history()

    # Texts ------------------------------------------------------------------------------------

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def retranslate(self) -> None:
        self.status.set_items(
            [(STILL_OPEN_KEY, self.tr(STILL_OPEN_LABEL))]
            + [(member.value, vocab_text(member)) for member in vocab.ActionStatus]
        )
        self.labels["status"].setText(self.tr("Status"))
        self.labels["station"].setText(self.tr("Station"))
        self.labels["category"].setText(self.tr("Category"))
        self.labels["responsible"].setText(self.tr("Responsible"))
        self.overdue.setText(self.tr("Overdue only"))
        self.responsible.setPlaceholderText(self.tr("Name or department"))
        self.search.setPlaceholderText(self.tr("Search the action items (Ctrl+F)"))
        self.bulk_button.setText(self.tr("Change status of selected…"))
        self.origin_button.setText(self.tr("Open the meeting that raised it"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Meeting"), self.tr("Status"), self.tr("Remark")]
        )
        self.model.retranslate()
        self._after_reset()
