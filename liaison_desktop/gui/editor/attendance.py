"""Attendance: tick who was present, add people from the directory or walk-ins.

Keyboard: Space marks the current person present or absent; typing in a cell edits it; Delete
removes a line; the "add" field takes a name in Devanagari or Latin letters and Enter adds the
first match.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from liaison_desktop.core import vocab
from liaison_desktop.core.records import AttendanceLine, MeetingDraft
from liaison_desktop.core.services.meetings import (
    F_AREA,
    F_ATTENDANCE,
    F_ATTENDEE,
    F_MOBILE,
    F_REPRESENTED_BY,
)
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.editor.lines import (
    Index,
    LineColumn,
    LinesModel,
    VocabDelegate,
    commit_open_editor,
)
from liaison_desktop.gui.editor.section import Section
from liaison_desktop.gui.widgets.personfield import PersonField
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

PRESENT = vocab.AttendanceStatus.PRESENT.value
ABSENT = vocab.AttendanceStatus.ABSENT.value
CONTEXT = "AttendanceModel"
COLUMNS = [
    LineColumn("present", QT_TRANSLATE_NOOP("AttendanceModel", "Present"), display=lambda line: ""),
    LineColumn("name", QT_TRANSLATE_NOOP("AttendanceModel", "Name"), editable=True),
    LineColumn("designation", QT_TRANSLATE_NOOP("AttendanceModel", "Designation"), editable=True),
    LineColumn("area", QT_TRANSLATE_NOOP("AttendanceModel", "Area"), editable=True),
    LineColumn("mobile", QT_TRANSLATE_NOOP("AttendanceModel", "Mobile"), editable=True),
    LineColumn(
        "status",
        QT_TRANSLATE_NOOP("AttendanceModel", "Attendance"),
        editable=True,
        vocabulary=vocab.AttendanceStatus,
    ),
    LineColumn(
        "represented_by", QT_TRANSLATE_NOOP("AttendanceModel", "Represented by"), editable=True
    ),
]


class AttendanceModel(LinesModel):
    """Attendance lines; the first column is a check box for "present"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, CONTEXT, parent)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == 0 and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            status = self.lines[index.row()].status
            if status == vocab.AttendanceStatus.REPRESENTED.value:
                return Qt.CheckState.PartiallyChecked  # there, through a representative
            return Qt.CheckState.Checked if status == PRESENT else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.set_status(index.row(), PRESENT if checked else ABSENT)
        return super().setData(index, value, role)

    def set_status(self, row: int, status: str) -> bool:
        if self.read_only or self.lines[row].status == status:
            return False
        self.lines[row].status = status
        self.line_changed(row)
        self.edited.emit()
        return True

    def toggle_present(self, row: int) -> None:
        self.set_status(row, ABSENT if self.lines[row].status == PRESENT else PRESENT)

    def counts(self) -> dict[str, int]:
        result = {status.value: 0 for status in vocab.AttendanceStatus}
        for line in self.lines:
            result[line.status] = result.get(line.status, 0) + 1
        return result

    def present(self) -> int:
        return sum(1 for line in self.lines if line.status in vocab.COUNTED_PRESENT)


