"""Files kept with the meeting (inside the database): the scanned signed copy, letters, photos."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from liaison_desktop.core import vocab
from liaison_desktop.core.models import Attachment
from liaison_desktop.core.records import MeetingDraft
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.editor.section import Section
from liaison_desktop.gui.folders import ATTACHMENTS_FOLDER, remember_folder, start_folder
from liaison_desktop.gui.formatting import short_date
from liaison_desktop.gui.i18n import vocab_text


class AttachmentsSection(Section):
    listed = Signal()  # the stored attachments were (re)read

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("attachmentsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self.open_current())
        self.attach_button = QPushButton()
        self.attach_button.clicked.connect(lambda: self.choose_file(vocab.AttachmentKind.DOCUMENT))
        self.signed_button = QPushButton()
        self.signed_button.clicked.connect(
            lambda: self.choose_file(vocab.AttachmentKind.SIGNED_COPY)
        )
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_current)
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.signed_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._ids: list[int] = []
        self.retranslate()

    def title(self) -> str:
        return self.tr("&7 Attachments (%1)").replace("%1", str(len(self._ids)))

    def load(self, draft: MeetingDraft) -> None:
        super().load(draft)
        self.reload()

    def reload(self) -> None:
        rows = []
        if self.draft is not None and self.draft.id is not None:
            rows = list(
                Attachment.select(
                    Attachment.id,
                    Attachment.filename,
                    Attachment.kind,
                    Attachment.size,
                    Attachment.added_at,
                )
                .where(Attachment.meeting == self.draft.id)
                .order_by(Attachment.added_at, Attachment.id)
                .tuples()
            )
        self._ids = [row[0] for row in rows]
        self.table.setRowCount(len(rows))
        self.listed.emit()  # the tab's count follows at once
        for r, (_id, filename, kind, size, added) in enumerate(rows):
            values = (
                filename,
                vocab_text(kind, vocab.AttachmentKind),
                self.tr("%1 KB").replace("%1", f"{size / 1024:,.0f}"),
                short_date(added.date() if hasattr(added, "date") else None),
            )
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._update_enabled()

    def _update_enabled(self) -> None:
        saved = self.draft is not None and self.draft.id is not None
        signed = saved and self.draft.status == vocab.MeetingStatus.SIGNED.value
        self.attach_button.setEnabled(saved)
        self.signed_button.setEnabled(signed)
        self.open_button.setEnabled(bool(self._ids))
        self.note.setVisible(not saved)

    def choose_file(self, kind: str) -> None:
        state = self.ctx.ui_state
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Attach a file"), str(start_folder(state, ATTACHMENTS_FOLDER))
        )
        if path:
            remember_folder(state, ATTACHMENTS_FOLDER, Path(path))
            self.attach(Path(path), kind)

    def attach(self, path: Path, kind: str) -> None:
        """Read and store the file off the GUI thread (scans can be tens of megabytes)."""
        meeting_id = self.draft.id if self.draft else None
        if meeting_id is None:
            return
        lifecycle = self.ctx.services.lifecycle
        self.ctx.tasks.start(
            lambda progress: lifecycle.attach_file(meeting_id, path, kind),
            title=self.tr("Attaching %1").replace("%1", path.name),
            parent=self,
            on_success=lambda _attachment: self.reload(),
        )

    def open_current(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._ids):
            return
        attachment = Attachment.get_by_id(self._ids[row])
        folder = Path(tempfile.mkdtemp(prefix="liaison-attachment-"))
        target = folder / Path(attachment.filename).name
        target.write_bytes(bytes(attachment.content))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def retranslate(self) -> None:
        self.note.setText(self.tr("Save the meeting first; files are kept with a saved meeting."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Kind"), self.tr("Size"), self.tr("Added")]
        )
        self.attach_button.setText(self.tr("Attach a file…"))
        self.signed_button.setText(self.tr("Attach the scanned signed copy…"))
        self.open_button.setText(self.tr("Open"))
        if self.draft is not None:
            self.reload()
