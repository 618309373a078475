"""Dual years: ``1749/50``, ``1731/2``, ``1699/00``, ``1799/800`` and dates that carry them.

Where the year began on 25 March (England and its colonies until 1751), writers often
gave both numbers for a day between 1 January and 24 March: ``10 February 1749/50`` is
10 February of the Lady-Day year 1749, which is 1750 counted from 1 January. The second
number is the year after the first, written with as many of its last digits as the
writer liked. This module reads and writes that notation and says when a dual year is
wrong.

Public API (used by the extractor and the checker):

- :func:`parse_dual_year` ``(text) -> DualYear``: reads ``"1749/50"``; raises
  :class:`~julian_gregorian.errors.ParseError` naming the expected second year when it
  is not the year after the first (``1749/51``, ``1750/49``, ``1749/5``).
- :class:`DualYear` ``(first, second, digits)``: ``.modern_year`` is the later year
  (the 1 January year of a Lady-Day dual date); ``str()`` gives back the text as written.
- :func:`format_dual_year` ``(modern_year, digits=2)``: ``1750 -> "1749/50"``.
- :func:`dual_year_problem` ``(first, second, month=None, day=None, calendar=...)
  -> str | None``: the reason a dual year (and its day) is wrong, or ``None``; the
  checker's entry point, which never raises for bad data.
- :func:`validate_dual_year`: the same check, raising ``InvalidDateError`` with that reason.
- :func:`second_year_as_written` ``(first, digits_text) -> int``: the year a possibly
  malformed second part stands for (``1749, "51" -> 1751``), for readers that keep
  malformed dual years for the checker.
- :func:`parse_dual_date` ``(text) -> DualDate``: ``"10 February 1749/50"`` or
  ``"February 10, 1749/50"``; ``.to_date()`` gives the day (Julian by default).

>>> parse_dual_year("1731/2")
DualYear(first=1731, second=1732, digits=1)
>>> parse_dual_year("1799/800").modern_year
1800
>>> format_dual_year(1700)
'1699/00'
>>> parse_dual_date("10 February 1749/50").to_date()
JulianDate(1750, 2, 10)
>>> dual_year_problem(1749, 1750, 4, 10)  # doctest: +ELLIPSIS
'a dual year belongs to a day from 1 January to 24 March, ... (1749 or 1750)'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.calendar._months import DAYS_IN_MONTH, MONTH_NAMES
from julian_gregorian.calendar.dates import CalendarDate, GregorianDate, JulianDate
from julian_gregorian.calendar.names import CalendarName
from julian_gregorian.errors import InvalidDateError, ParseError, require_int

DigitStyle = int | Literal["full", "minimal"]

#: A dual year: two numbers joined by a slash, or by the fraction slash of some typesetting.
_DUAL = re.compile(r"(\d{1,6})[/\u2044](\d{1,6})")

#: The last day of the part of the year a Lady-Day dual year covers.
_LAST_DUAL_DAY = (3, 24)


@dataclass(frozen=True)
class DualYear:
    """A dual year as written: ``first/second`` with the second's last *digits* digits shown.

    ``second`` is always ``first + 1`` (construction checks it); ``digits`` only records
    how the second year was written, so ``str`` reproduces ``1731/2`` and ``1731/32``.
    """

    first: int
    second: int
    digits: int = 2

    def __post_init__(self) -> None:
        require_int(self.first, "first")
        require_int(self.second, "second")
        require_int(self.digits, "digits")
        if self.first < 1:
            raise InvalidDateError(
                f"dual year {self.first}/{self.second}: dual years are years of the Christian "
                "era (1 or later)"
            )
        if self.second != self.first + 1:
            raise InvalidDateError(
                f"dual year {self.first}/{self.second}: the second year must be the year "
                f"after the first ({format_dual_year(self.first + 1)})"
            )
        if self.digits < 1:
            raise InvalidDateError(f"digits must be 1 or more, not {self.digits}")

    @property
    def modern_year(self) -> int:
        """The year counted from 1 January: the later one (1750 for ``1749/50``)."""
        return self.second

    @property
    def old_style_year(self) -> int:
        """The year as counted from 25 March: the earlier one (1749 for ``1749/50``)."""
        return self.first

    def format(self, digits: DigitStyle | None = None) -> str:
        """The dual year with *digits* digits after the slash (default: as it was written)."""
        return format_dual_year(self.second, self.digits if digits is None else digits)

    def __str__(self) -> str:
        return self.format()


def _suffix(year: int, digits: int) -> str:
    return f"{year % 10**digits:0{digits}d}"


def _minimal_digits(first: int, second: int) -> int:
    """Fewest trailing digits that show every digit in which the two years differ."""
    a, b = str(first), str(second)
    if len(a) != len(b):
        return len(b)
    for position, (x, y) in enumerate(zip(a, b, strict=True)):
        if x != y:
            return len(b) - position
    return 1  # unreachable: consecutive years always differ


def format_dual_year(modern_year: int, digits: DigitStyle = 2) -> str:
    """Write the dual year whose later (1 January) year is *modern_year*.

    *digits* is how many trailing digits of the second year to show, ``"full"`` for all
    of them, or ``"minimal"`` for just those that differ from the first year.

    >>> format_dual_year(1750), format_dual_year(1732, 1), format_dual_year(1750, "full")
    ('1749/50', '1731/2', '1749/1750')
    >>> format_dual_year(1800, "minimal"), format_dual_year(1732, "minimal")
    ('1799/800', '1731/2')
    """
    require_int(modern_year, "modern_year")
    first = modern_year - 1
    if first < 1:
        raise InvalidDateError(
            f"no dual year ends in {modern_year}: dual years are years of the Christian era"
        )
    if digits == "full":
        return f"{first}/{modern_year}"
    if digits == "minimal":
        count = _minimal_digits(first, modern_year)
    elif isinstance(digits, int) and not isinstance(digits, bool) and digits >= 1:
        count = digits
    else:
        raise ValueError(f"digits must be a positive int, 'full' or 'minimal', not {digits!r}")
    if count >= len(str(modern_year)):
        return f"{first}/{modern_year}"
    return f"{first}/{_suffix(modern_year, count)}"


def parse_dual_year(text: str) -> DualYear:
    """Read ``1749/50``, ``1731/2``, ``1699/00``, ``1799/800`` or ``1749/1750``.

    The part after the slash must be the last digits of the year after the first;
    anything else is a :class:`ParseError` that names the expected form.

    >>> parse_dual_year("1699/00")
    DualYear(first=1699, second=1700, digits=2)
    >>> parse_dual_year("1749/51")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    julian_gregorian.errors.ParseError: dual year '1749/51': ... 1749/50 (or 1749/1750), not 51
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str such as '1749/50', not {type(text).__name__}")
    match = _DUAL.fullmatch(text.strip())
    if match is None:
        raise ParseError(
            f"cannot read {text!r} as a dual year: expected a year, a slash and the last "
            "digits of the next year, such as 1749/50 or 1731/2"
        )
    first_text, second_text = match.groups()
    return dual_year_from_parts(int(first_text), second_text, text)


