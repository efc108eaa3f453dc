"""Date and time entry as an Indian office writes them: DD-MM-YYYY and HH:MM, typed.

A clerk types dates faster than picking them, so these are line edits (Devanagari digits and
``/`` or ``.`` separators accepted, ``20072024`` completed to ``20-07-2024``); F4 or the calendar
button opens a calendar for the occasional look-up. An empty field means "no date".
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QVBoxLayout, QWidget

from liaison_desktop.core.dates import format_date, format_time, parse_date, parse_time
from liaison_desktop.core.errors import ValidationError
from liaison_desktop.core.validation import ascii_digits

_DIGITS_ONLY = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
INVALID_STYLE = "QLineEdit { border: 1px solid #c0392b; background: #fdecea; }"


class _ParsedLineEdit(QLineEdit):
    """A line edit whose text must parse; bad text is marked red when the clerk leaves it.
    ``field_label`` (a "Field" label) names the field in error messages."""

    field_label = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(self._check)
        self.textEdited.connect(lambda _text: self.setStyleSheet(""))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def _parse(self) -> object:
        raise NotImplementedError

    def is_valid(self) -> bool:
        try:
            self._parse()
        except ValidationError:
            return False
        return True

    def _check(self) -> None:
        self.setStyleSheet("" if self.is_valid() else INVALID_STYLE)


class DateField(_ParsedLineEdit):
    dateChosen = Signal(object)  # dt.date, after the calendar or a valid edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(10)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 48)
        action = self.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        action.triggered.connect(self.open_calendar)
        self._calendar_action = action
        self.editingFinished.connect(self._complete_digits)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("DD-MM-YYYY"))
        self.setToolTip(self.tr("Date as DD-MM-YYYY; F4 opens a calendar"))

    def date(self) -> dt.date | None:
        """The date typed, None when empty; raises ``ValidationError`` for bad text."""
        return self._parse()

    def _parse(self) -> dt.date | None:
        text = self.text().strip()
        if not text:
            return None
        return parse_date(text, self.field_label) if self.field_label else parse_date(text)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(format_date(value))
        self.setStyleSheet("")

    def _complete_digits(self) -> None:
        match = _DIGITS_ONLY.match(ascii_digits(self.text().strip()))
        if match:
            self.setText("-".join(match.groups()))
        if self.text().strip() and self.is_valid():
            self.dateChosen.emit(self.date())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        popup = _CalendarPopup(self)
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        popup.calendar.setFocus()


class _CalendarPopup(QWidget):
    def __init__(self, field: DateField) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.field = field
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        try:
            current = field.date()
        except ValidationError:
            current = None
        if current:
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.calendar.activated.connect(self._chosen)
        self.calendar.clicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def _chosen(self, date: QDate) -> None:
        value = dt.date(date.year(), date.month(), date.day())
        self.field.set_date(value)
        self.field.textEdited.emit(self.field.text())
        self.field.dateChosen.emit(value)
        self.field.setFocus()
        self.close()


class TimeField(_ParsedLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(5)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:000") + 24)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("HH:MM"))

    def time(self) -> dt.time | None:
        return self._parse()

    def _parse(self) -> dt.time | None:
        text = self.text()
        return parse_time(text, self.field_label) if self.field_label else parse_time(text)

    def set_time(self, value: dt.time | None) -> None:
        self.setText(format_time(value))
        self.setStyleSheet("")
