"""At start-up: meetings whose edits a crash left unsaved, offered back to the clerk.

The dialog lists the recovery snapshots of the open database (meeting, date, when it was
autosaved, whether the meeting was ever saved). Restore hands the chosen drafts to the caller,
which opens them in the editor; their snapshots stay until the editor saves or discards them, so a
second crash loses nothing either. Discard (after a confirmation) deletes a snapshot. Closing the
dialog keeps everything for the next start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison_desktop.core.dates import format_date
from liaison_desktop.core.records import MeetingDraft
from liaison_desktop.core.recovery import RecoverySnapshot, RecoveryStore


class RecoveryPrompt(QDialog):
    def __init__(
        self,
        store: RecoveryStore,
        snapshots: list[RecoverySnapshot],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.snapshots = list(snapshots)
        self.restored: list[MeetingDraft] = []
        self.setWindowTitle(self.tr("Recover unsaved meetings"))
        intro = QLabel(
            self.tr(
                "Liaison Desktop closed before these meetings were saved. Restore them to go on "
                "editing where you stopped, or discard the unsaved changes."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Meeting"), self.tr("Meeting date"), self.tr("Autosaved at"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.discard_button = QPushButton(self.tr("Discard"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        later = buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._fill()
        self.table.selectAll()
        self.resize(720, 320)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.snapshots))
        for row, snapshot in enumerate(self.snapshots):
            state = self.tr("never saved") if snapshot.is_new else self.tr("changes not saved")
            cells = (
                snapshot.title,
                format_date(snapshot.meeting_date),
                snapshot.saved_at.strftime("%d-%m-%Y %H:%M"),
                state,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)

    def selected(self) -> list[RecoverySnapshot]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.snapshots[row] for row in rows]

    @Slot()
    def restore_selected(self) -> None:
        chosen = self.selected()
        self.restored += [snapshot.draft for snapshot in chosen]
        self._remove(chosen)

    @Slot()
    def discard_selected(self) -> None:
        chosen = self.selected()
        if not chosen or not self._confirm_discard(len(chosen)):
            return
        for snapshot in chosen:
            self.store.forget(snapshot.meeting_uuid)
        self._remove(chosen)

    def _confirm_discard(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard unsaved changes"),
            self.tr(
                "Discard the unsaved changes of {count} meeting(s)? They cannot be recovered "
                "afterwards."
            ).format(count=count),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _remove(self, done: list[RecoverySnapshot]) -> None:
        self.snapshots = [s for s in self.snapshots if s not in done]
        self._fill()
        self.table.selectAll()
        if not self.snapshots:
            self.accept()


def ask_to_recover(
    store: RecoveryStore, parent: QWidget | None = None, *, dialogs_enabled: bool = True
) -> list[MeetingDraft]:
    """The drafts the clerk chose to restore (to open in the editor); snapshots left undecided
    are offered again at the next start."""
    snapshots = store.snapshots()
    if not snapshots or not dialogs_enabled:
        return []
    prompt = RecoveryPrompt(store, snapshots, parent)
    prompt.exec()
    return prompt.restored
