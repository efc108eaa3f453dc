"""The copy-to list (प्रतिलिपि) printed at the end of the minutes: one recipient per line."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from liaison_desktop.core.records import MeetingDraft
from liaison_desktop.core.services.meetings import F_COPY_TO
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.editor.section import Section


class CopyToSection(Section):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.hint = QLabel()
        self.recipients = QPlainTextEdit()
        self.recipients.setObjectName("copyTo")
        self.recipients.textChanged.connect(self._edited)
        self.previous_button = QPushButton()
        self.previous_button.clicked.connect(self.copy_previous)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.previous_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.recipients, 1)
        self._loading = False
        self.retranslate()

    def title(self) -> str:
        return self.tr("&6 Copy to (%1)").replace("%1", str(len(self._lines())))

    def _lines(self) -> list[str]:
        return [line.strip() for line in self.recipients.toPlainText().splitlines() if line.strip()]

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, draft: MeetingDraft) -> None:
        super().load(draft)
        self._loading = True
        self.recipients.setPlainText("\n".join(draft.copy_to))
        self._loading = False

    def store(self, draft: MeetingDraft) -> None:
        draft.copy_to = self._lines()

    def copy_previous(self) -> None:
        """The list of the series' most recent other meeting: it rarely changes."""
        if self.draft is None or self.read_only:
            return
        for summary in self.ctx.services.meetings.summaries(series_id=self.draft.series_id):
            if summary.uuid != self.draft.uuid:
                previous = self.ctx.services.meetings.load(summary.id)
                if previous.copy_to:
                    self.recipients.setPlainText("\n".join(previous.copy_to))
                    return

    def new_line(self) -> None:
        self.recipients.setFocus()
        cursor = self.recipients.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        if self.recipients.toPlainText() and not self.recipients.toPlainText().endswith("\n"):
            cursor.insertText("\n")
        self.recipients.setTextCursor(cursor)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.recipients.setReadOnly(read_only)
        self.previous_button.setEnabled(not read_only)

    def focus_field(self, field: str | None) -> bool:
        if field != F_COPY_TO:
            return False
        self.recipients.setFocus()
        return True

    def retranslate(self) -> None:
        self.hint.setText(self.tr("One recipient per line, in the order they should print."))
        self.previous_button.setText(self.tr("Same as the last meeting of this series"))
