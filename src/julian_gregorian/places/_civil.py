"""The civil calendar of a place: the dates it actually lived, across its reforms.

A civil calendar is a sequence of *eras*, each a run of consecutive days written in one
calendar (Julian, Gregorian, or Sweden's calendar of 1700-1712), joined by the
transitions of the reform table. A civil date is a (year, month, day) as people of the
place wrote it; reading it means finding the era whose calendar has that date and whose
days include it. Dates in a reform gap (3-13 September 1752 in Britain) or in a calendar
the place had left (29 February 1900 in Britain) were never lived there.

What to do with such a date is a choice, not a guess, so it is an explicit *policy*:

- ``"raise"`` (the default): ``NonexistentCivilDateError``;
- ``"shift"``: a gap date moves forward by the length of the gap (3 September 1752
  becomes 14 September in Britain), as if the old count of days had run on;
- ``"as_julian"`` / ``"as_gregorian"``: the date is read in that calendar, whatever
  the place used (Julian 3 September 1752 is Gregorian 14 September 1752).

Days are identified by the ordinal of ``datetime.date.toordinal`` (see ``calendar``):
the ordinal of a Julian civil date is that of the same Julian date anywhere. Alaska lived
one ordinal twice in 1867 (two Fridays, 6 October O.S. and 18 October N.S.), and
Lithuania one January's dates twice in 1800; such dates and days are
``AmbiguousCivilDateError`` where one answer is asked for, and available all at once
from :meth:`CivilCalendar.dates_of` and :meth:`CivilCalendar.ordinals_of`.

>>> gb = civil_calendar("GB")
>>> gb.date(1752, 9, 2).weekday(), gb.date(1752, 9, 14).weekday()
(2, 3)
>>> gb.year_length(1752), gb.month_length(1752, 9)
(355, 19)
>>> gb.date(1752, 9, 5, policy="shift")
CivilDate(1752, 9, 16, 'Gregorian')
>>> civil_calendar("SE").date(1712, 2, 30).to_julian()
JulianDate(1712, 2, 29)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.calendar._daycount import weekday_of
from julian_gregorian.calendar._months import MONTH_NAMES, WEEKDAY_NAMES
from julian_gregorian.calendar.dates import CalendarDate, GregorianDate, JulianDate
from julian_gregorian.calendar.formatting import Style, format_date, format_iso
from julian_gregorian.errors import (
    AmbiguousCivilDateError,
    DateRangeError,
    InconsistentReformError,
    InvalidDateError,
    NonexistentCivilDateError,
    require_int,
)
from julian_gregorian.places._reforms import YMD, Reform, Transition, reform_for

GapPolicy = Literal["raise", "shift", "as_julian", "as_gregorian"]

#: The policies for dates a place never lived, default first.
GAP_POLICIES: tuple[str, ...] = ("raise", "shift", "as_julian", "as_gregorian")


class _Calendar:
    """A calendar on the ordinal count, possibly defined on a bounded run of days only."""

    name: str

    def month_days(self, year: int, month: int) -> int:
        """Number of dates of the month in this calendar (0 where it has none)."""
        raise NotImplementedError

    def ordinal(self, year: int, month: int, day: int) -> int | None:
        """Ordinal of the date, or ``None`` if the calendar has no such date."""
        raise NotImplementedError

    def date(self, ordinal: int) -> YMD:
        """The date of a day the calendar covers."""
        raise NotImplementedError

    def month_span(self, year: int, month: int) -> tuple[int, int] | None:
        """First and last ordinal of the month, or ``None`` if the calendar lacks it."""
        last = self.month_days(year, month)
        if last == 0:
            return None
        first = self.ordinal(year, month, 1)
        final = self.ordinal(year, month, last)
        if first is None or final is None:
            return None
        return first, final

    def year_span(self, year: int) -> tuple[int, int] | None:
        """First and last ordinal of the year, or ``None`` if the calendar lacks it."""
        months = [m for m in range(1, 13) if self.month_days(year, m)]
        if not months:
            return None
        first = self.month_span(year, months[0])
        last = self.month_span(year, months[-1])
        if first is None or last is None:
            return None
        return first[0], last[1]


class _Proleptic(_Calendar):
    """The Julian or the Gregorian calendar, for every day."""

    def __init__(
        self,
        name: str,
        days_in_month: Callable[[int, int], int],
        to_ordinal: Callable[[int, int, int], int],
        from_ordinal: Callable[[int], YMD],
    ) -> None:
        self.name = name
        self._days_in_month = days_in_month
        self._to_ordinal = to_ordinal
        self._from_ordinal = from_ordinal

    def month_days(self, year: int, month: int) -> int:
        return self._days_in_month(year, month)

    def ordinal(self, year: int, month: int, day: int) -> int | None:
        if not 1 <= day <= self._days_in_month(year, month):
            return None
        return self._to_ordinal(year, month, day)

    def date(self, ordinal: int) -> YMD:
        return self._from_ordinal(ordinal)

    def year_span(self, year: int) -> tuple[int, int] | None:
        return self._to_ordinal(year, 1, 1), self._to_ordinal(year, 12, 31)


class _Swedish(_Calendar):
    """Sweden's calendar of 1 March 1700 to 30 February 1712: Julian dates one day ahead.

    A Swedish date is the day before the same Julian date (Swedish 1 March 1700 is Julian
    29 February 1700); February 1712 has 30 days, so that 30 February 1712 is Julian
    29 February 1712 and the next day is Julian 1 March 1712 again. Outside that run of
    days the calendar has no dates.
    """

    name = "Swedish"
    FIRST: YMD = (1700, 3, 1)
    LAST: YMD = (1712, 2, 30)

    def __init__(self) -> None:
        self._first = julian.to_ordinal(1700, 2, 29)
        self._last = julian.to_ordinal(1712, 2, 29)

    def month_days(self, year: int, month: int) -> int:
        if not self.FIRST[:2] <= (year, month) <= self.LAST[:2]:
            return 0
        if (year, month) == (1712, 2):
            return 30
        return julian.days_in_month(year, month)

    def ordinal(self, year: int, month: int, day: int) -> int | None:
        if not 1 <= day <= self.month_days(year, month):
            return None
        return julian.to_ordinal(year, month, 1) + day - 2

    def date(self, ordinal: int) -> YMD:
        if not self._first <= ordinal <= self._last:
            raise DateRangeError(f"ordinal {ordinal} is outside Sweden's calendar of 1700-1712")
        if ordinal == self._last:
            return self.LAST
        return julian.from_ordinal(ordinal + 1)


_CALENDARS: dict[str, _Calendar] = {
    "Julian": _Proleptic("Julian", julian.days_in_month, julian.to_ordinal, julian.from_ordinal),
    "Gregorian": _Proleptic(
        "Gregorian", gregorian.days_in_month, gregorian.to_ordinal, gregorian.from_ordinal
    ),
    "Swedish": _Swedish(),
}


def _calendar_named(name: str) -> _Calendar:
    found = _CALENDARS.get(name)
    if found is None:
        raise InconsistentReformError(
            f"unknown calendar {name!r}: use one of {', '.join(sorted(_CALENDARS))}"
        )
    return found


@dataclass(frozen=True)
class CivilDate:
    """A date as a place lived it: the written date, its calendar, and its day.

    ``calendar`` is ``"Julian"``, ``"Gregorian"`` or ``"Swedish"``; ``ordinal`` is the
    day on the count of ``datetime.date.toordinal``, shared by every calendar here.
    """

    year: int
    month: int
    day: int
    calendar: str
    ordinal: int

    def weekday(self) -> int:
        """Monday = 0 ... Sunday = 6."""
        return weekday_of(self.ordinal)

    def weekday_name(self) -> str:
        return WEEKDAY_NAMES[self.weekday()]

    def to_julian(self) -> JulianDate:
        return JulianDate.fromordinal(self.ordinal)

    def to_gregorian(self) -> GregorianDate:
        return GregorianDate.fromordinal(self.ordinal)

    def to_date(self) -> CalendarDate:
        """The core date of the day in its own calendar (Julian for Swedish dates)."""
        if self.calendar == "Gregorian":
            return self.to_gregorian()
        return self.to_julian()

    def isoformat(self) -> str:
        return format_iso(self.year, self.month, self.day)

    def format(self, style: Style = "dmy") -> str:
        return format_date(self.year, self.month, self.day, style)

    def __str__(self) -> str:
        return f"{self.format()} ({self.calendar})"

    def __repr__(self) -> str:
        return f"CivilDate({self.year}, {self.month}, {self.day}, {self.calendar!r})"


@dataclass(frozen=True)
class _Era:
    calendar: _Calendar
    first: int | None  # None: unbounded into the past
    last: int | None  # None: unbounded into the future

    def clip(self, span: tuple[int, int]) -> tuple[int, int] | None:
        low = span[0] if self.first is None else max(span[0], self.first)
        high = span[1] if self.last is None else min(span[1], self.last)
        return (low, high) if low <= high else None

    def contains(self, ordinal: int) -> bool:
        return (self.first is None or ordinal >= self.first) and (
            self.last is None or ordinal <= self.last
        )


def _describe(calendar: _Calendar, ordinal: int) -> str:
    year, month, day = calendar.date(ordinal)
    return f"{WEEKDAY_NAMES[weekday_of(ordinal)]} {format_date(year, month, day)} ({calendar.name})"


def _check_ymd(year: int, month: int, day: int) -> None:
    require_int(year, "year")
    require_int(month, "month")
    require_int(day, "day")
    if not 1 <= month <= 12:
        raise InvalidDateError(
            f"date {format_iso(year, month, 1)[:-3]}-{day:02d}: month {month} is out of range "
            "(valid months: 1..12)"
        )


class CivilCalendar:
    """The calendar of one place, or of any custom reform: dates lived, gaps, lengths.

    Build one with :func:`civil_calendar` (a place of the reform table),
    :meth:`from_reform_dates` (any last-Julian / first-Gregorian pair), or directly from
    a sequence of :class:`~julian_gregorian.places._reforms.Transition`.
    """

    def __init__(
        self,
        transitions: Sequence[Transition] = (),
        *,
        initial: str = "Julian",
        start: CalendarDate | None = None,
        before: str = "",
        code: str | None = None,
        name: str = "custom calendar",
    ) -> None:
        self.code = code
        self.name = name
        self.transitions: tuple[Transition, ...] = tuple(transitions)
        #: What the place used before its first covered day ("" when all days are covered).
        self.before = before
        label = code or name
        calendar = _calendar_named(initial)
        first: int | None = None
        if start is not None:
            first = start.toordinal()
            _date_ymd(calendar, first)  # the first calendar must cover its first day
        eras: list[_Era] = []
        for step in self.transitions:
            if step.old != calendar.name:
                raise InconsistentReformError(
                    f"{label}: a transition leaves the {step.old} calendar, but the "
                    f"{calendar.name} calendar was in use"
                )
            new = _calendar_named(step.new)
            last_old = _ordinal_or_error(calendar, step.last_old, label, "last")
            first_new = _ordinal_or_error(new, step.first_new, label, "first")
            if first_new - last_old - 1 != step.extra_days:
                raise InconsistentReformError(_inconsistency(label, step, calendar, new))
            if first is not None and not first <= last_old:
                raise InconsistentReformError(
                    f"{label}: transitions must follow one another in time "
                    f"({format_iso(*step.last_old)} comes too early)"
                )
            eras.append(_Era(calendar, first, last_old))
            calendar, first = new, first_new
        eras.append(_Era(calendar, first, None))
        self._eras: tuple[_Era, ...] = tuple(eras)

    # -- constructors -------------------------------------------------------------------

    @classmethod
    def from_reform_dates(
        cls,
        last_julian: JulianDate | YMD,
        first_gregorian: GregorianDate | YMD,
        *,
        extra_days: int = 0,
        name: str = "custom reform",
    ) -> CivilCalendar:
        """A place that lived *last_julian*, then *first_gregorian* (the next day).

        A reform that removed more or fewer days than the calendar difference must say
        so with ``extra_days`` (the days removed beyond it; -1 repeats a day), otherwise
        the pair is ``InconsistentReformError``.

        >>> cal = CivilCalendar.from_reform_dates((1582, 10, 4), (1582, 10, 15))
        >>> cal.month_length(1582, 10)
        21
        """
        last = _as_ymd(last_julian, JulianDate, "last_julian")
        first = _as_ymd(first_gregorian, GregorianDate, "first_gregorian")
        require_int(extra_days, "extra_days")
        step = Transition("Julian", "Gregorian", last, first, extra_days)
        return cls((step,), name=name)

    @classmethod
    def for_reform(cls, reform: Reform) -> CivilCalendar:
        """The civil calendar of a row of the reform table."""
        return cls(
            reform.transitions,
            initial=reform.initial_calendar,
            start=reform.covered_from,
            before=reform.before,
            code=reform.code,
            name=reform.name,
        )

    # -- reading civil dates ------------------------------------------------------------

    def exists(self, year: int, month: int, day: int) -> bool:
        """Whether the place lived this date (at least once).

        >>> civil_calendar("GB").exists(1752, 9, 3)
        False
        """
        _check_ymd(year, month, day)
        return bool(self._lived(year, month, day))

    def ordinals_of(self, year: int, month: int, day: int) -> tuple[int, ...]:
        """Every day the place called by this date: none, one, or (rarely) two."""
        _check_ymd(year, month, day)
        return tuple(ordinal for _, ordinal in self._lived(year, month, day))

    def to_ordinal(self, year: int, month: int, day: int, policy: GapPolicy = "raise") -> int:
        """The day of a civil date; dates never lived follow *policy* (see the module)."""
        return self.date(year, month, day, policy).ordinal

    def to_date(self, year: int, month: int, day: int, policy: GapPolicy = "raise") -> CalendarDate:
        """The core date (``JulianDate`` or ``GregorianDate``) of a civil date."""
        return self.date(year, month, day, policy).to_date()

    def date(self, year: int, month: int, day: int, policy: GapPolicy = "raise") -> CivilDate:
        """The civil date, checked, with its calendar and day; see the module for *policy*.

        The policy only concerns dates the place never lived: a date it lived is read as
        lived whatever the policy. ``as_julian`` and ``as_gregorian`` answer with the
        date in that calendar, even where the place never used it.
        """
        _check_ymd(year, month, day)
        if policy not in GAP_POLICIES:
            raise ValueError(f"unknown gap policy {policy!r}: use one of {GAP_POLICIES}")
        lived = self._lived(year, month, day)
        if len(lived) == 1:
            era, ordinal = lived[0]
            return CivilDate(year, month, day, era.calendar.name, ordinal)
        if lived:
            raise AmbiguousCivilDateError(
                f"{format_date(year, month, day)} names {len(lived)} days in "
                f"{self._label()}: "
                + ", ".join(_describe(era.calendar, o) for era, o in lived)
                + "; use dates_of() to get each"
            )
        return self._unlived(year, month, day, policy)

    def dates_of(self, year: int, month: int, day: int) -> tuple[CivilDate, ...]:
        """Every reading of a civil date the place lived (two for a date lived twice)."""
        _check_ymd(year, month, day)
        return tuple(
            CivilDate(year, month, day, era.calendar.name, ordinal)
            for era, ordinal in self._lived(year, month, day)
        )

    # -- days to civil dates ------------------------------------------------------------

    def from_ordinal(self, ordinal: int) -> CivilDate:
        """The civil date of a day; ``AmbiguousCivilDateError`` for a day lived twice."""
        found = self.days_of(ordinal)
        if len(found) > 1:
            raise AmbiguousCivilDateError(
                f"day {ordinal} was lived twice in {self._label()}: "
                + " and ".join(f"{d.weekday_name()} {d}" for d in found)
                + "; use days_of() to get both"
            )
        return found[0]

    def from_date(self, date: CalendarDate) -> CivilDate:
        """The civil date of a core date's day (``JulianDate`` or ``GregorianDate``)."""
        if not isinstance(date, CalendarDate):
            raise TypeError(f"expected a JulianDate or GregorianDate, not {type(date).__name__}")
        return self.from_ordinal(date.toordinal())

    def days_of(self, ordinal: int) -> tuple[CivilDate, ...]:
        """The civil dates of a day: one, or two for a day lived twice (Alaska 1867)."""
        require_int(ordinal, "ordinal")
        found = []
        for era in self._eras:
            if era.contains(ordinal):
                year, month, day = era.calendar.date(ordinal)
                found.append(CivilDate(year, month, day, era.calendar.name, ordinal))
        if not found:
            raise DateRangeError(
                f"day {ordinal} ({JulianDate.fromordinal(ordinal).format()} Julian) is "
                f"before the period {self._label()} covers{self._before_clause()}"
            )
        return tuple(found)

    @property
    def first_day(self) -> CivilDate | None:
        """The first day the calendar covers, or ``None`` when it reaches back for ever."""
        era = self._eras[0]
        if era.first is None:
            return None
        year, month, day = era.calendar.date(era.first)
        return CivilDate(year, month, day, era.calendar.name, era.first)

    def calendar_on(self, ordinal: int) -> str:
        """Name of the calendar the place used on a day (the later one for a day lived twice)."""
        return self.days_of(ordinal)[-1].calendar

    # -- lengths and months -------------------------------------------------------------

    def month_days(self, year: int, month: int) -> tuple[CivilDate, ...]:
        """The days of a month as the place lived them, in order.

        >>> [d.day for d in civil_calendar("GB").month_days(1752, 9)][:4]
        [1, 2, 14, 15]
        """
        _check_ymd(year, month, 1)
        days: list[CivilDate] = []
        for era, low, high in self._month_pieces(year, month):
            for ordinal in range(low, high + 1):
                y, m, d = era.calendar.date(ordinal)
                days.append(CivilDate(y, m, d, era.calendar.name, ordinal))
        return tuple(days)

    def month_length(self, year: int, month: int) -> int:
        """Days the place lived in a month (19 in September 1752 in Britain)."""
        _check_ymd(year, month, 1)
        return sum(high - low + 1 for _, low, high in self._month_pieces(year, month))

    def year_length(self, year: int) -> int:
        """Days the place lived in a year that begins on 1 January (355 in Britain in 1752).

        The year is the calendar year of 1 January to 31 December; where a place began
        its year on another day, that is the business of the year-start styles.
        """
        require_int(year, "year")
        total = 0
        for era in self._eras:
            span = era.calendar.year_span(year)
            clipped = era.clip(span) if span is not None else None
            if clipped is not None:
                total += clipped[1] - clipped[0] + 1
        return total

    def iter_days(self, first: int, last: int) -> Iterator[CivilDate]:
        """Every civil date from day *first* to day *last* (ordinals), days lived twice twice."""
        require_int(first, "first")
        require_int(last, "last")
        for ordinal in range(first, last + 1):
            yield from self.days_of(ordinal)

    # -- internals ----------------------------------------------------------------------

    def _month_pieces(self, year: int, month: int) -> Iterator[tuple[_Era, int, int]]:
        for era in self._eras:
            span = era.calendar.month_span(year, month)
            clipped = era.clip(span) if span is not None else None
            if clipped is not None:
                yield era, clipped[0], clipped[1]

    def _lived(self, year: int, month: int, day: int) -> list[tuple[_Era, int]]:
        found = []
        for era in self._eras:
            ordinal = era.calendar.ordinal(year, month, day)
            if ordinal is not None and era.contains(ordinal):
                found.append((era, ordinal))
        return found

    def _label(self) -> str:
        return self.code or self.name

    def _before_clause(self) -> str:
        return f"; it used {self.before} before that" if self.before else ""

    def _unlived(self, year: int, month: int, day: int, policy: GapPolicy) -> CivilDate:
        label = (year, month, day)
        written = format_date(year, month, day)
        first_era = self._eras[0]
        if first_era.first is not None:
            first_label = first_era.calendar.date(first_era.first)
            if label < first_label:
                raise DateRangeError(
                    f"{written} is before {_describe(first_era.calendar, first_era.first)}, "
                    f"the first day {self._label()} covers{self._before_clause()}"
                )
        if policy in ("as_julian", "as_gregorian"):
            calendar = _CALENDARS["Julian" if policy == "as_julian" else "Gregorian"]
            ordinal = calendar.ordinal(year, month, day)
            if ordinal is None:
                (julian if policy == "as_julian" else gregorian).validate(year, month, day)
                raise AssertionError("unreachable: validate raised")  # pragma: no cover
            return CivilDate(year, month, day, calendar.name, ordinal)
        for index, step in enumerate(self.transitions):
            if step.last_old < label < step.first_new:
                old, new = self._eras[index], self._eras[index + 1]
                if old.calendar.ordinal(*label) is None and new.calendar.ordinal(*label) is None:
                    break
                if policy == "shift":
                    return self._shift(index, label)
                raise NonexistentCivilDateError(
                    f"{written} does not exist in {self._label()}: "
                    f"{_describe(old.calendar, _last(old))} was followed by "
                    f"{_describe(new.calendar, _first(new))}",
                    "read it with policy='shift', 'as_julian' or 'as_gregorian' if that is "
                    "what the writer meant",
                )
        readings = [
            f"a {name} date (= {_other_reading(name, label)})"
            for name in ("Julian", "Gregorian")
            if _CALENDARS[name].ordinal(*label) is not None
        ]
        if not readings:
            self._explain_invalid(year, month, day)
        raise NonexistentCivilDateError(
            f"{written} was never lived in {self._label()}: it is {' and '.join(readings)}, "
            f"but not a date of the calendar {self._label()} used then",
            "read it with policy='as_julian' or 'as_gregorian' if that is what the writer meant",
        )

    def _explain_invalid(self, year: int, month: int, day: int) -> None:
        calendars = {era.calendar.name: era.calendar for era in self._eras}
        calendars.update(_CALENDARS)
        del calendars["Swedish"]
        if any(era.calendar.name == "Swedish" for era in self._eras):
            calendars["Swedish"] = _CALENDARS["Swedish"]
        longest = max(c.month_days(year, month) for c in calendars.values())
        raise InvalidDateError(
            f"date {format_iso(year, month, 1)[:-3]}-{day:02d}: day {day} does not exist in "
            f"{MONTH_NAMES[month - 1]} {year} in any calendar of {self._label()} "
            f"(valid days: 1..{longest})"
        )

    def _shift(self, index: int, label: YMD) -> CivilDate:
        """A gap date moved forward by the gap length: the k-th day after the change."""
        old, new = self._eras[index], self._eras[index + 1]
        step = self.transitions[index]
        rank = _gap_rank(old.calendar, new.calendar, step.last_old, label)
        ordinal = _first(new) + rank
        for era in self._eras[index + 1 :]:
            if era.contains(ordinal):
                y, m, d = era.calendar.date(ordinal)
                return CivilDate(y, m, d, era.calendar.name, ordinal)
        raise NonexistentCivilDateError(  # pragma: no cover - eras are contiguous
            f"cannot shift {format_date(*label)} in {self._label()}"
        )

    def __repr__(self) -> str:
        return f"CivilCalendar({self._label()!r}, eras={len(self._eras)})"


