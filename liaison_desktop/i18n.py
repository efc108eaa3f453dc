"""Translation without Qt, for the parts that must not import it (core, reports, CLI).

Catalogues are ``resources/translations/<part>_<lang>.ts`` (parts: core, gui, documents), kept
current by ``scripts/build_translations.py`` (pyside6-lupdate/lrelease). The GUI loads the compiled
``.qm`` files through ``QTranslator``; printed documents, which may be in a language other than the
interface, read the same ``.ts`` files here. Strings
are marked with ``QT_TRANSLATE_NOOP(context, text)`` so lupdate collects them from any module.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path

LANGUAGES = ("hi", "en")
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context`` without translating it."""
    return text


_NOT_USABLE = ("unfinished", "obsolete", "vanished")


@functools.cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    entries: dict[tuple[str, str], str] = {}
    for path in sorted(TRANSLATIONS_DIR.glob(f"*_{language}.ts")):
        entries.update(_read_ts(path))
    return entries


def _read_ts(path: Path) -> dict[tuple[str, str], str]:
    entries: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
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
