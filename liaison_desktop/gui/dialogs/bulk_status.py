"""Change the status of several action items at once (a report received outside a meeting)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from liaison_desktop.core import vocab
from liaison_desktop.gui.forms.bulk_status_dialog import Ui_BulkStatusDialog


class BulkStatusDialog(QDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BulkStatusDialog()
        self.ui.setupUi(self)
        self.ui.status.set_vocabulary(vocab.ActionStatus)
        self.ui.status.set_value(vocab.ActionStatus.DONE.value)
        self.ui.summary.setText(
            self.tr("%1 selected action item(s) will get the new status.").replace("%1", str(count))
        )

    def status(self) -> str:
        return self.ui.status.value()

    def remark(self) -> str:
        return self.ui.remark.toPlainText()
