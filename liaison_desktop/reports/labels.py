"""Document labels in the document's language, which may differ from the interface's.

Labels are English sources marked ``QT_TRANSLATE_NOOP("Document", ...)`` where they are used (so
lupdate collects them into ``documents_<lang>.ts``); vocabulary labels come from the "Vocabulary"
context of the core catalogue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from liaison_desktop.core.dates import format_date_long
from liaison_desktop.core.vocab import Vocabulary
from liaison_desktop.i18n import LANGUAGES, translate

CONTEXT = "Document"


@dataclass(frozen=True)
class Labels:
    language: str

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown document language {self.language!r}")

    def __call__(self, text: str, **params: object) -> str:
        """A document label (already marked by the caller) in this language, filled in."""
        label = translate(CONTEXT, text, self.language)
        return label.format(**params) if params else label

    def vocab(self, code: str, vocabulary: type[Vocabulary]) -> str:
        """The printed label of a stored code; an unknown code prints as itself."""
        try:
            member = vocabulary(code)
        except ValueError:
            return code
        return translate("Vocabulary", member.label, self.language)

    def long_date(self, value: dt.date | None) -> str:
        return format_date_long(value, self.language)