def second_year_as_written(first: int, written: str) -> int:
    """The full year the digits after the slash stand for, right or wrong.

    For readers that must keep a malformed dual year for the checker: the digits replace
    the last digits of *first*, and a carry into the next decade or century is read as
    such. Compare the result with ``first + 1`` (or call :func:`dual_year_problem`).

    >>> second_year_as_written(1749, "50"), second_year_as_written(1699, "00")
    (1750, 1700)
    >>> second_year_as_written(1749, "51"), second_year_as_written(1750, "49")
    (1751, 1749)
    """
    require_int(first, "first")
    if not (written.isascii() and written.isdigit()):
        raise ParseError(f"{written!r} after the slash of a dual year is not a number")
    digits = len(written)
    # As many digits as the first year has or more: a full year, unless the digits carry
    # into it ("99/00" is 99/100, "9/0" is 9/10).
    if digits > len(str(first)):
        return int(written)
    scale: int = 10**digits
    second = first - first % scale + int(written)
    if second <= first and second + scale == first + 1:
        second += scale
    return second


def dual_year_from_parts(first: int, second_text: str, text: str | None = None) -> DualYear:
    """The dual year of a first year and the digits written after the slash.

    For parsers that have already split the text (the GEDCOM reader, the extractor).
    """
    require_int(first, "first")
    shown = text if text is not None else f"{first}/{second_text}"
    if not second_text.isdigit() or not second_text.isascii():
        raise ParseError(f"dual year {shown!r}: {second_text!r} is not a number")
    if first < 1:
        raise ParseError(f"dual year {shown!r}: the first year must be 1 or later")
    expected = first + 1
    digits = len(second_text)
    full = len(second_text) >= len(str(expected))
    matches = int(second_text) == expected if full else second_text == _suffix(expected, digits)
    if not matches:
        short = format_dual_year(expected, max(2, min(digits, len(str(expected)))))
        raise ParseError(
            f"dual year {shown!r}: the second year must be the year after {first}, written "
            f"{short} (or {first}/{expected}), not {second_text}"
        )
    return DualYear(first, expected, digits)


