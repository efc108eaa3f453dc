"""Dates as Indian offices write them: DD-MM-YYYY, Hindi month names; Devanagari digits read."""

from __future__ import annotations

import datetime as dt
import re

from liaison_desktop.core.errors import ValidationError
from liaison_desktop.core.validation import ascii_digits
from liaison_desktop.i18n import QT_TRANSLATE_NOOP

HINDI_MONTHS = (
    "जनवरी",
    "फ़रवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "अक्टूबर",
    "नवंबर",
    "दिसंबर",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")

MSG_BAD_DATE = QT_TRANSLATE_NOOP(
    "LiaisonError", "“{value}” is not a date. Write it as DD-MM-YYYY, for example 20-07-2024."
)
MSG_IMPOSSIBLE_DATE = QT_TRANSLATE_NOOP(
    "LiaisonError", "“{value}” is not a real date (there is no such day in that month)."
)
MSG_DATE_RANGE = QT_TRANSLATE_NOOP(
    "LiaisonError", "“{value}” is outside the years this office can record (1950 to 2200)."
)
MSG_BAD_TIME = QT_TRANSLATE_NOOP(
    "LiaisonError", "“{value}” is not a time. Write it as HH:MM, for example 11:30."
)


def parse_date(text: str, label: str = QT_TRANSLATE_NOOP("Field", "Date")) -> dt.date:
    """Parse DD-MM-YYYY (also / or . separators, Devanagari digits) or ISO YYYY-MM-DD."""
    value = ascii_digits((text or "").strip())
    if match := _DAY_FIRST.match(value):
        day, month, year = (int(g) for g in match.groups())
    elif match := _ISO.match(value):
        year, month, day = (int(g) for g in match.groups())
    else:
        raise ValidationError(MSG_BAD_DATE, field=label, value=text, label=label)
    try:
        parsed = dt.date(year, month, day)
    except ValueError as exc:
        raise ValidationError(MSG_IMPOSSIBLE_DATE, field=label, value=text, label=label) from exc
    check_date_range(parsed, label)
    return parsed


def as_date(value: object) -> dt.date | None:
    """A date read from the database: SQLite hands back ISO strings where a query bypasses the
    field (aliases, aggregates, ``.dicts()`` over joins); ``None`` and ``""`` mean no date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def check_date_range(value: dt.date, label: str = QT_TRANSLATE_NOOP("Field", "Date")) -> dt.date:
    if not 1950 <= value.year <= 2200:
        raise ValidationError(MSG_DATE_RANGE, field=label, value=value.isoformat(), label=label)
    return value


def parse_time(text: str, label: str = QT_TRANSLATE_NOOP("Field", "Time")) -> dt.time | None:
    """``HH:MM`` (or ``HH.MM``), empty for none."""
    value = ascii_digits((text or "").strip())
    if not value:
        return None
    match = _TIME.match(value)
    try:
        if not match:
            raise ValueError(value)
        return dt.time(int(match.group(1)), int(match.group(2)))
    except ValueError as exc:
        raise ValidationError(MSG_BAD_TIME, field=label, value=text, label=label) from exc


def format_date(value: dt.date | None) -> str:
    """DD-MM-YYYY, the form printed on Indian office documents."""
    return value.strftime("%d-%m-%Y") if value else ""


def format_date_long(value: dt.date | None, language: str) -> str:
    """``20 जुलाई 2024`` or ``20 July 2024``."""
    if not value:
        return ""
    months = HINDI_MONTHS if language == "hi" else ENGLISH_MONTHS
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_time(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def add_months(value: dt.date, months: int) -> dt.date:
    """Same day ``months`` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    index = value.month - 1 + months
    year, month = value.year + index // 12, index % 12 + 1
    for day in (value.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(value.day, day))
        except ValueError:
            continue
    raise AssertionError("unreachable: day 28 exists in every month")


def month_end(value: dt.date) -> dt.date:
    """The last day of ``value``'s month."""
    return add_months(value.replace(day=1), 1) - dt.timedelta(days=1)


def quarter_of(value: dt.date) -> tuple[int, int]:
    """Calendar quarter as (year, 1..4)."""
    return value.year, (value.month - 1) // 3 + 1


def quarter_months(year: int, quarter: int) -> list[dt.date]:
    """First days of the three months of a calendar quarter."""
    return [dt.date(year, 3 * (quarter - 1) + offset + 1, 1) for offset in range(3)]


def parse_quarter(text: str) -> tuple[int, int]:
    """``2024Q3`` or ``2024-Q3`` → (2024, 3)."""
    match = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", (text or "").strip())
    if not match:
        raise ValidationError(
            QT_TRANSLATE_NOOP("LiaisonError", "“{value}” is not a quarter. Write it as 2024Q3."),
            value=text,
        )
    return int(match.group(1)), int(match.group(2))
