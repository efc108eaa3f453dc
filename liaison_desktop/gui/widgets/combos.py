"""Combo boxes over closed vocabularies and over records (series, stations), keyed by value.

Items keep their stored value (vocabulary code or record id) as item data, so selection survives
a language change: only the texts are replaced.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QWidget

from liaison_desktop.core.vocab import Vocabulary
from liaison_desktop.gui.i18n import vocab_text
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

ANY = QT_TRANSLATE_NOOP("Combos", "All")
NONE = QT_TRANSLATE_NOOP("Combos", "(none)")


class ValueCombo(QComboBox):
    """A combo whose items carry values; ``value()`` / ``set_value()``."""

    def __init__(self, parent: QWidget | None = None, *, blank: str | None = None) -> None:
        super().__init__(parent)
        self._blank = blank  # untranslated text of a first "no choice" item, if any

    def set_blank(self, blank: str | None) -> None:
        """Offer a first "no choice" item (``blank``: untranslated, context "Combos")."""
        self._blank = blank

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        self.setCurrentIndex(index if index >= 0 else 0)

    def set_items(self, items: Iterable[tuple[Any, str]]) -> None:
        """Replace the items, keeping the current value when it is still offered."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self._blank is not None:
            self.addItem(QCoreApplication.translate("Combos", self._blank), None)
        for value, text in items:
            self.addItem(text, value)
        self.set_value(current)
        self.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self._blank is not None and self.count():
            self.setItemText(0, QCoreApplication.translate("Combos", self._blank))


class VocabCombo(ValueCombo):
    """The members of one vocabulary, shown by their translated labels. Built in code with the
    vocabulary, or by a Designer form (parent only) followed by ``set_vocabulary``."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        enum: type[Vocabulary] | None = None,
        blank: str | None = None,
        members: Iterable[Vocabulary] | None = None,
    ) -> None:
        super().__init__(parent, blank=blank)
        self.members: list[Vocabulary] = []
        if enum is not None:
            self.set_vocabulary(enum, members)

    def set_vocabulary(
        self, enum: type[Vocabulary], members: Iterable[Vocabulary] | None = None
    ) -> None:
        self.members = list(members if members is not None else enum)
        self.set_items((member.value, vocab_text(member)) for member in self.members)

    def retranslate(self) -> None:
        super().retranslate()
        offset = 1 if self._blank is not None else 0
        for position, member in enumerate(self.members):
            self.setItemText(position + offset, vocab_text(member))
