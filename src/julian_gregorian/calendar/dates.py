"""Immutable date values of the two calendars, ordered by the day they denote.

``JulianDate(1917, 10, 25) == GregorianDate(1917, 11, 7)``: equality, ordering and hashing
go by the ordinal day, so a set or a sort mixes both calendars correctly, while ``repr``
and ``str`` keep the calendar the date was written in.
"""

from __future__ import annotations

import datetime
from typing import ClassVar, TypeVar, overload

from julian_gregorian.calendar import gregorian, julian
from julian_gregorian.calendar.daycount import jdn_to_ordinal, ordinal_to_jdn, weekday_of
from julian_gregorian.calendar.formatting import Style, YearStyle, format_date, format_iso
from julian_gregorian.calendar.offset import offset_for_ordinal
from julian_gregorian.errors import DateRangeError, require_int

_D = TypeVar("_D", bound="CalendarDate")


class CalendarDate:
    """A day written in one calendar; the base of :class:`JulianDate` and :class:`GregorianDate`."""

    __slots__ = ("_day", "_month", "_ordinal", "_year")

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

    def __init__(self, year: int, month: int, day: int) -> None:
        if type(self) is CalendarDate:
            raise TypeError("CalendarDate is abstract: use JulianDate or GregorianDate")
        self._validate(year, month, day)
        object.__setattr__(self, "_year", int(year))
        object.__setattr__(self, "_month", int(month))
        object.__setattr__(self, "_day", int(day))
        object.__setattr__(self, "_ordinal", self._to_ordinal(year, month, day))

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
        return self._month

    @property
    def day(self) -> int:
        return self._day

    @classmethod
    def fromordinal(cls: type[_D], ordinal: int) -> _D:
        """The date of the day with this ordinal (1 = 1 January 1, Gregorian)."""
        require_int(ordinal, "ordinal")
        return cls(*cls._from_ordinal(ordinal))

    @classmethod
    def from_jdn(cls: type[_D], jdn: int) -> _D:
        """The date of the day with this Julian Day Number."""
        require_int(jdn, "jdn")
        return cls.fromordinal(jdn_to_ordinal(jdn))

    def toordinal(self) -> int:
        """Ordinal of the day, the same count as ``datetime.date.toordinal``."""
        return self._ordinal

    @property
    def jdn(self) -> int:
        """Julian Day Number of the day (the JD at its noon)."""
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

    def to_julian(self) -> JulianDate:
        return JulianDate.fromordinal(self._ordinal)

    def to_gregorian(self) -> GregorianDate:
        return GregorianDate.fromordinal(self._ordinal)

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
        """ISO 8601 in astronomical years: ``1917-10-25``, ``-0043-03-15``, ``+10000-01-01``."""
        return format_iso(self._year, self._month, self._day)

    def format(self, style: Style = "dmy", year_style: YearStyle = "bce") -> str:
        """Readable text: ``25 October 1917``, ``October 25, 1917``, ``15 March 44 BCE``."""
        return format_date(self._year, self._month, self._day, style, year_style)

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
        return type(self).fromordinal(self._ordinal + days)

    __radd__ = __add__

    @overload
    def __sub__(self, other: CalendarDate) -> int: ...

    @overload
    def __sub__(self: _D, other: int | datetime.timedelta) -> _D: ...

    def __sub__(self: _D, other: CalendarDate | int | datetime.timedelta) -> int | _D:
        if isinstance(other, CalendarDate):
            return self._ordinal - other._ordinal
        days = _days_of(other)
        if days is None:
            return NotImplemented
        return type(self).fromordinal(self._ordinal - days)


def _days_of(value: object) -> int | None:
    """Whole days of an ``int`` or a ``timedelta``; ``None`` for anything else."""
    if isinstance(value, datetime.timedelta):
        return value.days
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    return None


class JulianDate(CalendarDate):
    """A day in the proleptic Julian calendar (Old Style), astronomical years.

    >>> JulianDate(1917, 10, 25).to_gregorian()
    GregorianDate(1917, 11, 7)
    """

    __slots__ = ()
    calendar = "Julian"
    _validate = staticmethod(julian.validate)
    _to_ordinal = staticmethod(julian.to_ordinal)
    _from_ordinal = staticmethod(julian.from_ordinal)


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

    @classmethod
    def from_date(cls, value: datetime.date) -> GregorianDate:
        """The day of a ``datetime.date`` (a ``datetime`` gives its date part)."""
        if not isinstance(value, datetime.date):
            raise TypeError(f"expected a datetime.date, not {type(value).__name__}")
        return cls(value.year, value.month, value.day)

    def to_date(self) -> datetime.date:
        """The ``datetime.date`` of this day; ``DateRangeError`` outside years 1..9999."""
        if not datetime.MINYEAR <= self._year <= datetime.MAXYEAR:
            raise DateRangeError(
                f"{self.isoformat()} (Gregorian) is outside datetime.date's years "
                f"{datetime.MINYEAR}..{datetime.MAXYEAR}"
            )
        return datetime.date(self._year, self._month, self._day)
