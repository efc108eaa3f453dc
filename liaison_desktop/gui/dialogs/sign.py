"""Record that final minutes were signed: on which day, and by whom (as printed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from liaison_desktop.core.services.lifecycle import F_SIGNATORY, F_SIGNED_ON, SignatoryLine
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.dialogs.checked import CheckedDialog
from liaison_desktop.gui.widgets.datefield import DateField

ROWS = 4

# Records the signature; raises a LiaisonError (shown in the dialog) when it is refused.
SignAction = Callable[[dt.date | None, list[SignatoryLine]], None]


class SignDialog(CheckedDialog):
    def __init__(
        self, ctx: AppContext, meeting_id: int, record: SignAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record signature"))
        self.date = DateField()
        self.date.field_label = F_SIGNED_ON
        self.date.set_date(ctx.today())
        self.table = QTableWidget(ROWS, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Signed by"), self.tr("Designation")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.person_ids: list[int | None] = [None] * ROWS
        for row, line in enumerate(ctx.services.lifecycle.default_signatories(meeting_id)[:ROWS]):
            self.table.setItem(row, 0, QTableWidgetItem(line.name))
            self.table.setItem(row, 1, QTableWidgetItem(line.designation))
            self.person_ids[row] = line.person_id
        self.fields = {F_SIGNED_ON: self.date, F_SIGNATORY: self.table}
        self.submit = lambda: record(self.date.date(), self.signatories())
        form = QFormLayout()
        form.addRow(self.tr("Signed &on"), self.date)
        self.lay_out(form, QLabel(self.tr("Who signed (as it should print):")), self.table)
        self.resize(560, 300)

    def signatories(self) -> list[SignatoryLine]:
        lines = []
        for row in range(ROWS):
            name = self.table.item(row, 0)
            designation = self.table.item(row, 1)
            if name is not None and name.text().strip():
                lines.append(
                    SignatoryLine(
                        name.text(),
                        designation.text() if designation is not None else "",
                        self.person_ids[row],
                    )
                )
        return lines
