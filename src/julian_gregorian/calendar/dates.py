"""Immutable date values of the two calendars, ordered by the day they denote.

``JulianDate(1917, 10, 25) == GregorianDate(1917, 11, 7) == datetime.date(1917, 11, 7)``:
equality, ordering and hashing go by the day, so a set or a sort mixes both calendars and
``datetime.date`` correctly, while ``repr`` and ``str`` keep the calendar the date was
written in.

>>> day = JulianDate(1917, 10, 25)
>>> day, str(day), day.to_gregorian()
(JulianDate(1917, 10, 25), '25 October 1917 (Julian)', GregorianDate(1917, 11, 7))
>>> day == GregorianDate(1917, 11, 7), day.toordinal(), day.jdn, day.weekday()
(True, 700115, 2421540, 2)
>>> day + 7, GregorianDate(1918, 2, 14) - day
(JulianDate(1917, 11, 1), 99)
>>> day == datetime.date(1917, 11, 7), datetime.date(1917, 11, 8) - day
(True, datetime.timedelta(days=1))
>>> f"{day:%A %d %B %Y}", day.strftime("%d %B %Y", "ru")
('Wednesday 25 October 1917', '25 октября 1917')

"""

from __future__ import annotations

import datetime
import re
from typing import ClassVar, TypeVar, overload

