"""Old Style <-> New Style on plain tuples: the hot path of the library.

Between 200 CE and the far future the two calendars differ by a whole number of days
that depends only on the Julian century (``offset.py`` has the formula). Most dates
therefore convert by adding or subtracting that offset inside the same month; the rest
take the general path through the ordinal day count, which is exact for every ``int``.
The bodies are written out because a Python call costs as much as the arithmetic;
``tests/test_conversion.py`` checks both paths against ``from_ordinal(to_ordinal(...))``.
"""

from __future__ import annotations

from julian_gregorian.calendar import gregorian, julian
from julian_gregorian.calendar.months import DAYS_IN_MONTH


def julian_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """Gregorian (N.S.) date of the Julian (O.S.) date, astronomical years.

    >>> julian_to_gregorian(1917, 10, 25)
    (1917, 11, 7)
    >>> julian_to_gregorian(1900, 2, 29)
    (1900, 3, 13)
    """
    if (
        type(year) is int
        and type(month) is int
        and type(day) is int
        and 0 < month < 13
        and day > 0
        and (day <= DAYS_IN_MONTH[month] or (day == 29 and month == 2 and year % 4 == 0))
    ):
        y = year if month > 2 else year - 1
        shifted = day + y // 100 - y // 400 - 2
        if 0 < shifted < 29:
            return year, month, shifted
        if 0 < shifted < 57:
            last = DAYS_IN_MONTH[month]
            if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
                last = 29
            if shifted <= last:
                return year, month, shifted
            if month == 12:
                return year + 1, 1, shifted - last
            return year, month + 1, shifted - last
    else:
        julian.validate(year, month, day)
    return gregorian.from_ordinal(julian.to_ordinal(year, month, day))


def gregorian_to_julian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """Julian (O.S.) date of the Gregorian (N.S.) date, astronomical years.

    >>> gregorian_to_julian(1917, 11, 7)
    (1917, 10, 25)
    >>> gregorian_to_julian(1582, 10, 15)
    (1582, 10, 5)
    """
    if (
        type(year) is int
        and type(month) is int
        and type(day) is int
        and 0 < month < 13
        and day > 0
        and (
            day <= DAYS_IN_MONTH[month]
            or (day == 29 and month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
        )
    ):
        # A result inside the same month means the Julian day lies on the same side of
        # 1 March as the Gregorian one, so the Gregorian year picks the right century.
        y = year if month > 2 else year - 1
        shifted = day - y // 100 + y // 400 + 2
        if 0 < shifted < 29:
            return year, month, shifted
        if -28 < shifted < 1 and month != 3:
            # Stepping back into the previous month never crosses 1 March here, where
            # the offset itself could change.
            if month == 1:
                return year - 1, 12, shifted + 31
            return year, month - 1, shifted + DAYS_IN_MONTH[month - 1]
    else:
        gregorian.validate(year, month, day)
    return julian.from_ordinal(gregorian.to_ordinal(year, month, day))
