"""The directory of people: who they are, which offices they held when, and where they attended."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
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
from liaison_desktop.core.dates import parse_date
from liaison_desktop.core.errors import NotFoundError
from liaison_desktop.core.models import Attendance, Meeting
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.formatting import short_date
from liaison_desktop.gui.i18n import vocab_text
from liaison_desktop.gui.models.people import PeopleFilter, PeopleTableModel
from liaison_desktop.gui.views.page import Page
from liaison_desktop.gui.views.tables import RecordTable
from liaison_desktop.gui.widgets.combos import ANY, VocabCombo

if TYPE_CHECKING:
    from liaison_desktop.gui.views.mainwindow import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole
RECENT_ATTENDANCE = 20


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PeoplePage(Page):
    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(ctx, window)
        self.model = PeopleTableModel(ctx.today(), self)
        self.table = RecordTable(self.model)
        self.table.setObjectName("peopleTable")
        self.table.set_column_widths({"name": 190, "latin": 170, "designation": 230})
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_person())
        self.table.opened.connect(lambda _id: self.edit_person())
        self.model.modelReset.connect(self._show_person)

        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_widgets)
        self.organisation = VocabCombo(enum=vocab.Organisation, blank=ANY)
        self.organisation.currentIndexChanged.connect(self.apply_widgets)
        self.inactive = QCheckBox()
        self.inactive.toggled.connect(self.apply_widgets)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_person)

        # Details of the selected person
        self.name = QLabel()
        self.name.setObjectName("personName")
        font = self.name.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.name.setFont(font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.appointments_label = QLabel()
        self.appointments = _table(4)
        self.appointments.setObjectName("appointmentsTable")
        self.attendance_label = QLabel()
        self.attendance = _table(3)
        self.attendance.itemActivated.connect(lambda item: window.open_meeting(item.data(ID_ROLE)))
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_person)
        self.appoint_button = QPushButton()
        self.appoint_button.clicked.connect(self.appoint)
        self.end_button = QPushButton()
        self.end_button.clicked.connect(self.end_appointment)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.organisation, 1)
        filters.addWidget(self.inactive)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        left_layout.addLayout(row)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.name)
        details = QFormLayout()
        details.addRow(self.facts)
        right_layout.addLayout(details)
        right_layout.addWidget(self.appointments_label)
        right_layout.addWidget(self.appointments, 2)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.appoint_button, self.end_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.attendance_label)
        right_layout.addWidget(self.attendance, 3)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    # Data -------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.model.today = self.ctx.today()
        self.apply_widgets()
        if self.model.rowCount():
            self.table.selectRow(0)

    def apply_widgets(self) -> None:
        self.model.set_filter(
            PeopleFilter(
                text=self.search.text(),
                organisation=self.organisation.value(),
                include_inactive=self.inactive.isChecked(),
            )
        )

    def select_person(self, person_id: int) -> None:
        """Show ``person_id`` selected, whatever the filters hid (a search result)."""
        self.activate()
        self.search.clear()
        self.organisation.set_value(None)
        self.inactive.setChecked(True)
        self.apply_widgets()
        if self.table.select_id(person_id):
            self.table.setFocus()

    def current_person_id(self) -> int | None:
        return self.table.current_id()

    def _show_person(self) -> None:
        person_id = self.current_person_id()
        for widget in (self.edit_button, self.appoint_button, self.end_button):
            widget.setEnabled(person_id is not None)
        self.appointments.setRowCount(0)
        self.attendance.setRowCount(0)
        if person_id is None:
            self.name.setText(self.tr("Select a person."))
            self.facts.clear()
            return
        directory = self.ctx.services.directory
        try:
            person = directory.person(person_id)
        except NotFoundError:  # removed since the list was read
            self.name.setText(self.tr("Select a person."))
            self.facts.clear()
            return
        self.name.setText(person.name)
        facts = [
            person.name_latin,
            vocab_text(person.organisation, vocab.Organisation),
            self.tr("Mobile: %1").replace("%1", person.mobile) if person.mobile else "",
            person.email,
            "" if person.active else self.tr("(inactive)"),
        ]
        self.facts.setText(" · ".join(fact for fact in facts if fact))

        appointments = directory.appointments(person_id)
        self.appointments.setRowCount(len(appointments))
        for r, appointment in enumerate(appointments):
            values = (
                appointment.designation or vocab_text(appointment.role, vocab.Role),
                appointment.place.name if appointment.place_id else "",
                short_date(appointment.start_date),
                short_date(appointment.end_date) or self.tr("in post"),
            )
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, appointment.id)
                self.appointments.setItem(r, c, item)

        attended = list(
            Attendance.select(Attendance.status, Meeting.id, Meeting.meeting_date, Meeting.title)
            .join(Meeting)
            .where(Attendance.person == person_id)
            .order_by(Meeting.meeting_date.desc())
            .limit(RECENT_ATTENDANCE)
            .tuples()
        )
        self.attendance.setRowCount(len(attended))
        for r, (status, meeting_id, meeting_date, title) in enumerate(attended):
            for c, text in enumerate(
                (short_date(meeting_date), title, vocab_text(status, vocab.AttendanceStatus))
            ):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, meeting_id)
                self.attendance.setItem(r, c, item)

    # Changes ----------------------------------------------------------------------------------

    def new_person(self) -> None:
        from liaison_desktop.gui.dialogs.directory import PersonDialog

        dialog = PersonDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(dialog.saved.id)

    def edit_person(self) -> None:
        from liaison_desktop.gui.dialogs.directory import PersonDialog

        person_id = self.current_person_id()
        if person_id is None:
            return
        dialog = PersonDialog(self.ctx, self.ctx.services.directory.person(person_id), self)
        if dialog.exec():
            self._changed(person_id)

    def appoint(self) -> None:
        from liaison_desktop.gui.dialogs.directory import AppointmentDialog

        person_id = self.current_person_id()
        if person_id is None:
            return
        person = self.ctx.services.directory.person(person_id)
        if AppointmentDialog(self.ctx, person, self).exec():
            self._changed(person_id)

    def end_appointment(self) -> None:
        row = self.appointments.currentRow()
        person_id = self.current_person_id()
        if row < 0 or person_id is None:
            return
        appointment_id = self.appointments.item(row, 0).data(ID_ROLE)
        text, ok = QInputDialog.getText(
            self,
            self.tr("End of appointment"),
            self.tr("Last day in post (DD-MM-YYYY):"),
            text=short_date(self.ctx.today()),
        )
        if not ok:
            return
        try:
            self.ctx.services.directory.end_appointment(appointment_id, parse_date(text))
        except Exception as error:
            show_error(self, error)
            return
        self._changed(person_id)

    def _changed(self, person_id: int) -> None:
        self.window_.dataChanged.emit()
        self.model.refresh()
        self.table.select_id(person_id)
        self._show_person()

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Name in Hindi or English, or mobile (Ctrl+F)"))
        self.inactive.setText(self.tr("Show inactive"))
        self.new_button.setText(self.tr("New person…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.appoint_button.setText(self.tr("New appointment…"))
        self.end_button.setText(self.tr("End selected appointment…"))
        self.appointments_label.setText(self.tr("Appointments (newest first)"))
        self.appointments.setHorizontalHeaderLabels(
            [self.tr("Designation"), self.tr("Place"), self.tr("From"), self.tr("To")]
        )
        self.attendance_label.setText(self.tr("Recent meetings"))
        self.attendance.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Meeting"), self.tr("Attendance")]
        )
        self.model.retranslate()
        if not self._stale:
            self._show_person()
