"""Ask why final minutes are amended, and start the amendment (a new draft)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from liaison_desktop.core.records import MeetingDraft
from liaison_desktop.core.services.lifecycle import F_REASON
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.dialogs.checked import CheckedDialog


class AmendDialog(CheckedDialog):
    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend the minutes"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        label = QLabel(self.tr("&Reason for the amendment (printed with the corrected minutes):"))
        label.setBuddy(self.reason)
        label.setWordWrap(True)
        self.fields = {F_REASON: self.reason}
        self.amendment: MeetingDraft | None = None  # the new draft, once started

        def start() -> None:
            reason = self.reason.toPlainText()
            self.amendment = ctx.services.lifecycle.amend(meeting_id, reason)

        self.submit = start
        self.lay_out(label, self.reason)
        self.resize(520, 260)
