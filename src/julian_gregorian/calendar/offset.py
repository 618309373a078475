"""How many days the Gregorian calendar runs ahead of the Julian one on a given day.

The difference grows by one day in every Julian century year that is not a Gregorian
leap year (1700, 1800, 1900, 2100, ...), on 1 March of the Julian calendar, when the
Julian calendar has a 29 February the Gregorian one lacks. It is 10 days from 1582 to
1700, 13 days from 1 March 1900 to 28 February 2100 (Julian), 0 in the third century CE,
and negative before 1 March 200 (Julian).
"""

from __future__ import annotations

from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.errors import require_int

#: A common and a leap year, in both calendars, of the present period (1 March 1900 to
#: 28 February 2100 O.S.): a date recurring every year, given in today's calendars
#: ("12 (25) мая", a feast day), is read in them.
PRESENT_YEARS: tuple[int, int] = (2001, 2004)


def offset_for_julian(year: int, month: int, day: int) -> int:
    """Days N.S. is ahead of O.S. on the Julian (O.S.) date.

    >>> offset_for_julian(1917, 10, 25)
    13
    >>> offset_for_julian(1700, 2, 29), offset_for_julian(1700, 3, 1)
    (10, 11)
    """
    julian.validate(year, month, day)
    march_year = year if month > 2 else year - 1
    return march_year // 100 - march_year // 400 - 2


def offset_for_gregorian(year: int, month: int, day: int) -> int:
    """Days N.S. is ahead of O.S. on the Gregorian (N.S.) date.

    >>> offset_for_gregorian(1917, 11, 7)
    13
    >>> offset_for_gregorian(1900, 3, 13), offset_for_gregorian(1900, 3, 14)
    (12, 13)
    """
    gregorian.validate(year, month, day)
    return offset_for_ordinal(gregorian.to_ordinal(year, month, day))


def offset_for_ordinal(ordinal: int) -> int:
    """Days N.S. is ahead of O.S. on the day with this ordinal (``datetime``'s day count).

    >>> offset_for_ordinal(1), offset_for_ordinal(700115)
    (-2, 13)
    """
    year, month, _ = julian.from_ordinal(require_int(ordinal, "ordinal"))
    march_year = year if month > 2 else year - 1
    return march_year // 100 - march_year // 400 - 2
