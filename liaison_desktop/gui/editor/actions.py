"""New action items raised at this meeting: what, who, where, by when, category.

A list on top, the selected item's form below; Ctrl+N adds an item. Status is not edited here:
an item starts open and later meetings review it.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison_desktop.core import vocab
from liaison_desktop.core.records import ActionLine, MeetingDraft
from liaison_desktop.core.services.meetings import F_ACTION, F_CATEGORY, F_DUE, F_RESPONSIBLE
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.editor.lines import LineColumn, LinesModel
from liaison_desktop.gui.editor.section import Section
from liaison_desktop.gui.formatting import short_date
from liaison_desktop.gui.widgets.combos import NONE, ValueCombo, VocabCombo
from liaison_desktop.gui.widgets.datefield import DateField
from liaison_desktop.gui.widgets.personfield import PersonField
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

CONTEXT = "NewActionModel"


NOTE_STYLE = "background: #eef4fb; border: 1px solid #9db9de; padding: 6px;"


class ActionsSection(Section):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._names: dict[int, str] = {}
        columns = [
            LineColumn("description", QT_TRANSLATE_NOOP("NewActionModel", "Action to be taken")),
            LineColumn(
                "responsible",
                QT_TRANSLATE_NOOP("NewActionModel", "Responsible"),
                display=self._responsible_text,
            ),
            LineColumn(
                "due",
                QT_TRANSLATE_NOOP("NewActionModel", "Due"),
                display=lambda line: short_date(line.due_date),
            ),
            LineColumn(
                "category",
                QT_TRANSLATE_NOOP("NewActionModel", "Category"),
                vocabulary=vocab.ActionCategory,
            ),
        ]
        self.model = LinesModel(columns, CONTEXT, self)
        self.list = QTableView()
        self.list.setObjectName("newActionsTable")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.list.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.description = QPlainTextEdit()
        self.description.setObjectName("actionDescription")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.category = VocabCombo(enum=vocab.ActionCategory)
        self.place = ValueCombo(blank=NONE)
        self.person = PersonField()
        self.person.setObjectName("actionResponsible")
        self.person.set_directory(ctx.services.directory)
        self.body = QLineEdit()
        self.due = DateField()
        self.due.field_label = F_DUE
        self.agenda = ValueCombo(blank=NONE)
        self.description.textChanged.connect(self._write)
        for combo in (self.category, self.place, self.agenda):
            combo.currentIndexChanged.connect(self._write)
        self.person.personChosen.connect(lambda _id: self._write())
        self.person.personCleared.connect(self._write)
        self.body.textEdited.connect(self._write)
        self.due.editingFinished.connect(self._write)
        self.due.dateChosen.connect(lambda _date: self._write())
        for edit in (self.person, self.body, self.due):
            edit.returnPressed.connect(self.focusNextChild)

        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.new_line)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove)

        self.labels = {
            key: QLabel()
            for key in ("what", "category", "place", "person", "body", "due", "agenda")
        }
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        for key, field in (
            ("what", self.description),
            ("category", self.category),
            ("place", self.place),
            ("person", self.person),
            ("body", self.body),
            ("due", self.due),
            ("agenda", self.agenda),
        ):
            self.labels[key].setBuddy(field)
            form.addRow(self.labels[key], field)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top_layout.addLayout(buttons)
        form_column = QWidget()
        form_layout = QVBoxLayout(form_column)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(form_widget)
        form_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(top)
        splitter.addWidget(form_column)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # In an amendment: the items of the versions before it print with it, so they are not
        # to be typed again here (their progress is recorded on the Action items page).
        self.earlier_note = QLabel()
        self.earlier_note.setWordWrap(True)
        self.earlier_note.setStyleSheet(NOTE_STYLE)
        self.earlier_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.earlier_note)
        layout.addWidget(splitter, 1)
        self._loading = False
        self._update_enabled()
        self.retranslate()

    def title(self) -> str:
        earlier = self.draft.earlier_actions if self.draft is not None else 0
        if earlier:
            return (
                self.tr("&5 New action items (%1, and %2 from the original)")
                .replace("%1", str(len(self.model.lines)))
                .replace("%2", str(earlier))
            )
        return self.tr("&5 New action items (%1)").replace("%1", str(len(self.model.lines)))

    def _show_earlier_note(self) -> None:
        earlier = self.draft.earlier_actions if self.draft is not None else 0
        self.earlier_note.setText(
            self.tr(
                "The %1 action items of the minutes this amendment corrects print with it; do not "
                "add them again. Record their progress on the Action items page."
            ).replace("%1", str(earlier))
        )
        self.earlier_note.setVisible(earlier > 0)

    def _person_name(self, person_id: int | None) -> str:
        if person_id is None:
            return ""
        if person_id not in self._names:
            self._names[person_id] = self.ctx.services.directory.person(person_id).name
        return self._names[person_id]

    def _responsible_text(self, line: ActionLine) -> str:
        name = self._person_name(line.responsible_person_id)
        return ", ".join(part for part in (name, line.responsible_body) if part)

    # Lines ------------------------------------------------------------------------------------

    def load(self, draft: MeetingDraft) -> None:
        super().load(draft)
        places = self.ctx.services.directory
        self.place.set_items(
            [(p.id, p.name) for p in places.places(vocab.PlaceKind.STATION)]
            + [(p.id, p.name) for p in places.places(vocab.PlaceKind.WARD)]
        )
        self.model.set_lines(draft.actions)
        self._show_earlier_note()
        self.refresh_agenda_choices()
        if draft.actions:
            self._select(0)
        self._show_current()

    def refresh_agenda_choices(self) -> None:
        """The agenda points changed (titles, order): offer them again."""
        if self.draft is None:
            return
        self._loading = True
        self.agenda.set_items(
            (point.uuid, f"{number}. {point.title}")
            for number, point in enumerate(self.draft.agenda, start=1)
        )
        line = self.current()
        self.agenda.set_value(line.agenda_uuid if line else None)
        self._loading = False

    def current(self) -> ActionLine | None:
        row = self.list.currentIndex().row()
        return self.model.lines[row] if 0 <= row < len(self.model.lines) else None

    def _select(self, row: int) -> None:
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def new_line(self, agenda_uuid: str | None = None) -> None:
        if self.read_only or self.draft is None:
            return
        station = self.ctx.services.series.series(self.draft.series_id).station_id
        line = ActionLine(
            description="",
            place_id=station,
            agenda_uuid=agenda_uuid if isinstance(agenda_uuid, str) else None,
        )
        self._select(self.model.append(line))
        self.description.setFocus()

    def _remove(self) -> None:
        row = self.list.currentIndex().row()
        if not self.read_only and row >= 0:
            self.model.remove(row)
            if self.model.lines:
                self._select(min(row, len(self.model.lines) - 1))
            self._show_current()

    def _show_current(self) -> None:
        line = self.current()
        self._loading = True
        self.description.setPlainText(line.description if line else "")
        self.category.set_value(line.category if line else vocab.ActionCategory.OTHER.value)
        self.place.set_value(line.place_id if line else None)
        person_id = line.responsible_person_id if line else None
        self.person.set_person(person_id, self._person_name(person_id))
        self.body.setText(line.responsible_body if line else "")
        self.due.set_date(line.due_date if line else None)
        self.agenda.set_value(line.agenda_uuid if line else None)
        self._loading = False
        self._update_enabled()

    def _write(self) -> None:
        line = self.current()
        if self._loading or line is None or self.read_only:
            return
        line.description = self.description.toPlainText()
        line.category = self.category.value()
        line.place_id = self.place.value()
        line.responsible_person_id = self.person.person_id
        if self.person.person_id is not None:
            self._names[self.person.person_id] = self.person.text()
        line.responsible_body = self.body.text()
        if self.due.is_valid():
            line.due_date = self.due.date()
        line.agenda_uuid = self.agenda.value()
        self.model.line_changed(self.list.currentIndex().row())
        self.changed.emit()

    def store(self, draft: MeetingDraft) -> None:
        if self.current() is not None:
            self.due.date()  # raises ValidationError naming the due date if the text is bad
            self._write()

    def _update_enabled(self) -> None:
        editable = self.current() is not None and not self.read_only
        for widget in (
            self.description,
            self.category,
            self.place,
            self.person,
            self.body,
            self.due,
            self.agenda,
            self.remove_button,
        ):
            widget.setEnabled(editable)
        self.add_button.setEnabled(not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._update_enabled()

    def focus_field(self, field: str | None) -> bool:
        targets = {
            F_ACTION: self.description,
            F_CATEGORY: self.category,
            F_RESPONSIBLE: self.body,
            F_DUE: self.due,
        }
        if field not in targets:
            return False
        if field == F_ACTION:
            empty = next(
                (r for r, line in enumerate(self.model.lines) if not line.description.strip()),
                None,
            )
            if empty is not None:
                self._select(empty)
        targets[field].setFocus()
        return True

    def retranslate(self) -> None:
        texts = {
            "what": self.tr("&What is to be done"),
            "category": self.tr("Cate&gory"),
            "place": self.tr("W&here (station or ward)"),
            "person": self.tr("Responsible &person"),
            "body": self.tr("…or &department"),
            "due": self.tr("&By when"),
            "agenda": self.tr("Agenda poin&t"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.body.setPlaceholderText(self.tr("e.g. traffic police, municipal corporation"))
        self.add_button.setText(self.tr("New action item"))
        self.remove_button.setText(self.tr("Remove"))
        self._show_earlier_note()
        self.model.refresh_texts()
