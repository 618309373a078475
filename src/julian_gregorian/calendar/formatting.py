"""Writing dates as text, for any year and for days that exist in one calendar only.

These functions format the fields they are given and check nothing beyond their types,
so ``29 February 1900`` (Julian) and year 10**15 format as readily as any other day;
validity is the business of the calendar modules.
"""

from __future__ import annotations

from typing import Literal

from julian_gregorian.calendar.months import MONTH_NAMES

Style = Literal["iso", "dmy", "mdy"]
YearStyle = Literal["bce", "bc", "astronomical"]


def iso_year(year: int) -> str:
    """ISO 8601 year: four digits for 0..9999, otherwise a sign and at least four digits.

    >>> iso_year(1917), iso_year(0), iso_year(-43), iso_year(12345)
    ('1917', '0000', '-0043', '+12345')
    """
    if 0 <= year <= 9999:
        return f"{year:04d}"
    return f"{year:+05d}"


def format_iso(year: int, month: int, day: int) -> str:
    """ISO 8601 calendar date in astronomical years: ``1917-10-25``, ``-0043-03-15``."""
    return f"{iso_year(year)}-{month:02d}-{day:02d}"


def format_year(year: int, year_style: YearStyle = "bce") -> str:
    """A year for readers: ``1917``, ``44 BCE`` (or ``44 BC``), or astronomical ``-43``.

    >>> format_year(-43), format_year(-43, "bc"), format_year(-43, "astronomical")
    ('44 BCE', '44 BC', '-43')
    """
    if year > 0 or year_style == "astronomical":
        return str(year)
    return f"{1 - year} {'BC' if year_style == 'bc' else 'BCE'}"


def format_date(
    year: int,
    month: int,
    day: int,
    style: Style = "dmy",
    year_style: YearStyle = "bce",
) -> str:
    """Format a date: ``dmy`` "25 October 1917", ``mdy`` "October 25, 1917", or ``iso``.

    >>> format_date(1917, 10, 25), format_date(1917, 10, 25, "mdy")
    ('25 October 1917', 'October 25, 1917')
    >>> format_date(-43, 3, 15)
    '15 March 44 BCE'
    """
    if style == "iso":
        return format_iso(year, month, day)
    name = MONTH_NAMES[month - 1]
    shown = format_year(year, year_style)
    if style == "mdy":
        return f"{name} {day}, {shown}"
    if style == "dmy":
        return f"{day} {name} {shown}"
    raise ValueError(f"unknown date style {style!r}: use 'iso', 'dmy' or 'mdy'")