def _first(era: _Era) -> int:
    assert era.first is not None
    return era.first


def _last(era: _Era) -> int:
    assert era.last is not None
    return era.last


def _gap_rank(old: _Calendar, new: _Calendar, last_old: YMD, label: YMD) -> int:
    """How many dates of the gap come before *label* (0 for the first missing date)."""
    last = old.ordinal(*last_old)
    ordinal = old.ordinal(*label)
    if (old.name, new.name) in _NEW_DATES_ARE_OLD_DATES and ordinal is not None:
        assert last is not None
        return ordinal - last - 1
    # General case (custom reforms into a calendar with dates the old one lacks): count.
    rank = 0
    year, month, day = last_old
    while True:
        day += 1
        if day > 31:
            year, month, day = (year + 1, 1, 1) if month == 12 else (year, month + 1, 1)
        if (year, month, day) >= label:
            return rank
        if old.ordinal(year, month, day) is not None or new.ordinal(year, month, day):
            rank += 1


# Every date of the second calendar is a date of the first, so a gap holds old dates only.
_NEW_DATES_ARE_OLD_DATES = {("Julian", "Gregorian"), ("Julian", "Swedish")}


def _other_reading(name: str, label: YMD) -> str:
    ordinal = _CALENDARS[name].ordinal(*label)
    assert ordinal is not None
    other = _CALENDARS["Gregorian" if name == "Julian" else "Julian"]
    return f"{format_date(*other.date(ordinal))} {other.name}"


