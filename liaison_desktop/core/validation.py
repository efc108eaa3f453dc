"""Input checks shared by the services: text is stored faithfully, within generous limits.

Faithfully means: Devanagari, emoji, right-to-left scripts and line breaks are kept as typed. Only
C0/C1 control characters other than tab and newline are removed (they are invisible, break printing
and XML, and never intended), and text is put in Unicode NFC so that the same word typed two ways
compares equal.
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

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(value: str | None, *, multiline: bool = False) -> str:
    """NFC, no stray control characters, CRLF → LF; single-line text also loses line breaks."""
    text = unicodedata.normalize("NFC", value or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    if not multiline:
        text = " ".join(text.split("\n"))
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
