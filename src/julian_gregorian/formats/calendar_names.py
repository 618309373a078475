"""The two calendar names the formats use (``"julian"``, ``"gregorian"``) and their core types."""

from __future__ import annotations

from typing import Literal

from julian_gregorian.calendar import gregorian, julian
from julian_gregorian.calendar.dates import CalendarDate, GregorianDate, JulianDate

Calendar = Literal["julian", "gregorian"]


def check_calendar(calendar: object) -> Calendar:
    """*calendar* itself if it is ``"julian"`` or ``"gregorian"``; ``ValueError`` otherwise."""
    if calendar == "julian":
        return "julian"
    if calendar == "gregorian":
        return "gregorian"
    raise ValueError(f"calendar must be 'julian' or 'gregorian', not {calendar!r}")


def date_class(calendar: Calendar) -> type[CalendarDate]:
    """``JulianDate`` or ``GregorianDate``."""
    return JulianDate if calendar == "julian" else GregorianDate


def calendar_of(date: CalendarDate) -> Calendar:
    """The name of the calendar a core date is written in."""
    return "julian" if isinstance(date, JulianDate) else "gregorian"


def days_in_month(calendar: Calendar, year: int, month: int) -> int:
    """Length of *month* of *year* in *calendar*."""
    if calendar == "julian":
        return julian.days_in_month(year, month)
    return gregorian.days_in_month(year, month)


def in_calendar(date: CalendarDate, calendar: Calendar) -> CalendarDate:
    """The same day written in *calendar*."""
    return date.to_julian() if calendar == "julian" else date.to_gregorian()


def label(calendar: Calendar) -> str:
    """``Julian`` or ``Gregorian``, for messages."""
    return "Julian" if calendar == "julian" else "Gregorian"