from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.calendar._daycount import jdn_to_ordinal, ordinal_to_jdn, weekday_of
from julian_gregorian.calendar._months import DAYS_IN_MONTH
from julian_gregorian.calendar._strftime import ENGLISH, DateNames, strftime
from julian_gregorian.calendar.conversion import gregorian_to_julian, julian_to_gregorian
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

    # One slot holding the (year, month, day) tuple: set once, by the slot's own setter,
    # since __setattr__ refuses; dates of one calendar compare as these tuples, in C.
    __slots__ = ("_fields",)

    #: "Julian" or "Gregorian".
    calendar: ClassVar[str]
    _fields: tuple[int, int, int]

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
        # The common case checked inline, as a call costs as much as this whole test;
        # 29 February and anything doubtful go to the calendar's own validation.
        if (
            type(year) is int
            and type(month) is int
            and type(day) is int
            and 0 < month < 13
            and 0 < day <= DAYS_IN_MONTH[month]
            and type(self) is not CalendarDate
        ):
            _set_fields(self, (year, month, day))
            return
        if type(self) is CalendarDate:
            raise TypeError("CalendarDate is abstract: use JulianDate or GregorianDate")
        self._validate(year, month, day)
        _set_fields(self, (int(year), int(month), int(day)))

    @classmethod
    def _of_ordinal(cls: type[_D], ordinal: int) -> _D:
        """The date of an ``int`` ordinal, without validating fields known to be right."""
        return _made(cls, cls._from_ordinal(ordinal))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[type[CalendarDate], tuple[int, int, int]]:
        return type(self), self._fields

    @property
    def year(self) -> int:
        """Astronomical year (0 = 1 BCE)."""
        return self._fields[0]

    @property
    def month(self) -> int:
        """Month, 1..12."""
        return self._fields[1]

    @property
    def day(self) -> int:
        """Day of the month, from 1."""
        return self._fields[2]

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
    def from_date(cls: type[_D], value: datetime.date) -> _D:
        """The day of a ``datetime.date`` (a ``datetime`` gives its date part).

        >>> GregorianDate.from_date(datetime.date(1752, 9, 14)).to_julian()
        JulianDate(1752, 9, 3)
        >>> JulianDate.from_date(datetime.date(1917, 11, 7))
        JulianDate(1917, 10, 25)
        """
        if not isinstance(value, datetime.date):
            raise TypeError(f"expected a datetime.date, not {type(value).__name__}")
        return cls._of_ordinal(value.toordinal())

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
        year, month, day = self._fields
        return self._to_ordinal(year, month, day)

    @property
    def jdn(self) -> int:
        """Julian Day Number of the day (the Julian Date at its noon)."""
        return ordinal_to_jdn(self.toordinal())

    def weekday(self) -> int:
        """Monday = 0 ... Sunday = 6; the same in both calendars."""
        return weekday_of(self.toordinal())

    def isoweekday(self) -> int:
        """Monday = 1 ... Sunday = 7."""
        return weekday_of(self.toordinal()) + 1

    def offset(self) -> int:
        """Days the Gregorian calendar is ahead of the Julian one on this day."""
        return offset_for_ordinal(self.toordinal())

    def is_leap_year(self) -> bool:
        """Whether this date's year has 29 February in this date's calendar."""
        return self._is_leap_year(self._fields[0])

    def days_in_month(self) -> int:
        """Number of days of this date's month in this date's calendar."""
        return self._days_in_month(self._fields[0], self._fields[1])

    def day_of_year(self) -> int:
        """1 for 1 January of this date's calendar, up to 365 or 366.

        >>> JulianDate(1900, 12, 31).day_of_year(), GregorianDate(1900, 12, 31).day_of_year()
        (366, 365)
        """
        return self.toordinal() - self._to_ordinal(self._fields[0], 1, 1) + 1

    def to_julian(self) -> JulianDate:
        """The same day in the Julian calendar."""
        raise NotImplementedError

    def to_gregorian(self) -> GregorianDate:
        """The same day in the Gregorian calendar."""
        raise NotImplementedError

    def replace(
        self: _D, year: int | None = None, month: int | None = None, day: int | None = None
    ) -> _D:
        """A date of the same calendar with some fields replaced (validated anew)."""
        old_year, old_month, old_day = self._fields
        return type(self)(
            old_year if year is None else year,
            old_month if month is None else month,
            old_day if day is None else day,
        )

    def isoformat(self) -> str:
        """ISO 8601 layout of this calendar's fields: ``1917-10-25``, ``-0043-03-15``.

        Years outside 0..9999 get a sign and at least four digits (``+10000-01-01``).
        """
        return format_iso(*self._fields)

    def format(self, style: Style = "dmy", year_style: YearStyle = "bce") -> str:
        """Readable text: ``25 October 1917``, ``October 25, 1917``, ``15 March 44 BCE``.

        *style* is ``"dmy"``, ``"mdy"`` or ``"iso"``; *year_style* is ``"bce"``,
        ``"bc"`` or ``"astronomical"`` (``-43`` rather than ``44 BCE``).
        """
        return format_date(*self._fields, style, year_style)

    def strftime(self, pattern: str, language: str | DateNames = ENGLISH) -> str:
        """*pattern* with ``%Y %m %d %B %b %A %a %j %u %%`` filled from this date's fields.

        The fields are this calendar's (``%j`` counts from 1 January of this calendar);
        ``%Y`` writes any year as ISO 8601 does. Names are English unless *language* is
        one of the extractor's languages (``"ru"``, ``"uk"``, ``"pl"``, ``"de"``,
        ``"el"``) or a :class:`~julian_gregorian.calendar._strftime.DateNames`.

        >>> JulianDate(1900, 2, 29).strftime("%a %d %b %Y (%j)")
        'Tue 29 Feb 1900 (060)'
        >>> GregorianDate(-43, 3, 13).strftime("%Y-%m-%d, %A", "de")
        '-0043-03-13, Mittwoch'
        """
        names = language if isinstance(language, DateNames) else _names_of(language)
        return strftime(pattern, *self._fields, self.day_of_year(), self.weekday(), names)

    def __format__(self, spec: str) -> str:
        """``f"{day}"`` is ``str(day)``; ``f"{day:mdy}"`` etc. use :meth:`format` styles,
        and a spec with ``%`` directives is a :meth:`strftime` pattern in English."""
        if not spec:
            return str(self)
        if spec in ("iso", "dmy", "mdy"):
            return format_date(*self._fields, spec)  # type: ignore[arg-type]
        if "%" in spec:
            return self.strftime(spec)
        raise ValueError(
            f"unknown format spec {spec!r} for a date: use iso, dmy, mdy or strftime "
            "directives such as %Y-%m-%d"
        )

    def __str__(self) -> str:
        return f"{self.format()} ({self.calendar})"

    def __repr__(self) -> str:
        year, month, day = self._fields
        return f"{type(self).__name__}({year}, {month}, {day})"

    def _gregorian_fields(self) -> tuple[int, int, int]:
        raise NotImplementedError

    def __hash__(self) -> int:
        # Equal objects must hash equal, and a date equals the datetime.date of its day:
        # so a day datetime.date can hold hashes as that date does, any other by ordinal.
        year, month, day = self._gregorian_fields()
        if datetime.MINYEAR <= year <= datetime.MAXYEAR:
            return hash(datetime.date(year, month, day))
        return hash(self.toordinal())

    # Two dates of one calendar compare as their (year, month, day) tuples, in C; any
    # other pair by the ordinal of their day.

    def __eq__(self, other: object) -> bool:
        if type(other) is type(self):
            return self._fields == other._fields
        day = _day_of(other)
        if day is None:
            return NotImplemented
        return self.toordinal() == day

    def __ne__(self, other: object) -> bool:
        if type(other) is type(self):
            return self._fields != other._fields
        day = _day_of(other)
        if day is None:
            return NotImplemented
        return self.toordinal() != day

    def __lt__(self, other: object) -> bool:
        if type(other) is type(self):
            return self._fields < other._fields
        day = _day_of(other)
        if day is None:
            return NotImplemented
        return self.toordinal() < day

    def __le__(self, other: object) -> bool:
        if type(other) is type(self):
            return self._fields <= other._fields
        day = _day_of(other)
        if day is None:
            return NotImplemented
        return self.toordinal() <= day

    def __gt__(self, other: object) -> bool:
        if type(other) is type(self):
            return self._fields > other._fields
        day = _day_of(other)
        if day is None:
            return NotImplemented
        return self.toordinal() > day

    def __ge__(self, other: object) -> bool:
        if type(other) is type(self):
            return self._fields >= other._fields
        day = _day_of(other)
        if day is None:
            return NotImplemented
        return self.toordinal() >= day

    def __add__(self: _D, other: int | datetime.timedelta) -> _D:
        days = _days_of(other)
        if days is None:
            return NotImplemented
        return self._of_ordinal(self.toordinal() + days)

    __radd__ = __add__

    @overload
    def __sub__(self, other: CalendarDate) -> int: ...

    @overload
    def __sub__(self, other: datetime.date) -> datetime.timedelta: ...

    @overload
    def __sub__(self: _D, other: int | datetime.timedelta) -> _D: ...

    def __sub__(
        self: _D, other: CalendarDate | datetime.date | int | datetime.timedelta
    ) -> int | datetime.timedelta | _D:
        """Days between two dates (of either calendar), or the date some days earlier.

        With a ``datetime.date`` the difference is a ``timedelta``, as between two
        ``datetime.date`` values.
        """
        if isinstance(other, CalendarDate):
            return self.toordinal() - other.toordinal()
        day = _day_of(other)
        if day is not None:
            return _timedelta(self.toordinal() - day)
        days = _days_of(other)
        if days is None:
            return NotImplemented
        return self._of_ordinal(self.toordinal() - days)

    def __rsub__(self, other: datetime.date) -> datetime.timedelta:
        day = _day_of(other)
        if day is None:
            return NotImplemented
        return _timedelta(day - self.toordinal())


