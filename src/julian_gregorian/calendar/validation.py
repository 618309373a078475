"""One place that decides whether a (year, month, day) exists, and says why not."""

from __future__ import annotations

from collections.abc import Callable

from julian_gregorian.calendar.months import DAYS_IN_MONTH, MONTH_NAMES
from julian_gregorian.errors import InvalidDateError, require_int


def check_date(
    calendar: str, year: int, month: int, day: int, is_leap_year: Callable[[int], bool]
) -> None:
    """Raise ``TypeError`` for non-``int`` parts, ``InvalidDateError`` for a missing day."""
    if type(year) is not int or type(month) is not int or type(day) is not int:
        require_int(year, "year")
        require_int(month, "month")
        require_int(day, "day")
    if not 1 <= month <= 12:
        raise InvalidDateError(
            f"{calendar} date {year:04d}-{month:02d}-{day:02d}: month {month} is out of "
            "range (valid months: 1..12)"
        )
    last = 29 if month == 2 and is_leap_year(year) else DAYS_IN_MONTH[month]
    if not 1 <= day <= last:
        raise InvalidDateError(
            f"{calendar} date {year:04d}-{month:02d}-{day:02d}: day {day} does not exist "
            f"in {MONTH_NAMES[month - 1]} {year} of the {calendar} calendar "
            f"(valid days: 1..{last})"
        )
