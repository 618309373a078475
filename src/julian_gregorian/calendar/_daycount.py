"""The single pivot of every calendar here: an integer count of days.

The count is CPython's proleptic ordinal (``datetime.date.toordinal``), which is also
Reingold & Dershowitz's *fixed date* (R.D.): day 1 is 1 January of year 1 in the
proleptic Gregorian calendar. Every calendar converts to and from it, and nothing else.
The arithmetic uses March-based years (Howard Hinnant's ``days_from_civil``), so that the
leap day is the last day of the year and one floor division per cycle suffices; Python's
floor division keeps it exact for every ``int``, negative and huge years included.
"""

from __future__ import annotations

#: Julian Day Number of ordinal 0 (JDN 1721425 is 31 December 1 BCE, Gregorian).
JDN_OF_ORDINAL_ZERO = 1721425

#: Ordinal of the day after which the Gregorian and Julian weekday cycle is counted:
#: ordinal 1 (1 January 1, Gregorian) was a Monday, so ``(ordinal - 1) % 7`` is the
#: weekday with Monday = 0, as in ``datetime``.
WEEKDAY_ORIGIN = 1

# Days from 1 March of year 0 (March-based year 0) to ordinal 0, per calendar.
GREGORIAN_SHIFT = 305
JULIAN_SHIFT = 307


def ordinal_to_jdn(ordinal: int) -> int:
    """Julian Day Number of the day with this ordinal (noon-based, integral)."""
    return ordinal + JDN_OF_ORDINAL_ZERO


def jdn_to_ordinal(jdn: int) -> int:
    """Ordinal of the day with this Julian Day Number."""
    return jdn - JDN_OF_ORDINAL_ZERO


def weekday_of(ordinal: int) -> int:
    """Weekday of an ordinal: Monday = 0 ... Sunday = 6, as ``datetime.date.weekday``."""
    return (ordinal - WEEKDAY_ORIGIN) % 7