def _date_ymd(calendar: _Calendar, ordinal: int) -> YMD:
    try:
        return calendar.date(ordinal)
    except DateRangeError as error:
        raise InconsistentReformError(str(error)) from None


def _ordinal_or_error(calendar: _Calendar, ymd: YMD, label: str, which: str) -> int:
    ordinal = calendar.ordinal(*ymd)
    if ordinal is None:
        raise InconsistentReformError(
            f"{label}: {format_date(*ymd)} is not a date of the {calendar.name} calendar, so "
            f"it cannot be the {which} day of it"
        )
    return ordinal


def _inconsistency(label: str, step: Transition, old: _Calendar, new: _Calendar) -> str:
    last = old.ordinal(*step.last_old)
    first = new.ordinal(*step.first_new)
    assert last is not None
    assert first is not None
    expected = new.date(last + 1 + step.extra_days)
    removed = first - last - 1
    return (
        f"{label}: {format_date(*step.first_new)} ({new.name}) does not follow "
        f"{format_date(*step.last_old)} ({old.name}): the day after is "
        f"{format_date(*expected)} ({new.name})"
        + (
            f"; if the reform really removed {removed} extra day(s), say extra_days={removed}"
            if removed != step.extra_days
            else ""
        )
    )


def _as_ymd(value: CalendarDate | YMD, kind: type[CalendarDate], name: str) -> YMD:
    if isinstance(value, CalendarDate):
        if not isinstance(value, kind):
            raise TypeError(f"{name} must be a {kind.__name__} or a (year, month, day) tuple")
        return value.year, value.month, value.day
    if isinstance(value, tuple) and len(value) == 3:
        checked = kind(*value)  # validates the date in its calendar
        return checked.year, checked.month, checked.day
    raise TypeError(f"{name} must be a {kind.__name__} or a (year, month, day) tuple")


@functools.cache
def _cached(code: str) -> CivilCalendar:
    return CivilCalendar.for_reform(reform_for(code))


def civil_calendar(place: str | Reform) -> CivilCalendar:
    """The civil calendar of a place code (``"GB"``), alias, or reform-table row.

    >>> civil_calendar("RU").month_length(1918, 2)
    15
    """
    if isinstance(place, Reform):
        return CivilCalendar.for_reform(place)
    return _cached(reform_for(place).code)
