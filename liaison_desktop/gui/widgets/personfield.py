"""Pick a person from the directory by typing part of the name, in Devanagari or Latin letters.

The directory search runs on every edit (``DirectoryService.find_people``: prefix matches first),
so ``raj`` and ``राज`` both offer राजेश कुमार सिंह. Enter takes the highlighted suggestion, or the
first one when the list is closed. Text that matches nobody stays as typed: a chair or a
responsible officer need not be in the directory.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from liaison_desktop.core.models import Person
from liaison_desktop.core.services.directory import DirectoryService

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
SUGGESTIONS = 12


def person_label(person: Person) -> str:
    """How a person appears in suggestions: both spellings, so either can be recognised."""
    if person.name_latin and person.name_latin != person.name:
        return f"{person.name} — {person.name_latin}"
    return person.name


class PersonField(QLineEdit):
    personChosen = Signal(int)  # person id
    personCleared = Signal()  # the text no longer names the chosen person
    notFound = Signal(str)  # Enter on a name the directory does not hold

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory: DirectoryService | None = None
        self.person_id: int | None = None
        self._suggestions = QStandardItemModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(NAME_ROLE)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[QModelIndex].connect(self._activated)
        self.setCompleter(completer)
        self.textEdited.connect(self._search)
        self.returnPressed.connect(self._take_first)
        self.retranslate()

    def set_directory(self, directory: DirectoryService) -> None:
        self.directory = directory

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Type a name in Hindi or English…"))

    def set_person(self, person_id: int | None, name: str) -> None:
        self.person_id = person_id
        self.setText(name)

    def suggestions(self) -> list[tuple[int, str]]:
        """(person id, label) of the suggestions on offer."""
        return [
            (self._suggestions.item(row).data(ID_ROLE), self._suggestions.item(row).text())
            for row in range(self._suggestions.rowCount())
        ]

    def _search(self, text: str) -> None:
        if self.person_id is not None:
            self.person_id = None
            self.personCleared.emit()
        self._suggestions.clear()
        if self.directory is None or not text.strip():
            return
        for person in self.directory.find_people(text, limit=SUGGESTIONS):
            item = QStandardItem(person_label(person))
            item.setData(person.id, ID_ROLE)
            item.setData(person.name, NAME_ROLE)
            self._suggestions.appendRow(item)
        self.completer().complete()

    def _activated(self, index: QModelIndex) -> None:
        self._choose(index.data(ID_ROLE), index.data(NAME_ROLE))

    def _take_first(self) -> None:
        if self.person_id is not None or not self.text().strip():
            return
        if self._suggestions.rowCount():
            item = self._suggestions.item(0)
            self._choose(item.data(ID_ROLE), item.data(NAME_ROLE))
        else:
            self.notFound.emit(self.text().strip())

    def _choose(self, person_id: int, name: str) -> None:
        self.completer().popup().hide()
        self.person_id = person_id
        self.setText(name)
        self.personChosen.emit(person_id)
