"""Immutable date values of the two calendars, ordered by the day they denote.

``JulianDate(1917, 10, 25) == GregorianDate(1917, 11, 7)``: equality, ordering and hashing
go by the ordinal day, so a set or a sort mixes both calendars correctly, while ``repr``
and ``str`` keep the calendar the date was written in.

>>> day = JulianDate(1917, 10, 25)
>>> day, str(day), day.to_gregorian()
(JulianDate(1917, 10, 25), '25 October 1917 (Julian)', GregorianDate(1917, 11, 7))
>>> day == GregorianDate(1917, 11, 7), day.toordinal(), day.jdn, day.weekday()
(True, 700115, 2421540, 2)
>>> day + 7, GregorianDate(1918, 2, 14) - day
(JulianDate(1917, 11, 1), 99)
"""

from __future__ import annotations

import datetime
import re
from typing import ClassVar, TypeVar, overload

from julian_gregorian.calendar import gregorian, julian
from julian_gregorian.calendar.daycount import jdn_to_ordinal, ordinal_to_jdn, weekday_of
from julian_gregorian.calendar.formatting import Style, YearStyle, format_date, format_iso
from julian_gregorian.calendar.offset import offset_for_ordinal
from julian_gregorian.errors import DateRangeError, ParseError, require_int

_D = TypeVar("_D", bound="CalendarDate")

# What ``isoformat`` writes: a sign is required for years beyond four digits, so that a
# mistyped ``19177-10-25`` is an error rather than a date 17,000 years away.
_ISO_DATE = re.compile(r"([+-]?)([0-9]{4,})-([0-9]{2})-([0-9]{2})")


