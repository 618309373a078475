"""One place that decides whether a (year, month, day) exists, and says why not."""

from __future__ import annotations

from collections.abc import Callable

from julian_gregorian.calendar._months import DAYS_IN_MONTH, MONTH_NAMES
from julian_gregorian.calendar.formatting import iso_year
from julian_gregorian.errors import InvalidDateError, require_int


def check_date(
    calendar: str, year: int, month: int, day: int, is_leap_year: Callable[[int], bool]
) -> None:
    """Raise ``TypeError`` for non-``int`` parts, ``InvalidDateError`` for a missing day.

    >>> from julian_gregorian.calendar import _gregorian as gregorian
    >>> check_date("Gregorian", 1900, 2, 29, gregorian.is_leap_year)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    julian_gregorian.errors.InvalidDateError: Gregorian date 1900-02-29: day 29 does not ...
    """
    if type(year) is not int or type(month) is not int or type(day) is not int:
        year = require_int(year, "year")
        month = require_int(month, "month")
        day = require_int(day, "day")
    if not 1 <= month <= 12:
        raise InvalidDateError(
            f"{calendar} date {_shown(year, month, day)}: month {month} is out of range "
            "(valid months: 1..12)"
        )
    last = 29 if month == 2 and is_leap_year(year) else DAYS_IN_MONTH[month]
    if not 1 <= day <= last:
        raise InvalidDateError(
            f"{calendar} date {_shown(year, month, day)}: day {day} does not exist in "
            f"{MONTH_NAMES[month - 1]} {_year_shown(year)} of the {calendar} calendar "
            f"(valid days: 1..{last})"
        )


def _shown(year: int, month: int, day: int) -> str:
    """The date as given: ISO 8601 when its fields fit, else the three numbers."""
    if 0 <= month <= 99 and 0 <= day <= 99:
        return f"{iso_year(year)}-{month:02d}-{day:02d}"
    return f"(year {year}, month {month}, day {day})"


def _year_shown(year: int) -> str:
    """An astronomical year, with its BCE name where a reader could mistake it."""
    return str(year) if year > 0 else f"{year} (= {1 - year} BCE)"
