"""Easter Sunday by the Julian and the Gregorian computus.

Reform-era documents date by feasts ("the Tuesday after Easter 1700"), and Easter is
where the two calendars differ most: it is the first Sunday after the paschal full
moon, the ecclesiastical full moon on or after 21 March, and each calendar computes that
moon its own way.

- Julian (Orthodox) computus: the moon repeats every 19 years (the golden number), so
  the paschal full moon falls ``(19 * (year % 19) + 15) % 30`` days after 21 March.
- Gregorian computus: the same cycle, corrected by the *epact* for the leap days the
  Gregorian calendar drops (the solar equation) and for the drift of the 19-year cycle
  (the lunar equation), as in Clavius's tables; the epact then gives the full moon.

Both answer for any year of the Christian era (1 and later). Before 1583 the Gregorian
answer is proleptic: no church used it. Places did not all follow these rules: the
Protestant German states (from 1700 until Frederick II had the method dropped in the
1770s) and Sweden (until 1844) reckoned Easter astronomically, and some years differ.

>>> gregorian_easter(2024), julian_easter(2024)
(GregorianDate(2024, 3, 31), JulianDate(2024, 4, 22))
>>> julian_easter(2024).to_gregorian()
GregorianDate(2024, 5, 5)
"""

from __future__ import annotations

from julian_gregorian.calendar._daycount import weekday_of
from julian_gregorian.calendar.dates import GregorianDate, JulianDate
from julian_gregorian.errors import DateRangeError, require_int

_SUNDAY = 6


def _next_sunday_after(ordinal: int) -> int:
    """The first Sunday strictly after a day (Easter is never on the full moon itself)."""
    days = _SUNDAY - weekday_of(ordinal)
    return ordinal + (days if days > 0 else days + 7)


def _check_year(year: int) -> None:
    require_int(year, "year")
    if year < 1:
        raise DateRangeError(
            f"year {year}: Easter is reckoned for years of the Christian era (1 and later)"
        )


def julian_paschal_full_moon(year: int) -> JulianDate:
    """The ecclesiastical full moon of the Julian computus, from 21 March to 18 April.

    >>> julian_paschal_full_moon(2024)
    JulianDate(2024, 4, 15)
    """
    _check_year(year)
    days_after_equinox = (19 * (year % 19) + 15) % 30
    return JulianDate(year, 3, 21) + days_after_equinox


def gregorian_paschal_full_moon(year: int) -> GregorianDate:
    """The ecclesiastical full moon of the Gregorian computus, from 21 March to 18 April.

    >>> gregorian_paschal_full_moon(2024)
    GregorianDate(2024, 3, 25)
    """
    _check_year(year)
    golden_number = year % 19 + 1
    century = year // 100 + 1
    # Leap days dropped by the Gregorian calendar so far, less the 12 of its first centuries.
    solar_equation = 3 * century // 4 - 12
    # One day every 300 years (8 in 2500) for the 19-year cycle's drift against the Moon.
    lunar_equation = (8 * century + 5) // 25 - 5
    epact = (11 * golden_number + 20 + lunar_equation - solar_equation) % 30
    # Clavius's adjustments keep the full moon off 19 April and within the 19-year cycle.
    if epact == 24 or (epact == 25 and golden_number > 11):
        epact += 1
    march_day = 44 - epact
    if march_day < 21:
        march_day += 30
    return GregorianDate(year, 3, 1) + (march_day - 1)


def julian_easter(year: int) -> JulianDate:
    """Easter Sunday of the Julian (Orthodox) computus, as a Julian date.

    >>> julian_easter(1917)
    JulianDate(1917, 4, 2)
    """
    return JulianDate.fromordinal(_next_sunday_after(julian_paschal_full_moon(year).toordinal()))


def gregorian_easter(year: int) -> GregorianDate:
    """Easter Sunday of the Gregorian computus, as a Gregorian date.

    >>> gregorian_easter(1818), gregorian_easter(1943)
    (GregorianDate(1818, 3, 22), GregorianDate(1943, 4, 25))
    """
    full_moon = gregorian_paschal_full_moon(year)
    return GregorianDate.fromordinal(_next_sunday_after(full_moon.toordinal()))
