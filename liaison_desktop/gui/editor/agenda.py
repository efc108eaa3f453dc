"""Agenda points: for each, what was discussed and what was decided.

A list of points on the left, the selected point's text on the right. Ctrl+N adds a point;
"Action item for this point" raises an action item tied to it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from liaison_desktop.core.records import AgendaLine, MeetingDraft
from liaison_desktop.core.services.meetings import F_AGENDA_TITLE, F_DECISION, F_DISCUSSION
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.editor.section import Section


class AgendaSection(Section):
    actionRequested = Signal(str)  # agenda point uuid

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.points = QListWidget()
        self.points.setObjectName("agendaList")
        self.points.currentRowChanged.connect(self._show_point)
        self.point_title = QLineEdit()
        self.point_title.setObjectName("agendaTitle")
        self.discussion = QPlainTextEdit()
        self.discussion.setObjectName("agendaDiscussion")
        self.decision = QPlainTextEdit()
        self.decision.setObjectName("agendaDecision")
        for editor in (self.discussion, self.decision):
            editor.setTabChangesFocus(True)
        self.point_title.textEdited.connect(self._write)
        self.point_title.returnPressed.connect(self.discussion.setFocus)
        self.discussion.textChanged.connect(self._write)
        self.decision.textChanged.connect(self._write)

        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.new_line)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove)
        self.up_button = QPushButton("↑")
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton("↓")
        self.down_button.clicked.connect(lambda: self._move(1))
        self.action_button = QPushButton()
        self.action_button.setObjectName("actionForPoint")
        self.action_button.clicked.connect(self._request_action)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.points, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        left_layout.addLayout(row)

        right = QWidget()
        self.form = QFormLayout(right)
        self.title_label, self.discussion_label, self.decision_label = QLabel(), QLabel(), QLabel()
        for label, field in (
            (self.title_label, self.point_title),
            (self.discussion_label, self.discussion),
            (self.decision_label, self.decision),
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow("", self.action_button)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._loading = False
        self._update_enabled()
        self.retranslate()

    def title(self) -> str:
        return self.tr("&4 Agenda and decisions (%1)").replace("%1", str(self.points.count()))

    # Lines ------------------------------------------------------------------------------------

    def load(self, draft: MeetingDraft) -> None:
        super().load(draft)
        self._loading = True
        self.points.clear()
        for number, point in enumerate(draft.agenda, start=1):
            self.points.addItem(self._label(number, point))
        self._loading = False
        self.points.setCurrentRow(0 if draft.agenda else -1)
        self._show_point(self.points.currentRow())

    @staticmethod
    def _label(number: int, point: AgendaLine) -> str:
        return f"{number}. {point.title}"

    def current(self) -> AgendaLine | None:
        row = self.points.currentRow()
        if self.draft is None or not 0 <= row < len(self.draft.agenda):
            return None
        return self.draft.agenda[row]

    def new_line(self) -> None:
        if self.read_only or self.draft is None:
            return
        self.draft.agenda.append(AgendaLine(title=""))
        self.points.addItem(self._label(len(self.draft.agenda), self.draft.agenda[-1]))
        self.points.setCurrentRow(len(self.draft.agenda) - 1)
        self.point_title.setFocus()
        self.changed.emit()

    def _remove(self) -> None:
        row = self.points.currentRow()
        if self.read_only or self.draft is None or row < 0:
            return
        removed = self.draft.agenda.pop(row)
        for action in self.draft.actions:  # actions stay, no longer tied to the point
            if action.agenda_uuid == removed.uuid:
                action.agenda_uuid = None
        self.load(self.draft)
        self.points.setCurrentRow(min(row, len(self.draft.agenda) - 1))
        self.changed.emit()

    def _move(self, offset: int) -> None:
        row = self.points.currentRow()
        if self.read_only or self.draft is None or not 0 <= row + offset < len(self.draft.agenda):
            return
        agenda = self.draft.agenda
        agenda[row], agenda[row + offset] = agenda[row + offset], agenda[row]
        self.load(self.draft)
        self.points.setCurrentRow(row + offset)
        self.changed.emit()

    def _show_point(self, row: int) -> None:
        point = self.current()
        self._loading = True
        self.point_title.setText(point.title if point else "")
        self.discussion.setPlainText(point.discussion if point else "")
        self.decision.setPlainText(point.decision if point else "")
        self._loading = False
        self._update_enabled()

    def _write(self) -> None:
        point = self.current()
        if self._loading or point is None or self.read_only:
            return
        point.title = self.point_title.text()
        point.discussion = self.discussion.toPlainText()
        point.decision = self.decision.toPlainText()
        row = self.points.currentRow()
        self.points.item(row).setText(self._label(row + 1, point))
        self.changed.emit()

    def _request_action(self) -> None:
        point = self.current()
        if point is not None and not self.read_only:
            self.actionRequested.emit(point.uuid)

    def _update_enabled(self) -> None:
        has_point = self.current() is not None
        editable = has_point and not self.read_only
        for widget in (self.point_title, self.discussion, self.decision):
            widget.setEnabled(has_point)
        self.point_title.setReadOnly(not editable)
        self.discussion.setReadOnly(not editable)
        self.decision.setReadOnly(not editable)
        for button in (self.remove_button, self.up_button, self.down_button, self.action_button):
            button.setEnabled(editable)
        self.add_button.setEnabled(not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._update_enabled()

    def focus_field(self, field: str | None) -> bool:
        targets = {
            F_AGENDA_TITLE: self.point_title,
            F_DISCUSSION: self.discussion,
            F_DECISION: self.decision,
        }
        if field not in targets or self.draft is None:
            return False
        if field == F_AGENDA_TITLE:  # the first point without a title
            empty = next((r for r, p in enumerate(self.draft.agenda) if not p.title.strip()), None)
            if empty is not None:
                self.points.setCurrentRow(empty)
        targets[field].setFocus()
        return True

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Agenda &point"))
        self.discussion_label.setText(self.tr("D&iscussion"))
        self.decision_label.setText(self.tr("D&ecision"))
        self.add_button.setText(self.tr("New point"))
        self.remove_button.setText(self.tr("Remove"))
        self.action_button.setText(self.tr("Action item for this point"))
        self.point_title.setPlaceholderText(self.tr("Subject of the point, e.g. traffic jams"))
