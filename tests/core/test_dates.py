from __future__ import annotations

import datetime as dt

import pytest

from liaison_desktop.core.dates import (
    add_months,
    format_date,
    format_date_long,
    parse_date,
    parse_quarter,
    parse_time,
    quarter_months,
)
from liaison_desktop.core.errors import ValidationError


@pytest.mark.parametrize(
    "text",
    ["20-07-2024", "20/07/2024", "20.7.2024", "2024-07-20", "२०-०७-२०२४", " 20-07-2024 "],
)
def test_parse_date_accepts_office_spellings(text: str) -> None:
    assert parse_date(text) == dt.date(2024, 7, 20)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31-02-2024", "not a real date"),
        ("29-02-2023", "not a real date"),
        ("yesterday", "not a date"),
        ("", "not a date"),
        ("20-07-1024", "outside the years"),
        ("07/20/2024", "not a real date"),
    ],
)
def test_parse_date_rejects_with_clear_message(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_date(text)


def test_formats() -> None:
    day = dt.date(2024, 7, 5)
    assert format_date(day) == "05-07-2024"
    assert format_date_long(day, "hi") == "5 जुलाई 2024"
    assert format_date_long(day, "en") == "5 July 2024"
    assert parse_time("११:३०") == dt.time(11, 30)
    assert parse_time("") is None
    with pytest.raises(ValidationError):
        parse_time("25:00")


def test_month_arithmetic_and_quarters() -> None:
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2024, 11, 15), 3) == dt.date(2025, 2, 15)
    assert add_months(dt.date(2024, 3, 31), -1) == dt.date(2024, 2, 29)
    assert parse_quarter("2024Q3") == (2024, 3)
    assert quarter_months(2024, 3) == [
        dt.date(2024, 7, 1),
        dt.date(2024, 8, 1),
        dt.date(2024, 9, 1),
    ]
    with pytest.raises(ValidationError):
        parse_quarter("2024Q5")