class CalendarDate:
    """A day written in one calendar; the base of :class:`JulianDate` and :class:`GregorianDate`.

    Years are astronomical (0 = 1 BCE, -1 = 2 BCE); see ``from_historical``.
    """

    __slots__ = ("_day", "_month", "_ordinal", "_year")

    #: "Julian" or "Gregorian".
    calendar: ClassVar[str]
    _year: int
    _month: int
    _day: int
    _ordinal: int

    @staticmethod
    def _validate(year: int, month: int, day: int) -> None:
        raise NotImplementedError

    @staticmethod
    def _to_ordinal(year: int, month: int, day: int) -> int:
        raise NotImplementedError

    @staticmethod
    def _from_ordinal(ordinal: int) -> tuple[int, int, int]:
        raise NotImplementedError

    @staticmethod
    def _is_leap_year(year: int) -> bool:
        raise NotImplementedError

    @staticmethod
    def _days_in_month(year: int, month: int) -> int:
        raise NotImplementedError

    def __init__(self, year: int, month: int, day: int) -> None:
        if type(self) is CalendarDate:
            raise TypeError("CalendarDate is abstract: use JulianDate or GregorianDate")
        self._validate(year, month, day)
        year, month, day = int(year), int(month), int(day)
        object.__setattr__(self, "_year", year)
        object.__setattr__(self, "_month", month)
        object.__setattr__(self, "_day", day)
        object.__setattr__(self, "_ordinal", self._to_ordinal(year, month, day))

    @classmethod
    def _of_ordinal(cls: type[_D], ordinal: int) -> _D:
        """The date of an ``int`` ordinal, without validating fields known to be right."""
        date = object.__new__(cls)
        year, month, day = cls._from_ordinal(ordinal)
        object.__setattr__(date, "_year", year)
        object.__setattr__(date, "_month", month)
        object.__setattr__(date, "_day", day)
        object.__setattr__(date, "_ordinal", ordinal)
        return date

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[type[CalendarDate], tuple[int, int, int]]:
        return type(self), (self._year, self._month, self._day)

    @property
    def year(self) -> int:
        """Astronomical year (0 = 1 BCE)."""
        return self._year

    @property
    def month(self) -> int:
        """Month, 1..12."""
        return self._month

    @property
    def day(self) -> int:
        """Day of the month, from 1."""
        return self._day

    @classmethod
    def fromordinal(cls: type[_D], ordinal: int) -> _D:
        """The date of the day with this ordinal (1 = 1 January 1, Gregorian), any ``int``.

        >>> JulianDate.fromordinal(1), GregorianDate.fromordinal(1)
        (JulianDate(1, 1, 3), GregorianDate(1, 1, 1))
        """
        return cls._of_ordinal(require_int(ordinal, "ordinal"))

    @classmethod
    def from_jdn(cls: type[_D], jdn: int) -> _D:
        """The date of the day with this Julian Day Number.

        >>> JulianDate.from_jdn(0)
        JulianDate(-4712, 1, 1)
        """
        return cls._of_ordinal(jdn_to_ordinal(require_int(jdn, "jdn")))

    @classmethod
    def fromisoformat(cls: type[_D], text: str) -> _D:
        """The date written as ``isoformat`` writes it: ``1917-10-25``, ``-0043-03-15``.

        Raises ``ParseError`` for other text and ``InvalidDateError`` for a day that does
        not exist in this calendar.

        >>> JulianDate.fromisoformat("1900-02-29"), GregorianDate.fromisoformat("+10000-01-01")
        (JulianDate(1900, 2, 29), GregorianDate(10000, 1, 1))
        """
        if not isinstance(text, str):
            raise TypeError(f"expected a str such as '1917-10-25', not {type(text).__name__}")
        match = _ISO_DATE.fullmatch(text)
        if match is None:
            raise ParseError(f"cannot read {text!r} as an ISO 8601 date: expected YYYY-MM-DD")
        sign, digits, month, day = match.groups()
        if not sign and len(digits) > 4:
            raise ParseError(
                f"cannot read {text!r} as an ISO 8601 date: a year of more than four digits "
                f"needs a sign (+{text} or -{text})"
            )
        year = -int(digits) if sign == "-" else int(digits)
        return cls(year, int(month), int(day))

    def toordinal(self) -> int:
        """Ordinal of the day, the same count as ``datetime.date.toordinal``."""
        return self._ordinal

    @property
    def jdn(self) -> int:
        """Julian Day Number of the day (the Julian Date at its noon)."""
        return ordinal_to_jdn(self._ordinal)

    def weekday(self) -> int:
        """Monday = 0 ... Sunday = 6; the same in both calendars."""
        return weekday_of(self._ordinal)

    def isoweekday(self) -> int:
        """Monday = 1 ... Sunday = 7."""
        return weekday_of(self._ordinal) + 1

    def offset(self) -> int:
        """Days the Gregorian calendar is ahead of the Julian one on this day."""
        return offset_for_ordinal(self._ordinal)

    def is_leap_year(self) -> bool:
        """Whether this date's year has 29 February in this date's calendar."""
        return self._is_leap_year(self._year)

    def days_in_month(self) -> int:
        """Number of days of this date's month in this date's calendar."""
        return self._days_in_month(self._year, self._month)

    def to_julian(self) -> JulianDate:
        """The same day in the Julian calendar."""
        return JulianDate._of_ordinal(self._ordinal)

    def to_gregorian(self) -> GregorianDate:
        """The same day in the Gregorian calendar."""
        return GregorianDate._of_ordinal(self._ordinal)

    def replace(
        self: _D, year: int | None = None, month: int | None = None, day: int | None = None
    ) -> _D:
        """A date of the same calendar with some fields replaced (validated anew)."""
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
        )

    def isoformat(self) -> str:
        """ISO 8601 layout of this calendar's fields: ``1917-10-25``, ``-0043-03-15``.

        Years outside 0..9999 get a sign and at least four digits (``+10000-01-01``).
        """
        return format_iso(self._year, self._month, self._day)

    def format(self, style: Style = "dmy", year_style: YearStyle = "bce") -> str:
        """Readable text: ``25 October 1917``, ``October 25, 1917``, ``15 March 44 BCE``.

        *style* is ``"dmy"``, ``"mdy"`` or ``"iso"``; *year_style* is ``"bce"``,
        ``"bc"`` or ``"astronomical"`` (``-43`` rather than ``44 BCE``).
        """
        return format_date(self._year, self._month, self._day, style, year_style)

    def __format__(self, spec: str) -> str:
        """``f"{day}"`` is ``str(day)``; ``f"{day:mdy}"`` etc. use :meth:`format` styles."""
        if not spec:
            return str(self)
        if spec not in ("iso", "dmy", "mdy"):
            raise ValueError(f"unknown format spec {spec!r} for a date: use iso, dmy or mdy")
        return format_date(self._year, self._month, self._day, spec)  # type: ignore[arg-type]

    def __str__(self) -> str:
        return f"{self.format()} ({self.calendar})"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._year}, {self._month}, {self._day})"

    def __hash__(self) -> int:
        return hash(self._ordinal)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CalendarDate):
            return self._ordinal == other._ordinal
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        if isinstance(other, CalendarDate):
            return self._ordinal != other._ordinal
        return NotImplemented

    def __lt__(self, other: object) -> bool:
        if isinstance(other, CalendarDate):
            return self._ordinal < other._ordinal
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, CalendarDate):
            return self._ordinal <= other._ordinal
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, CalendarDate):
            return self._ordinal > other._ordinal
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if isinstance(other, CalendarDate):
            return self._ordinal >= other._ordinal
        return NotImplemented

    def __add__(self: _D, other: int | datetime.timedelta) -> _D:
        days = _days_of(other)
        if days is None:
            return NotImplemented
        return type(self)._of_ordinal(self._ordinal + days)

    __radd__ = __add__

    @overload
    def __sub__(self, other: CalendarDate) -> int: ...

    @overload
    def __sub__(self: _D, other: int | datetime.timedelta) -> _D: ...

    def __sub__(self: _D, other: CalendarDate | int | datetime.timedelta) -> int | _D:
        """Days between two dates (of either calendar), or the date some days earlier."""
        if isinstance(other, CalendarDate):
            return self._ordinal - other._ordinal
        days = _days_of(other)
        if days is None:
            return NotImplemented
        return type(self)._of_ordinal(self._ordinal - days)


