"""What every part of the meeting editor does: show the draft, write it back, report changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from liaison_desktop.core.records import MeetingDraft
from liaison_desktop.gui.context import AppContext


class Section(QWidget):
    """One tab of the editor. Sections edit the draft's values in place where they can (tables of
    lines); ``store`` writes what widgets hold (typed fields) back into the draft."""

    changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.draft: MeetingDraft | None = None
        self.read_only = False

    def load(self, draft: MeetingDraft) -> None:
        self.draft = draft

    def store(self, draft: MeetingDraft) -> None:
        """Write widget contents into ``draft``; raise ``ValidationError`` for unusable input."""

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only

    def new_line(self) -> None:
        """Ctrl+N: add a line of this section (an attendee, a point, an item...)."""

    def focus_field(self, field: str | None) -> bool:
        """Put the cursor on the input a validation error names; False if not in this section."""
        return False

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every text again in the current interface language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
