"""Old Style <-> New Style on plain tuples: the hot path of the library.

The two calendars differ by a whole number of days that depends only on the Julian
date's March-based century (``offset.py`` has the formula). A date therefore converts by
adding or subtracting that offset and, when the result leaves the month, stepping into
the neighbouring month. The only step this cannot take blindly is across 1 March, where
the offset itself may change: a Julian date always knows its offset, so O.S. -> N.S.
never needs more, while N.S. -> O.S. recomputes the offset on the Julian side of 1 March
before stepping from March back into February. Results that would land further away
(offsets of 28 days or more, |year| beyond about 4,800) take the general path through
the ordinal day count, which is exact for every ``int``.

The bodies are written out because a Python call costs as much as the arithmetic here;
``tests/test_conversion.py`` compares both directions with the ordinal path, by sweeps of
every day and by random ordinals up to 10**18.
"""

from __future__ import annotations

from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.calendar._months import DAYS_IN_MONTH


def julian_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """Gregorian (N.S.) date of the Julian (O.S.) date, astronomical years.

    >>> julian_to_gregorian(1917, 10, 25)
    (1917, 11, 7)
    >>> julian_to_gregorian(1900, 2, 29)
    (1900, 3, 13)

    Raises ``TypeError`` unless all three are ``int`` and ``InvalidDateError`` unless the
    day exists in the Julian calendar.
    """
    if type(year) is int and type(month) is int and type(day) is int and day > 0:
        if 2 < month < 13:
            last = DAYS_IN_MONTH[month]
            if day <= last:
                shifted = day + year // 100 - year // 400 - 2
                if 0 < shifted <= last:
                    return year, month, shifted
                if last < shifted <= last + 28:
                    if month == 12:
                        return year + 1, 1, shifted - 31
                    return year, month + 1, shifted - last
                if -28 < shifted <= 0:
                    if month != 3:
                        return year, month - 1, shifted + DAYS_IN_MONTH[month - 1]
                    if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
                        return year, 2, shifted + 29
                    return year, 2, shifted + 28
        elif month == 1:
            if day <= 31:
                y = year - 1
                shifted = day + y // 100 - y // 400 - 2
                if 0 < shifted <= 31:
                    return year, 1, shifted
                if 31 < shifted <= 59:
                    return year, 2, shifted - 31
                if -28 < shifted <= 0:
                    return y, 12, shifted + 31
        elif month == 2 and (day <= 28 or (day == 29 and year % 4 == 0)):
            y = year - 1
            shifted = day + y // 100 - y // 400 - 2
            february = 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
            if 0 < shifted <= february:
                return year, 2, shifted
            if february < shifted <= february + 28:
                return year, 3, shifted - february
            if -28 < shifted <= 0:
                return year, 1, shifted + 31
    julian.validate(year, month, day)
    return gregorian.from_ordinal(julian.to_ordinal(year, month, day))


def gregorian_to_julian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """Julian (O.S.) date of the Gregorian (N.S.) date, astronomical years.

    >>> gregorian_to_julian(1917, 11, 7)
    (1917, 10, 25)
    >>> gregorian_to_julian(1582, 10, 15)
    (1582, 10, 5)

    Raises ``TypeError`` unless all three are ``int`` and ``InvalidDateError`` unless the
    day exists in the Gregorian calendar.
    """
    # The offset is taken from the Gregorian year; a candidate Julian date on the same
    # side of 1 March has that same offset, so it maps forward onto this day and is right.
    if type(year) is int and type(month) is int and type(day) is int and day > 0:
        if 2 < month < 13:
            last = DAYS_IN_MONTH[month]
            if day <= last:
                shifted = day - year // 100 + year // 400 + 2
                if 0 < shifted <= last:
                    return year, month, shifted
                if -28 < shifted <= 0:
                    if month != 3:
                        return year, month - 1, shifted + DAYS_IN_MONTH[month - 1]
                    # The Julian day is in February: use February's offset.
                    y = year - 1
                    shifted = day - y // 100 + y // 400 + 2
                    if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
                        shifted += 29
                    else:
                        shifted += 28
                    if 0 < shifted <= 28 or (shifted == 29 and year % 4 == 0):
                        return year, 2, shifted
                elif last < shifted <= last + 28:
                    if month == 12:
                        return year + 1, 1, shifted - 31
                    return year, month + 1, shifted - last
        elif month == 1:
            if day <= 31:
                y = year - 1
                shifted = day - y // 100 + y // 400 + 2
                if 0 < shifted <= 31:
                    return year, 1, shifted
                if -28 < shifted <= 0:
                    return y, 12, shifted + 31
                if 31 < shifted <= 59:
                    return year, 2, shifted - 31
        elif month == 2 and (
            day <= 28 or (day == 29 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
        ):
            y = year - 1
            shifted = day - y // 100 + y // 400 + 2
            if 0 < shifted <= 28 or (shifted == 29 and year % 4 == 0):
                return year, 2, shifted
            if -28 < shifted <= 0:
                return year, 1, shifted + 31
    gregorian.validate(year, month, day)
    return julian.from_ordinal(gregorian.to_ordinal(year, month, day))