def _days_of(value: object) -> int | None:
    """Whole days of an ``int`` or a ``timedelta``; ``None`` for anything else.

    As for ``datetime.date``, a ``timedelta`` counts by its ``days`` attribute, so
    ``timedelta(hours=36)`` moves one day and ``timedelta(hours=-1)`` one day back.
    """
    if isinstance(value, datetime.timedelta):
        return value.days
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    return None


class JulianDate(CalendarDate):
    """A day in the proleptic Julian calendar (Old Style), astronomical years.

    >>> JulianDate(1917, 10, 25).to_gregorian()
    GregorianDate(1917, 11, 7)
    >>> JulianDate(1900, 2, 29).is_leap_year(), JulianDate(1900, 2, 29).days_in_month()
    (True, 29)
    """

    __slots__ = ()
    calendar = "Julian"
    _validate = staticmethod(julian.validate)
    _to_ordinal = staticmethod(julian.to_ordinal)
    _from_ordinal = staticmethod(julian.from_ordinal)
    _is_leap_year = staticmethod(julian.is_leap_year)
    _days_in_month = staticmethod(julian.days_in_month)


class GregorianDate(CalendarDate):
    """A day in the proleptic Gregorian calendar (New Style), astronomical years.

    >>> GregorianDate(1917, 11, 7).to_julian()
    JulianDate(1917, 10, 25)
    """

    __slots__ = ()
    calendar = "Gregorian"
    _validate = staticmethod(gregorian.validate)
    _to_ordinal = staticmethod(gregorian.to_ordinal)
    _from_ordinal = staticmethod(gregorian.from_ordinal)
    _is_leap_year = staticmethod(gregorian.is_leap_year)
    _days_in_month = staticmethod(gregorian.days_in_month)

    @classmethod
    def from_date(cls, value: datetime.date) -> GregorianDate:
        """The day of a ``datetime.date`` (a ``datetime`` gives its date part).

        >>> GregorianDate.from_date(datetime.date(1752, 9, 14)).to_julian()
        JulianDate(1752, 9, 3)
        """
        if not isinstance(value, datetime.date):
            raise TypeError(f"expected a datetime.date, not {type(value).__name__}")
        return cls._of_ordinal(value.toordinal())

    def to_date(self) -> datetime.date:
        """The ``datetime.date`` of this day; ``DateRangeError`` outside years 1..9999."""
        if not datetime.MINYEAR <= self._year <= datetime.MAXYEAR:
            raise DateRangeError(
                f"Gregorian date {self.isoformat()} is outside the years of datetime.date "
                f"(valid years: {datetime.MINYEAR}..{datetime.MAXYEAR})"
            )
        return datetime.date(self._year, self._month, self._day)
