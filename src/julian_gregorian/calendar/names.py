"""The two calendar names of the whole library (``"julian"``, ``"gregorian"``) and their core types.

>>> date_class("julian")(1917, 10, 25).to_gregorian()
GregorianDate(1917, 11, 7)
>>> label(calendar_of(GregorianDate(1582, 10, 15)))
'Gregorian'
"""

from __future__ import annotations

from typing import Literal, get_args

from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.calendar.dates import CalendarDate, GregorianDate, JulianDate

CalendarName = Literal["julian", "gregorian"]

#: Every ``CalendarName``, for command-line choices and validation.
CALENDAR_NAMES: tuple[CalendarName, ...] = get_args(CalendarName)


def check_calendar(calendar: object) -> CalendarName:
    """*calendar* itself if it is ``"julian"`` or ``"gregorian"``; ``ValueError`` otherwise."""
    if calendar == "julian":
        return "julian"
    if calendar == "gregorian":
        return "gregorian"
    raise ValueError(f"calendar must be 'julian' or 'gregorian', not {calendar!r}")


def date_class(calendar: CalendarName) -> type[CalendarDate]:
    """``JulianDate`` or ``GregorianDate``."""
    return JulianDate if calendar == "julian" else GregorianDate


def calendar_of(date: CalendarDate) -> CalendarName:
    """The name of the calendar a core date is written in."""
    return "julian" if isinstance(date, JulianDate) else "gregorian"


def days_in_month(calendar: CalendarName, year: int, month: int) -> int:
    """Length of *month* of *year* in *calendar*."""
    if calendar == "julian":
        return julian.days_in_month(year, month)
    return gregorian.days_in_month(year, month)


def in_calendar(date: CalendarDate, calendar: CalendarName) -> CalendarDate:
    """The same day written in *calendar*."""
    return date.to_julian() if calendar == "julian" else date.to_gregorian()


def label(calendar: CalendarName) -> str:
    """``Julian`` or ``Gregorian``, for messages."""
    return "Julian" if calendar == "julian" else "Gregorian"
