"""Writing dates as text, for any year and for days that exist in one calendar only.

These functions do not know which calendar the fields belong to, so they check no more
than they need: ``int`` fields, and a month 1..12 where the month is named. ``29 February
1900`` (Julian) and year 10**15 format as readily as any other day; whether the day
exists is the business of the calendar modules (a ``JulianDate`` is validated already),
and ISO 8601 shows whatever fields it is given, so raw fields read from a text can be
shown as written.
"""

from __future__ import annotations

from typing import Literal, get_args

from julian_gregorian.calendar._months import MONTH_NAMES
from julian_gregorian.errors import InvalidDateError, require_int

Style = Literal["iso", "dmy", "mdy"]
YearStyle = Literal["bce", "bc", "astronomical"]

_STYLES: tuple[str, ...] = get_args(Style)
_YEAR_STYLES: tuple[str, ...] = get_args(YearStyle)


def iso_year(year: int) -> str:
    """ISO 8601 year: four digits for 0..9999, otherwise a sign and at least four digits.

    >>> iso_year(1917), iso_year(0), iso_year(-43), iso_year(12345)
    ('1917', '0000', '-0043', '+12345')
    """
    year = require_int(year, "year")
    if 0 <= year <= 9999:
        return f"{year:04d}"
    return f"{year:+05d}"


def format_iso(year: int, month: int, day: int) -> str:
    """ISO 8601 calendar date in astronomical years: ``1917-10-25``, ``-0043-03-15``.

    ISO 8601 itself is Gregorian; for a Julian date the same layout shows the Julian
    fields, so say which calendar they belong to wherever that is not obvious.

    >>> format_iso(1917, 10, 25), format_iso(-43, 3, 15), format_iso(10**15, 1, 1)
    ('1917-10-25', '-0043-03-15', '+1000000000000000-01-01')
    """
    month = require_int(month, "month")
    day = require_int(day, "day")
    return f"{iso_year(year)}-{month:02d}-{day:02d}"


def format_year(year: int, year_style: YearStyle = "bce") -> str:
    """A year for readers: ``1917``, ``44 BCE`` (or ``44 BC``), or astronomical ``-43``.

    >>> format_year(-43), format_year(-43, "bc"), format_year(-43, "astronomical")
    ('44 BCE', '44 BC', '-43')
    >>> format_year(0), format_year(1)
    ('1 BCE', '1')
    """
    year = require_int(year, "year")
    if year_style not in _YEAR_STYLES:
        raise ValueError(f"unknown year style {year_style!r}: use one of {', '.join(_YEAR_STYLES)}")
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
    >>> format_date(-43, 3, 15), format_date(1900, 2, 29)
    ('15 March 44 BCE', '29 February 1900')
    """
    if style not in _STYLES:
        raise ValueError(f"unknown date style {style!r}: use one of {', '.join(_STYLES)}")
    if style == "iso":
        return format_iso(year, month, day)
    month = require_int(month, "month")
    day = require_int(day, "day")
    if not 1 <= month <= 12:
        # MONTH_NAMES[-1] would quietly name month 0 "December".
        raise InvalidDateError(
            f"cannot name month {month} of year {year}, day {day}: valid months are 1..12"
        )
    name = MONTH_NAMES[month - 1]
    shown = format_year(year, year_style)
    if style == "mdy":
        return f"{name} {day}, {shown}"
    return f"{day} {name} {shown}"
