"""Typed errors raised by the core, with messages the interface can translate.

The core never imports Qt, yet every message a clerk may see must be translatable. Each message
template is wrapped in ``QT_TRANSLATE_NOOP("LiaisonError", ...)`` — a no-op here, but the marker
``pyside6-lupdate`` recognises — so the templates land in the .ts files. The GUI translates the
template with ``QCoreApplication.translate("LiaisonError", err.template)`` and then fills in the
parameters; the CLI prints the English text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from liaison_desktop.i18n import QT_TRANSLATE_NOOP

TRANSLATION_CONTEXT = "LiaisonError"


@dataclass(frozen=True)
class Tr:
    """A message parameter that is itself translatable text (a vocabulary label, a record kind)."""

    context: str
    text: str

    def __str__(self) -> str:
        return self.text

    def __format__(self, spec: str) -> str:
        return format(self.text, spec)


class LiaisonError(Exception):
    """Base of every error the core raises on purpose.

    ``template`` is an English message with ``{name}`` placeholders; ``params`` fills them;
    ``field`` names the input field at fault, if any, so a form can focus it.
    """

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.params = params
        self.field = field
        super().__init__(self.render(template))

    def render(self, template: str, params: dict[str, Any] | None = None) -> str:
        """Fill ``template`` (the English one or its translation) with the parameters."""
        params = self.params if params is None else params
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            # A bad translation must not hide the error itself.
            return self.template.format(**self.params)

    def localise(self, translate: Callable[[str, str], str]) -> str:
        """The message in the interface language; ``translate(context, text)`` is e.g. Qt's.

        The ``label`` parameter is always a field label marked in the "Field" context; parameters
        wrapped in ``Tr`` are translated in their own context, and an error given as a parameter
        (the first of several problems) in the same language as this one.
        """
        params = {key: _localised(value, translate) for key, value in self.params.items()}
        if isinstance(params.get("label"), str):
            params["label"] = translate("Field", params["label"])
        return self.render(translate(TRANSLATION_CONTEXT, self.template), params)


def _localised(value: Any, translate: Callable[[str, str], str]) -> Any:
    if isinstance(value, Tr):
        return translate(value.context, value.text)
    if isinstance(value, LiaisonError):
        return value.localise(translate)
    return value


class ValidationError(LiaisonError):
    """Input that cannot be stored as given."""


class NotFoundError(LiaisonError):
    """A record asked for by id or UUID does not exist."""


class StateError(LiaisonError):
    """An operation not allowed in the record's current state (e.g. editing signed minutes)."""


class ReferencedError(LiaisonError):
    """A record other records depend on cannot be deleted."""


class StorageError(LiaisonError):
    """The database file cannot be used: corrupt, locked, read-only, full."""


class DatabaseDamagedError(StorageError):
    """The database file is damaged, truncated, empty or not a database: offer a backup.

    ``path`` is the file at fault, so the interface can move it aside and restore a backup.
    """

    @property
    def path(self) -> str:
        return str(self.params.get("path", ""))


class ArchiveError(LiaisonError):
    """A JSON archive that cannot be imported."""


# Message templates used in more than one place. The context must be a literal for lupdate.
MSG_REQUIRED = QT_TRANSLATE_NOOP("LiaisonError", "“{label}” must not be empty.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "LiaisonError", "“{label}” is too long ({length} characters; at most {limit})."
)
MSG_NOT_FOUND = QT_TRANSLATE_NOOP("LiaisonError", "No {kind} with id or UUID “{ref}”.")
MSG_BAD_CHOICE = QT_TRANSLATE_NOOP("LiaisonError", "“{value}” is not a valid {label}.")


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` shortened for a message to at most ``limit`` characters at a word boundary, with
    "…" (cutting inside a word splits a Devanagari cluster and reads as a different word)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[: limit + 1] else text[:limit]
    return cut.rstrip(" ,;:—-") + "…"
