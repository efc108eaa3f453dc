"""Translation without Qt, for the parts that must not import it (core, reports, CLI).

Catalogues are ``<part>_<lang>.ts`` (parts: core, gui, documents) inside the package
(``liaison_desktop/resources/translations``), kept current by ``scripts/build_translations.py``
(pyside6-lupdate/lrelease). The GUI loads the compiled ``.qm`` files through ``QTranslator``;
printed documents, which may be in a language other than the interface, read the same ``.ts``
files here. Strings are marked with ``QT_TRANSLATE_NOOP(context, text)`` so lupdate collects them
from any module.

A catalogue that is missing or cannot be read is never silent: it is logged as an error and
remembered, and ``catalogue_warning`` gives the message the GUI and the CLI show (the texts of
that catalogue then appear in English).
"""

from __future__ import annotations

import functools
import logging
import xml.etree.ElementTree as ET
from collections.abc import Callable

from liaison_desktop.resources import resource

LANGUAGES = ("hi", "en")
PARTS = ("core", "gui", "documents")

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context`` without translating it."""
    return text


MSG_CATALOGUE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Catalogue",
    "Some translations could not be read ({files}), so their texts are shown in English. "
    "Reinstall Liaison Desktop to repair it; the details are in the log.",
)

_NOT_USABLE = ("unfinished", "obsolete", "vanished")
_unreadable: dict[str, str] = {}  # catalogue file name -> why it could not be read


def catalogue_name(part: str, language: str, suffix: str) -> str:
    return f"{part}_{language}{suffix}"


def read_catalogue(part: str, language: str, suffix: str) -> bytes | None:
    """The bytes of a shipped catalogue (``suffix`` ``.ts`` or ``.qm``); ``None`` when it cannot
    be read, after logging and remembering why."""
    name = catalogue_name(part, language, suffix)
    try:
        return resource("translations", name).read_bytes()
    except OSError as exc:
        catalogue_failed(name, exc.strerror or str(exc))
        return None


def check_catalogues_present(suffix: str = ".ts") -> None:
    """Record every shipped catalogue that is missing, without reading any (a worker process
    that printed a document may have been the one to miss it)."""
    for part in PARTS:
        for language in LANGUAGES:
            name = catalogue_name(part, language, suffix)
            if name not in _unreadable and not resource("translations", name).is_file():
                catalogue_failed(name, "not found")


def catalogue_failed(name: str, reason: str) -> None:
    log.error("translation catalogue %s cannot be used: %s", name, reason)
    _unreadable[name] = reason


def unreadable_catalogues(language: str | None = None) -> list[str]:
    """Names of the catalogues (for ``language``, or any) that could not be used so far."""
    return sorted(
        name
        for name in _unreadable
        if language is None or name.rsplit(".", 1)[0].endswith(f"_{language}")
    )


def catalogue_warning(
    localise: Callable[[str, str], str], language: str | None = None
) -> str | None:
    """The message to show when a catalogue (for ``language``, or any) could not be used,
    translated by ``localise(context, text)``; ``None`` when all were fine."""
    files = unreadable_catalogues(language)
    if not files:
        return None
    return localise("Catalogue", MSG_CATALOGUE_UNREADABLE).format(files=", ".join(files))


@functools.cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    entries: dict[tuple[str, str], str] = {}
    for part in PARTS:
        data = read_catalogue(part, language, ".ts")
        if data is None:
            continue
        try:
            entries.update(_read_ts(data))
        except ET.ParseError as exc:
            catalogue_failed(catalogue_name(part, language, ".ts"), f"not a catalogue: {exc}")
    return entries


def _read_ts(data: bytes) -> dict[tuple[str, str], str]:
    entries: dict[tuple[str, str], str] = {}
    for context in ET.fromstring(data).iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _NOT_USABLE:
                continue
            if translation.text:
                entries[(name, message.findtext("source", ""))] = translation.text
    return entries


def translate(context: str, text: str, language: str) -> str:
    """``text`` in ``language``; the English source when no finished translation exists."""
    if language == "en":
        return text
    return _catalogue(language).get((context, text), text)