class AttendanceTable(QTableView):
    def __init__(self, model: AttendanceModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setObjectName("attendanceTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setItemDelegateForColumn(
            model.column_of("status"), VocabDelegate(vocab.AttendanceStatus, self)
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for key, width in (
            ("present", 70),
            ("name", 210),
            ("designation", 260),
            ("area", 120),
            ("mobile", 110),
            ("status", 110),
        ):
            self.setColumnWidth(model.column_of(key), width)

    def attendance(self) -> AttendanceModel:
        return self.model()  # type: ignore[return-value]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        if row >= 0 and self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Space:
                self.attendance().toggle_present(row)
                return
            if event.key() == Qt.Key.Key_Delete:
                self.attendance().remove(row)
                return
        super().keyPressEvent(event)


class AttendanceSection(Section):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.model = AttendanceModel(self)
        self.model.edited.connect(self._edited)
        self.table = AttendanceTable(self.model)

        self.add_label = QLabel()
        self.person = PersonField()
        self.person.setObjectName("addAttendee")
        self.person.set_directory(ctx.services.directory)
        self.person.personChosen.connect(self.add_person)
        self.person.notFound.connect(self._not_in_directory)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.person._take_first)
        self.walk_in_button = QPushButton()
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.all_present_button = QPushButton()
        self.all_present_button.clicked.connect(self.mark_all_present)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(
            lambda: self.model.remove(self.table.currentIndex().row())
        )
        self.summary = QLabel()

        add_row = QHBoxLayout()
        add_row.addWidget(self.add_label)
        add_row.addWidget(self.person, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.walk_in_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_present_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def title(self) -> str:
        return (
            self.tr("&2 Attendance (%1/%2)")
            .replace("%1", str(self.model.present()))
            .replace("%2", str(len(self.model.lines)))
        )

    def _edited(self) -> None:
        self._update_summary()
        self.changed.emit()

    def load(self, draft: MeetingDraft) -> None:
        super().load(draft)
        self.model.set_lines(draft.attendance)
        self._update_summary()

    def add_person(self, person_id: int) -> None:
        """Add a directory person (present), or select them if already listed."""
        if self.read_only or self.draft is None:
            return
        for row, line in enumerate(self.model.lines):
            if line.person_id == person_id:
                self.table.selectRow(row)
                self.person.clear()
                return
        services = self.ctx.services
        person = services.directory.person(person_id)
        line = AttendanceLine(
            person_id=person.id,
            name=person.name,
            designation=services.directory.designation_on(
                person.id, self.draft.meeting_date, self.draft.language
            ),
            mobile=person.mobile,
            status=PRESENT,
        )
        row = self.model.append(line)
        self.table.selectRow(row)
        self.person.clear()
        self.person.person_id = None

    def _not_in_directory(self, name: str) -> None:
        """Say so, rather than nothing: the walk-in button then adds the name as typed."""
        self.summary.setText(
            self.tr("“%1” is not in the directory. Press “Add a walk-in” to add the name as typed.")
            .replace("%1", name)
        )

    def add_walk_in(self) -> None:
        """A line for someone not in the directory: the name typed in the directory field (one
        it did not find), else an empty name cell to type it straight away."""
        if self.read_only:
            return
        typed = self.person.text().strip() if self.person.person_id is None else ""
        if typed:
            row = self.model.append(AttendanceLine(name=typed, status=PRESENT))
            self.person.clear()
            self.table.setCurrentIndex(self.model.index(row, self.model.column_of("name")))
            self.table.setFocus()
            return
        row = self.model.append(AttendanceLine(name="", status=PRESENT))
        index = self.model.index(row, self.model.column_of("name"))
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def mark_all_present(self) -> None:
        for row in range(len(self.model.lines)):
            if self.model.lines[row].status == vocab.AttendanceStatus.INVITED.value:
                self.model.set_status(row, PRESENT)

    def new_line(self) -> None:
        self.person.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.model.read_only = read_only
        for widget in (
            self.person,
            self.add_button,
            self.walk_in_button,
            self.all_present_button,
            self.remove_button,
        ):
            widget.setEnabled(not read_only)

    def focus_field(self, field: str | None) -> bool:
        columns = {
            F_ATTENDEE: "name",
            F_MOBILE: "mobile",
            F_AREA: "area",
            F_ATTENDANCE: "status",
            F_REPRESENTED_BY: "represented_by",
        }
        if field not in columns:
            return False
        column = self.model.column_of(columns[field])
        row = next(
            (
                r
                for r, line in enumerate(self.model.lines)
                if field == F_ATTENDEE and not line.name.strip()
            ),
            max(self.table.currentIndex().row(), 0),
        )
        if self.model.lines:
            self.table.setCurrentIndex(self.model.index(row, column))
        self.table.setFocus()
        return True

    def store(self, draft: MeetingDraft) -> None:
        commit_open_editor(self.table)

    def _update_summary(self) -> None:
        counts = self.model.counts()
        self.summary.setText(
            self.tr("Present %1 · Absent %2 · Not marked %3")
            .replace("%1", str(self.model.present()))
            .replace("%2", str(counts[ABSENT]))
            .replace("%3", str(counts[vocab.AttendanceStatus.INVITED.value]))
        )

    def retranslate(self) -> None:
        self.add_label.setText(self.tr("Add from the directory:"))
        self.add_button.setText(self.tr("Add"))
        self.walk_in_button.setText(self.tr("Add a walk-in"))
        self.all_present_button.setText(self.tr("Mark everyone not marked as present"))
        self.remove_button.setText(self.tr("Remove line"))
        self.model.refresh_texts()
        self._update_summary()
