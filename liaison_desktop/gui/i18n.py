"""The interface language: Qt translators for every catalogue, switched at run time.

All three catalogues (core: errors and vocabularies; gui: the interface; documents: printed labels
shown in previews) are loaded for the chosen language. Installing a translator sends every widget a
``LanguageChange`` event; each page and dialog answers it by re-setting its texts (``retranslate``),
so a language chosen in Settings applies at once, without a restart.

The compiled catalogues are read from the package (``liaison_desktop.i18n.read_catalogue``); one
that is missing or that Qt refuses is logged and remembered, and ``language_warning`` gives the
message the window shows for it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from liaison_desktop.core.errors import LiaisonError
from liaison_desktop.core.vocab import LANGUAGE_AUTONYMS, Language, Vocabulary
from liaison_desktop.i18n import (
    LANGUAGES,
    PARTS,
    catalogue_failed,
    catalogue_name,
    catalogue_warning,
    read_catalogue,
)

DEFAULT_LANGUAGE = "hi"

class CatalogueTranslator(QTranslator):
    """A translator over catalogue bytes, which it keeps: Qt reads them in place, uncopied."""

    def __init__(self, data: bytes, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._data = data
        self.loaded = self.load(data)


_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE
_loaded_language: str | None = None  # what the installed translators are for


def set_language(language: str) -> str:
    """Install the translators for ``language`` (unknown codes fall back to Hindi); return it."""
    global _language, _loaded_language
    app = QCoreApplication.instance()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    if language == _loaded_language:
        # Re-installing would send every widget a LanguageChange for nothing.
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for part in PARTS:
        data = read_catalogue(part, language, ".qm")
        if data is None:
            continue
        translator = CatalogueTranslator(data, app)
        if not translator.loaded:
            catalogue_failed(catalogue_name(part, language, ".qm"), "Qt cannot load it")
            continue
        app.installTranslator(translator)
        _installed.append(translator)
    _language = _loaded_language = language
    QLocale.setDefault(QLocale(QLocale.Language.Hindi if language == "hi" else QLocale.English))
    return language


def current_language() -> str:
    return _language


def language_warning() -> str | None:
    """What to tell the clerk when a catalogue of the current language could not be loaded."""
    return catalogue_warning(QCoreApplication.translate, _language)


def vocab_text(member: Vocabulary | str, enum: type[Vocabulary] | None = None) -> str:
    """The translated label of a vocabulary member (or of ``enum(code)``); unknown codes as is."""
    if enum is not None and not isinstance(member, enum):
        try:
            member = enum(member)
        except ValueError:
            return str(member)
    if not isinstance(member, Vocabulary):
        return str(member)
    if isinstance(member, Language):
        return LANGUAGE_AUTONYMS[member]  # each language in its own name, whatever the interface
    return QCoreApplication.translate("Vocabulary", member.label)


def error_text(error: LiaisonError) -> str:
    """A core error in the interface language."""
    return error.localise(lambda context, text: QCoreApplication.translate(context, text))
