"""How the interface writes dates and times: Indian style, Hindi month names in Hindi."""

from __future__ import annotations

import datetime as dt

from liaison_desktop.core.dates import format_date, format_date_long
from liaison_desktop.gui.i18n import current_language


def short_date(value: dt.date | None) -> str:
    """DD-MM-YYYY, as on office documents; empty for none."""
    return format_date(value)


def long_date(value: dt.date | None) -> str:
    """``20 जुलाई 2024`` in Hindi, ``20 July 2024`` in English."""
    return format_date_long(value, current_language())


def month_year(value: dt.date) -> str:
    """``जनवरी 2025`` / ``January 2025``: the month a dashboard figure is about."""
    return long_date(value).split(" ", 1)[1]