def dual_year_problem(
    first: int,
    second: int,
    month: int | None = None,
    day: int | None = None,
    calendar: CalendarName = "julian",
) -> str | None:
    """Why the dual year ``first/second`` (on *day* *month*, if given) is wrong, or ``None``.

    *second* is the full later year (``1750`` for ``1749/50``). The checks, in order: the
    second year is the one after the first; the day lies between 1 January and 24 March,
    the only days where the Lady-Day year and the modern year differ; the day exists in
    the modern year of *calendar* (29 February 1749/50 does not: 1750 is not a leap year).
    Never raises for bad values; ``TypeError`` only for arguments that are not ``int``.

    >>> dual_year_problem(1731, 1732, 2, 11) is None
    True
    >>> dual_year_problem(1749, 1751)
    'the second year of a dual year is the year after the first: 1749/50 (1750), not 1751'
    >>> dual_year_problem(1749, 1750, 2, 29)
    '29 February 1750 does not exist in the Julian calendar (1750 is not a leap year)'
    """
    require_int(first, "first")
    require_int(second, "second")
    if second != first + 1:
        return (
            "the second year of a dual year is the year after the first: "
            f"{first}/{_suffix(first + 1, 2)} ({first + 1}), not {second}"
        )
    if first < 1:
        return f"{first}/{second} is not a dual year of the Christian era (years 1 or later)"
    if month is None:
        return None if day is None else "a day without a month cannot be checked"
    require_int(month, "month")
    if not 1 <= month <= 12:
        return f"month {month} does not exist (valid months: 1..12)"
    name = MONTH_NAMES[month - 1]
    shown = format_dual_year(second)
    lags = "when the Lady-Day year is one behind the modern year"
    ambiguous = f"the two years agree, so {shown} is ambiguous ({first} or {second})"
    if day is None:
        if month > _LAST_DUAL_DAY[0]:
            return (
                f"a dual year belongs to January, February or March (to 24 March), {lags}; "
                f"in {name} {ambiguous}"
            )
        return None
    require_int(day, "day")
    longest = 29 if month == 2 else DAYS_IN_MONTH[month]
    if not 1 <= day <= longest:
        return f"day {day} does not exist in {name} (valid days: 1..{longest})"
    if (month, day) > _LAST_DUAL_DAY:
        return (
            f"a dual year belongs to a day from 1 January to 24 March, {lags}; "
            f"on {day} {name} {ambiguous}"
        )
    module = julian if calendar == "julian" else gregorian
    if day > module.days_in_month(second, month):
        label = "Julian" if calendar == "julian" else "Gregorian"
        return (
            f"{day} {name} {second} does not exist in the {label} calendar "
            f"({second} is not a leap year)"
        )
    return None


