"""The directory of people: filtered in SQL, each with the designation they hold today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from peewee import JOIN
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from liaison_desktop.core import vocab
from liaison_desktop.core.models import Appointment, Person, Place
from liaison_desktop.core.services.directory import printed_designation
from liaison_desktop.gui.i18n import current_language, vocab_text
from liaison_desktop.gui.models.lazy import Column, LazyTableModel
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

INACTIVE_COLOUR = QColor("#8a8a8a")


@dataclass
class PeopleFilter:
    text: str = ""  # part of either spelling of the name, or of the mobile number
    organisation: str | None = None
    include_inactive: bool = False


class PersonRow(NamedTuple):
    id: int
    name: str
    name_latin: str
    organisation: str
    mobile: str
    active: bool
    designation: str | None


_SORT = {
    "name": Person.name,
    "latin": Person.name_latin,
    "organisation": Person.organisation,
    "mobile": Person.mobile,
}


class PeopleTableModel(LazyTableModel):
    context = "PeopleTableModel"
    columns = (
        Column("name", QT_TRANSLATE_NOOP("PeopleTableModel", "Name")),
        Column("latin", QT_TRANSLATE_NOOP("PeopleTableModel", "In Latin letters")),
        Column(
            "designation",
            QT_TRANSLATE_NOOP("PeopleTableModel", "Designation today"),
            sortable=False,
        ),
        Column("organisation", QT_TRANSLATE_NOOP("PeopleTableModel", "Organisation")),
        Column("mobile", QT_TRANSLATE_NOOP("PeopleTableModel", "Mobile")),
    )

    def __init__(self, today: dt.date, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today
        self.filter = PeopleFilter()

    def set_filter(self, people_filter: PeopleFilter) -> None:
        self.filter = people_filter
        self.refresh()

    def query_ids(self) -> list[int]:
        f = self.filter
        query = Person.select(Person.id)
        if text := f.text.strip():
            query = query.where(
                Person.name.contains(text)
                | Person.name_latin.contains(text)
                | Person.mobile.contains(text)
            )
        if f.organisation:
            query = query.where(Person.organisation == f.organisation)
        if not f.include_inactive:
            query = query.where(Person.active == True)  # noqa: E712 - peewee expression
        key = _SORT[self.sort_key]
        order = [key.desc(), Person.id.desc()] if self.descending else [key, Person.id]
        return [row[0] for row in query.order_by(*order).tuples()]

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, PersonRow]:
        if not ids:
            return {}
        current = (
            Appointment.select(Appointment.id)
            .where(
                (Appointment.person == Person.id)
                & (Appointment.start_date <= self.today)
                & (Appointment.end_date.is_null() | (Appointment.end_date >= self.today))
            )
            .order_by(Appointment.start_date.desc())
            .limit(1)
        )
        query = Person.select(
            Person.id,
            Person.name,
            Person.name_latin,
            Person.organisation,
            Person.mobile,
            Person.active,
            current.alias("appointment"),
        ).where(Person.id.in_(list(ids)))
        rows = list(query.tuples())
        held = {
            a.id: a
            for a in Appointment.select(Appointment, Place)
            .join(Place, JOIN.LEFT_OUTER)
            .where(Appointment.id.in_([values[-1] for values in rows if values[-1]]))
        }
        language = current_language()
        return {
            values[0]: PersonRow(
                *values[:-1],
                printed_designation(held[values[-1]], language) if values[-1] in held else None,
            )
            for values in rows
        }

    def cell(self, row: PersonRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name":
                return row.name
            if key == "latin":
                return row.name_latin
            if key == "designation":
                return row.designation or ""
            if key == "organisation":
                return vocab_text(row.organisation, vocab.Organisation)
            if key == "mobile":
                return row.mobile
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(INACTIVE_COLOUR)
        return None
