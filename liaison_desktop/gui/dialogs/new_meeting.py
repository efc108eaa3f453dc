"""Start a meeting: choose the series and the date; the series fills in the rest."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from liaison_desktop.core.errors import ValidationError
from liaison_desktop.gui.context import AppContext
from liaison_desktop.gui.errors import show_error
from liaison_desktop.gui.forms.new_meeting_dialog import Ui_NewMeetingDialog


class NewMeetingDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        series_id: int | None = None,
        on_date: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewMeetingDialog()
        self.ui.setupUi(self)
        self.ui.series.set_items(
            (series.id, series.name) for series in ctx.services.series.all_series()
        )
        if series_id is not None:
            self.ui.series.set_value(series_id)
        self.ui.date.set_date(on_date or ctx.today())
        self.ui.series.setFocus()

    def series_id(self) -> int:
        return self.ui.series.value()

    def meeting_date(self) -> dt.date:
        return self.ui.date.date()  # checked in accept()

    def include_station_items(self) -> bool:
        return self.ui.includeStation.isChecked()

    def accept(self) -> None:
        try:
            if self.ui.date.date() is None:
                self.ui.date.setFocus()
                return
        except ValidationError as error:
            show_error(self, error)
            self.ui.date.setFocus()
            return
        if self.series_id() is None:
            self.ui.series.setFocus()
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
