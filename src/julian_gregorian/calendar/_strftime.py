"""``strftime`` directives for dates of either calendar, any year, any language.

``datetime.date.strftime`` goes through the C library: it knows one calendar, years
1..9999 and the process's locale. Here the fields are the date's own (a Julian date's
``%d`` is its Julian day, ``%j`` its day of the Julian year), every ``int`` year is
written (``%Y`` as ISO 8601 writes it: ``1917``, ``0000``, ``-0043``, ``+12345``), and the
names of months and weekdays come from a :class:`DateNames`, English unless another is
given.

>>> strftime("%A %d %B %Y, day %j", 1900, 2, 29, 60, 0)
'Monday 29 February 1900, day 060'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from julian_gregorian.calendar._months import MONTH_NAMES, WEEKDAY_NAMES
from julian_gregorian.calendar.formatting import iso_year

#: The directives :func:`strftime` knows, in the order the error message lists them.
DIRECTIVES = "YmdBbAaju%"

_DIRECTIVE = re.compile(r"%(.?)", re.DOTALL)


@dataclass(frozen=True)
class DateNames:
    """Month and weekday names of one language, January and Monday first."""

    months: tuple[str, ...]
    month_abbreviations: tuple[str, ...]
    weekdays: tuple[str, ...]
    weekday_abbreviations: tuple[str, ...]

    def __post_init__(self) -> None:
        for field, count in (
            ("months", 12),
            ("month_abbreviations", 12),
            ("weekdays", 7),
            ("weekday_abbreviations", 7),
        ):
            if len(getattr(self, field)) != count:
                raise ValueError(f"DateNames.{field} needs {count} names")


ENGLISH = DateNames(
    MONTH_NAMES,
    tuple(name[:3] for name in MONTH_NAMES),
    WEEKDAY_NAMES,
    tuple(name[:3] for name in WEEKDAY_NAMES),
)


def strftime(
    pattern: str,
    year: int,
    month: int,
    day: int,
    day_of_year: int,
    weekday: int,
    names: DateNames = ENGLISH,
) -> str:
    """*pattern* with each directive replaced by the field it names.

    *weekday* counts Monday as 0. Directives: ``%Y`` year, ``%m`` month and ``%d`` day
    (two digits), ``%B``/``%b`` month name and abbreviation, ``%A``/``%a`` weekday name
    and abbreviation, ``%j`` day of the year (three digits), ``%u`` ISO weekday (Monday
    1), ``%%`` a percent sign. Any other raises ``ValueError``.
    """
    if not isinstance(pattern, str):
        raise TypeError(f"a strftime pattern must be a str, not {type(pattern).__name__}")

    def field(match: re.Match[str]) -> str:
        code = match.group(1)
        if code == "Y":
            return iso_year(year)
        if code == "m":
            return f"{month:02d}"
        if code == "d":
            return f"{day:02d}"
        if code == "B":
            return names.months[month - 1]
        if code == "b":
            return names.month_abbreviations[month - 1]
        if code == "A":
            return names.weekdays[weekday]
        if code == "a":
            return names.weekday_abbreviations[weekday]
        if code == "j":
            return f"{day_of_year:03d}"
        if code == "u":
            return str(weekday + 1)
        if code == "%":
            return "%"
        known = " ".join(f"%{directive}" for directive in DIRECTIVES)
        shown = f"%{code}" if code else "a lone % at the end"
        raise ValueError(f"unknown strftime directive {shown} in {pattern!r}: use {known}")

    return _DIRECTIVE.sub(field, pattern)
