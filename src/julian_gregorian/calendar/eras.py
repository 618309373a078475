"""Astronomical year numbers and historians' BC/AD (BCE/CE) years, converted explicitly.

Every function of this library takes and returns *astronomical* years, in which year 0
is 1 BCE and year -1 is 2 BCE, because that numbering makes arithmetic continuous.
Historians count 1 BCE, then 1 CE, with no year 0. These two functions are the only
bridge between the conventions, so no code has to guess which one a year is in.
"""

from __future__ import annotations

from typing import Literal

from julian_gregorian.errors import InvalidDateError, require_int

Era = Literal["BCE", "CE"]

_ERA_ALIASES: dict[str, Era] = {
    "BCE": "BCE",
    "BC": "BCE",
    "B.C.": "BCE",
    "B.C.E.": "BCE",
    "CE": "CE",
    "AD": "CE",
    "A.D.": "CE",
    "C.E.": "CE",
}


def to_historical(year: int) -> tuple[int, Era]:
    """Historical (year, era) of an astronomical year.

    >>> to_historical(0), to_historical(-43), to_historical(1917)
    ((1, 'BCE'), (44, 'BCE'), (1917, 'CE'))
    """
    require_int(year, "year")
    if year > 0:
        return year, "CE"
    return 1 - year, "BCE"


def from_historical(year: int, era: str) -> int:
    """Astronomical year of a historical year; *era* is BCE/BC or CE/AD (any case).

    >>> from_historical(44, "BC"), from_historical(1, "BCE"), from_historical(1917, "AD")
    (-43, 0, 1917)
    """
    require_int(year, "year")
    if not isinstance(era, str):
        raise TypeError(f"era must be a str such as 'BCE' or 'CE', not {type(era).__name__}")
    canonical = _ERA_ALIASES.get(era.strip().upper())
    if canonical is None:
        raise InvalidDateError(f"unknown era {era!r}: use one of BCE, BC, B.C., CE, AD, A.D.")
    if year < 1:
        raise InvalidDateError(
            f"historical year {year} {canonical} does not exist: historical years start "
            "at 1 (there is no year 0; astronomical year 0 is 1 BCE)"
        )
    return year if canonical == "CE" else 1 - year