# The slot's own setter: __setattr__ refuses every name, to keep dates immutable.
_set_fields = vars(CalendarDate)["_fields"].__set__
_new_object = object.__new__


def _made(cls: type[_D], fields: tuple[int, int, int]) -> _D:
    """A date of fields known to be valid, built without ``__init__``'s checks."""
    date = _new_object(cls)
    _set_fields(date, fields)
    return date


def _day_of(value: object) -> int | None:
    """Ordinal of a date of ours or a ``datetime.date``; ``None`` for anything else.

    A ``datetime`` is not a day: as ``datetime.date`` does, dates never equal one.
    """
    if isinstance(value, CalendarDate):
        return value.toordinal()
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value.toordinal()
    return None


def _timedelta(days: int) -> datetime.timedelta:
    try:
        return datetime.timedelta(days=days)
    except OverflowError:
        raise DateRangeError(
            f"{days} days do not fit a datetime.timedelta (at most 999999999 either way)"
        ) from None


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


def _names_of(language: str) -> DateNames:
    if language == "en":
        return ENGLISH
    # The other languages' names come from the language records, which sit below the
    # calendar: imported on request only, so that importing the calendar core imports no more.
    from julian_gregorian.calendar._date_names import date_names

    return date_names(language)


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

    def to_julian(self) -> JulianDate:
        """The same day in the Julian calendar."""
        return self if type(self) is JulianDate else _made(JulianDate, self._fields)

    def to_gregorian(self) -> GregorianDate:
        """The same day in the Gregorian calendar."""
        year, month, day = self._fields
        # March to November, the day shifted within its month or into the next: the
        # first steps of conversion.julian_to_gregorian, repeated here to spare a call.
        if 2 < month < 12:
            shifted = day + year // 100 - year // 400 - 2
            last = DAYS_IN_MONTH[month]
            if 0 < shifted <= last:
                return _made(GregorianDate, (year, month, shifted))
            if last < shifted <= last + 28:
                return _made(GregorianDate, (year, month + 1, shifted - last))
        return _made(GregorianDate, julian_to_gregorian(year, month, day))

    def _gregorian_fields(self) -> tuple[int, int, int]:
        year, month, day = self._fields
        return julian_to_gregorian(year, month, day)


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

    def to_julian(self) -> JulianDate:
        """The same day in the Julian calendar."""
        year, month, day = self._fields
        # April to December, the day shifted within its month or into the one before: the
        # first steps of conversion.gregorian_to_julian, repeated here to spare a call.
        if 3 < month < 13:
            shifted = day - year // 100 + year // 400 + 2
            if 0 < shifted <= DAYS_IN_MONTH[month]:
                return _made(JulianDate, (year, month, shifted))
            if -28 < shifted <= 0:
                return _made(JulianDate, (year, month - 1, shifted + DAYS_IN_MONTH[month - 1]))
        return _made(JulianDate, gregorian_to_julian(year, month, day))

    def to_gregorian(self) -> GregorianDate:
        """The same day in the Gregorian calendar."""
        return self if type(self) is GregorianDate else _made(GregorianDate, self._fields)

    def _gregorian_fields(self) -> tuple[int, int, int]:
        return self._fields

    def to_date(self) -> datetime.date:
        """The ``datetime.date`` of this day; ``DateRangeError`` outside years 1..9999."""
        year, month, day = self._fields
        if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
            raise DateRangeError(
                f"Gregorian date {self.isoformat()} is outside the years of datetime.date "
                f"(valid years: {datetime.MINYEAR}..{datetime.MAXYEAR})"
            )
        return datetime.date(year, month, day)
