"""Input checks shared by the services: text is stored faithfully, within generous limits.

Faithfully means: Devanagari (with its zero-width joiner and non-joiner), emoji, right-to-left
scripts and line breaks are kept as typed. Removed are only characters that are invisible, break
printing, XML or the database, and are never intended: C0/C1 control characters other than tab and
newline, lone UTF-16 surrogates (a broken paste; SQLite cannot even store them), zero-width spaces,
byte-order marks and the noncharacters U+FFFE/U+FFFF. Text is put in Unicode NFC so that the same
word typed two ways compares equal (a nukta letter typed as one character or as letter + nukta).
Single-line text (names, titles) also has every run of spaces made one space, so that names
differing only by spacing are the same name.
"""

from __future__ import annotations

import re
import unicodedata

from liaison_desktop.core import vocab
from liaison_desktop.core.errors import (
    MSG_BAD_CHOICE,
    MSG_REQUIRED,
    MSG_TOO_LONG,
    ValidationError,
)
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

SHORT_TEXT_LIMIT = 1_000  # names, titles, designations
LONG_TEXT_LIMIT = 2_000_000  # discussion and decisions: a 1 MB paste must still be stored whole

_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u200b\ufeff\ufffe\uffff]")


def clean_text(value: str | None, *, multiline: bool = False) -> str:
    """NFC, none of the unwanted characters, CRLF → LF; single-line text also loses line breaks
    and repeated spaces."""
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", _UNWANTED.sub("", text))
    if not multiline:
        text = " ".join(text.split())
    return text.strip()


def text_field(
    value: str | None,
    label: str,
    *,
    required: bool = False,
    multiline: bool = False,
    limit: int | None = None,
) -> str:
    text = clean_text(value, multiline=multiline)
    if required and not text:
        raise ValidationError(MSG_REQUIRED, field=label, label=label)
    limit = limit or (LONG_TEXT_LIMIT if multiline else SHORT_TEXT_LIMIT)
    if len(text) > limit:
        raise ValidationError(MSG_TOO_LONG, field=label, label=label, length=len(text), limit=limit)
    return text


def choice(value: str | None, enum: type[vocab.Vocabulary], label: str) -> str:
    if value not in enum.codes():
        raise ValidationError(MSG_BAD_CHOICE, field=label, label=label, value=value or "")
    return str(value)


_MOBILE = re.compile(r"^\+?[0-9 ]{6,16}$")
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
MSG_BAD_MOBILE = QT_TRANSLATE_NOOP(
    "LiaisonError", "“{value}” is not a phone number (digits only, for example 98390 12345)."
)


def ascii_digits(text: str) -> str:
    """Devanagari digits typed on a Hindi keyboard become the ASCII digits stored and printed."""
    return text.translate(_DEVANAGARI_DIGITS)


def mobile_number(value: str | None, label: str) -> str:
    """Digits (Devanagari digits accepted), optional leading +, spaces allowed; empty allowed."""
    text = ascii_digits(clean_text(value)).replace("-", " ")
    if text and not _MOBILE.match(text):
        raise ValidationError(MSG_BAD_MOBILE, field=label, label=label, value=value or "")
    return text