def validate_dual_year(
    first: int,
    second: int,
    month: int | None = None,
    day: int | None = None,
    calendar: CalendarName = "julian",
) -> None:
    """Raise ``InvalidDateError`` with :func:`dual_year_problem`'s reason, if there is one."""
    problem = dual_year_problem(first, second, month, day, calendar)
    if problem is not None:
        raise InvalidDateError(f"dual year {first}/{second}: {problem}")


@dataclass(frozen=True)
class DualDate:
    """A day written with a dual year: ``10 February 1749/50``."""

    day: int
    month: int
    year: DualYear

    def to_date(self, calendar: CalendarName = "julian") -> CalendarDate:
        """The day, in the modern year; Julian unless *calendar* says otherwise.

        Raises ``InvalidDateError`` when the day is not one a dual year can carry.
        """
        validate_dual_year(self.year.first, self.year.second, self.month, self.day, calendar)
        cls = JulianDate if calendar == "julian" else GregorianDate
        return cls(self.year.modern_year, self.month, self.day)

    def format(self, style: Literal["dmy", "mdy"] = "dmy", digits: DigitStyle | None = None) -> str:
        """``10 February 1749/50`` (``dmy``) or ``February 10, 1749/50`` (``mdy``)."""
        name = MONTH_NAMES[self.month - 1]
        year = self.year.format(digits)
        return f"{name} {self.day}, {year}" if style == "mdy" else f"{self.day} {name} {year}"

    def __str__(self) -> str:
        return self.format()


_MONTH_WORDS = "|".join(name[:3] for name in MONTH_NAMES)
_MONTH = rf"(?P<month>(?:{_MONTH_WORDS})[a-z]*\.?)"
_YEAR = r"(?P<year>\d{1,6}[/\u2044]\d{1,6})"
_DMY = re.compile(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR}", re.IGNORECASE)
_MDY = re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}", re.IGNORECASE)


def month_number(word: str) -> int | None:
    """1..12 for an English month name or its abbreviation (``Feb``, ``Sept.``), else ``None``.

    >>> month_number("February"), month_number("sept."), month_number("Febuary")
    (2, 9, None)
    """
    cleaned = word.strip().rstrip(".").lower()
    if len(cleaned) < 3:
        return None
    for number, name in enumerate(MONTH_NAMES, start=1):
        full = name.lower()
        if full.startswith(cleaned) or (cleaned == "sept" and number == 9):
            return number
    return None


def parse_dual_date(text: str) -> DualDate:
    """Read ``10 February 1749/50``, ``February 10, 1749/50`` or ``10 Feb. 1749/50``.

    The dual year must be well formed (see :func:`parse_dual_year`); whether the day suits
    a dual year is checked by :meth:`DualDate.to_date` or :func:`dual_year_problem`.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    stripped = text.strip()
    match = _DMY.fullmatch(stripped) or _MDY.fullmatch(stripped)
    if match is None:
        raise ParseError(
            f"cannot read {text!r} as a date with a dual year: expected forms such as "
            "'10 February 1749/50' or 'February 10, 1749/50'"
        )
    month = month_number(match["month"])
    if month is None:
        raise ParseError(f"{text!r}: {match['month']!r} is not a month name")
    return DualDate(int(match["day"]), month, parse_dual_year(match["year"]))


__all__ = [
    "DigitStyle",
    "DualDate",
    "DualYear",
    "dual_year_from_parts",
    "dual_year_problem",
    "format_dual_year",
    "month_number",
    "parse_dual_date",
    "parse_dual_year",
    "second_year_as_written",
    "validate_dual_year",
]
