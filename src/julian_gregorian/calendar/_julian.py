"""The proleptic Julian calendar ("Old Style") on the ordinal day count."""

from __future__ import annotations

from julian_gregorian.calendar._daycount import JULIAN_SHIFT
from julian_gregorian.calendar._months import DAYS_IN_MONTH
from julian_gregorian.calendar._validation import check_date

NAME = "Julian"


def is_leap_year(year: int) -> bool:
    """Whether *year* (astronomical numbering) has 29 February in the Julian calendar."""
    return year % 4 == 0


def days_in_month(year: int, month: int) -> int:
    """Number of days of *month* in *year*."""
    if month == 2 and year % 4 == 0:
        return 29
    return DAYS_IN_MONTH[month]


def days_in_year(year: int) -> int:
    """365 or 366."""
    return 366 if year % 4 == 0 else 365


def validate(year: int, month: int, day: int) -> None:
    """Raise ``InvalidDateError`` or ``TypeError`` unless the date exists."""
    check_date(NAME, year, month, day, is_leap_year)


def to_ordinal(year: int, month: int, day: int) -> int:
    """Ordinal of a Julian date, which must be valid (call :func:`validate` first)."""
    if month > 2:
        y = year
        doy = (153 * (month - 3) + 2) // 5 + day - 1
    else:
        y = year - 1
        doy = (153 * (month + 9) + 2) // 5 + day - 1
    return 365 * y + y // 4 + doy - JULIAN_SHIFT


def from_ordinal(ordinal: int) -> tuple[int, int, int]:
    """Julian (year, month, day) of an ordinal, for any ``int``."""
    z = ordinal + JULIAN_SHIFT
    era = z // 1461
    doe = z - era * 1461
    yoe = (doe - doe // 1460) // 365
    doy = doe - 365 * yoe
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        return yoe + era * 4, mp + 3, day
    return yoe + era * 4 + 1, mp - 9, day
