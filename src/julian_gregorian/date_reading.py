"""``parse_date``: one written date read as a place wrote it, and shown in both calendars.

The date is read by :func:`~julian_gregorian.formats._human.parse_human_date` (ISO,
``7 November 1917``, ``October 25, 1917``, ``24 October 1917 O.S.``,
``11 February 1731/2``, ``15 March 44 BC``, and in the extractor's other languages
``25 октября 1917 г.``, ``3. März 1700 a. St.``). Its calendar is, in order: the one its
marker names (O.S./N.S.), the one *calendar* names, the one *place* lived on that day
(its civil calendar, gaps refused), else Julian for a dual year (``1731/2``: Lady Day
years were counted in the Julian calendar) and Gregorian for any other date. Its year
is the modern (1 January) year: a dual year gives it, *style* or the place's year-start
table turns a written year into it, and an ISO date already has it.
``julian-gregorian convert`` prints what this function returns (its ``--from``,
``--place`` and ``--style`` are the parameters of the same names), and the notes of
:class:`DateReading` name those options.
"""

from __future__ import annotations

from dataclasses import dataclass

from julian_gregorian.calendar._months import WEEKDAY_NAMES
from julian_gregorian.calendar.dates import CalendarDate
from julian_gregorian.calendar.names import CALENDAR_NAMES, CalendarName, date_class, label
from julian_gregorian.errors import (
    AmbiguousCivilDateError,
    DateRangeError,
    InvalidDateError,
    NonexistentCivilDateError,
    ParseError,
    UnknownPlaceError,
)
from julian_gregorian.formats._human import HumanDate, parse_human_date, refuse_long_numbers
from julian_gregorian.places._civil import CivilCalendar, civil_calendar
from julian_gregorian.places._reforms import reform_for
from julian_gregorian.places.dual_years import dual_year_problem
from julian_gregorian.places.year_start import (
    STYLES,
    YearStartStyle,
    modern_year,
    modern_year_at,
    style_named,
    style_on,
    style_periods,
)

#: How to read a date its place never lived, as what its writer meant.
_CALENDAR_REMEDY = (
    "if the writer meant a Julian or a Gregorian date, say which: mark it O.S. or N.S., or "
    "give --from julian or --from gregorian (calendar= in Python)"
)


@dataclass(frozen=True)
class DateReading:
    """How a written date was understood, and the day it names."""

    #: The text, its runs of white space made single spaces.
    written: str
    #: The day, in the calendar it was read in (``day.to_julian()``, ``.to_gregorian()``).
    day: CalendarDate
    #: The calendar the written date was read in: julian, gregorian or swedish.
    calendar: str
    #: Why that calendar: its marker, the calendar asked for, the place, or the default.
    calendar_from: str
    #: The year counted from 1 January.
    modern_year: int
    #: The year-start style that turned the written year into the modern one, if any.
    year_start: YearStartStyle | None
    #: How the modern year was found, for people.
    year_start_note: str
    #: The place asked for, upper case (``None``: no place).
    place: str | None
    #: The code of the reform table that applied to the place (``GB`` for ``GB-ENG``).
    reform_place: str | None
    #: The calendars the place wrote that day in (``"julian and gregorian"`` in Alaska,
    #: 1867), ``None`` outside the reform table.
    calendar_in_use: str | None


def parse_date(
    text: str,
    *,
    calendar: CalendarName | None = None,
    place: str | None = None,
    style: str | None = None,
) -> DateReading:
    """Read *text* as one date, in *calendar* or as *place* wrote it, with *style*'s year.

    >>> reading = parse_date("11 February 1731/2", place="GB")
    >>> reading.day, reading.day.to_gregorian(), reading.modern_year
    (JulianDate(1732, 2, 11), GregorianDate(1732, 2, 22), 1732)
    >>> parse_date("24 October 1917 O.S.").day.to_gregorian()
    GregorianDate(1917, 11, 6)
    >>> parse_date("10 February 1749", style="annunciation", calendar="julian").day
    JulianDate(1750, 2, 10)
    >>> parse_date("1 March 1700", place="SE").calendar  # Sweden's own calendar
    'swedish'

    :raises TypeError: *text* is not a ``str``.
    :raises ~julian_gregorian.errors.ParseError: *text* is not a date of the shapes read
        (or holds a number of more than 1000 digits), its O.S./N.S. marker contradicts
        *calendar*, *calendar* is not ``"julian"`` or ``"gregorian"``, *style* is unknown,
        or *style* is given for an ISO date (whose year is already the modern one).
    :raises ~julian_gregorian.errors.UnknownPlaceError: neither *place* nor its country
        (``XX`` of ``XX-YY``) is in the reform table.
    :raises ~julian_gregorian.errors.NonexistentCivilDateError: *place* never lived that
        date (a day of its reform gap, or a date of a calendar it no longer used).
    :raises ~julian_gregorian.errors.AmbiguousCivilDateError: *place*'s year-start table
        gives the written date two modern years (``1 October 1700`` in Russia).
    :raises ~julian_gregorian.errors.InvalidDateError: the day does not exist
        (``31 November``), the dual year does not fit the day, or the weekday written is
        not that of the day.
    """
    refuse_long_numbers(text)
    if calendar is not None and calendar not in CALENDAR_NAMES:
        raise ParseError(f"unknown calendar {calendar!r}: use 'julian' or 'gregorian'")
    human = parse_human_date(text)
    if human.calendar is not None and calendar is not None and human.calendar != calendar:
        raise ParseError(
            f"{text!r} is marked {label(human.calendar)} but the calendar asked for "
            f"(--from) is {calendar}"
        )
    chosen_style = style_named(style) if style is not None else None
    reform_place: str | None = None
    civil: CivilCalendar | None = None
    code: str | None = None
    style_key: str | None = None
    if place is not None:
        code = place.strip().upper()
        reform_place, civil = _civil(place)
        style_key = _style_key(place, reform_place)
    explicit = human.calendar or calendar
    year_start: YearStartStyle | None
    if (
        explicit == "gregorian"
        and civil is not None
        and chosen_style is None
        and human.dual is None
        and not human.iso
        and _lived_julian(civil, human)
    ):
        # In a place still on the Julian calendar, "New Style" meant both reforms: the
        # Gregorian day and the 1 January year (Washington was born 11 February 1731 O.S.,
        # 22 February 1732 N.S.).
        year, year_start = human.year, "circumcision"
        year_note = "a New Style date where the Julian calendar was in use"
    else:
        year, year_start, year_note = _modern_year(human, chosen_style, code, style_key)
    shown_calendar: str
    if explicit is not None:
        reading: CalendarName = explicit
        source = "as its O.S./N.S. marker says" if human.calendar is not None else "as --from says"
        day = date_class(reading)(year, human.month, human.day)
        shown_calendar = reading
    elif civil is not None:
        try:
            lived = civil.date(year, human.month, human.day)
        except NonexistentCivilDateError as error:
            # (civil.date's remedy names its own policy parameter, which this reading lacks)
            raise NonexistentCivilDateError(error.reason, _CALENDAR_REMEDY) from None
        day = lived.to_date()
        # Sweden's calendar of 1700-1712 kept the Julian leap rule, minus one day.
        reading = "gregorian" if lived.calendar == "Gregorian" else "julian"
        shown_calendar = lived.calendar.lower()
        source = f"the calendar {reform_place} used that day"
    else:
        if human.dual is not None:
            # Dual years were written where the year began on 25 March under the Julian
            # calendar (England and its colonies until 1752), as the extractor reads them.
            reading, source = "julian", "as its dual year implies (no marker, --from or --place)"
        else:
            reading, source = "gregorian", "by default (no marker, --from or --place)"
        day = date_class(reading)(year, human.month, human.day)
        shown_calendar = reading
    _check_written_extras(text, human, day, reading)
    if year_start is not None:
        year_note = f"{STYLES[year_start].label}, {year_note}"
    return DateReading(
        written=" ".join(text.split()),
        day=day,
        calendar=shown_calendar,
        calendar_from=source,
        modern_year=year,
        year_start=year_start,
        year_start_note=year_note,
        place=code,
        reform_place=reform_place,
        calendar_in_use=None if civil is None else _in_use(civil, day),
    )


def _civil(place: str) -> tuple[str, CivilCalendar]:
    """The reform-table code and civil calendar of *place*, or of its country."""
    try:
        return reform_for(place).code, civil_calendar(place)
    except UnknownPlaceError:
        country = place.strip().split("-", 1)[0]
        if country == place.strip():
            raise
        try:
            return reform_for(country).code, civil_calendar(country)
        except UnknownPlaceError:
            raise UnknownPlaceError(
                f"unknown place {place!r}: neither it nor {country!r} is in the reform table "
                "(`julian-gregorian places` lists the codes)"
            ) from None


def _style_key(place: str, reform_place: str) -> str | None:
    """The key of the year-start table for *place*: its own code, else its reform code."""
    for key in (place, reform_place):
        try:
            return style_periods(key)[0]
        except UnknownPlaceError:
            continue
    return None


def _lived_julian(civil: CivilCalendar, human: HumanDate) -> bool:
    """Whether the place wrote Julian dates on the Gregorian day *human* names (1 January year)."""
    try:
        day = date_class("gregorian")(human.year, human.month, human.day)
        return any(d.calendar != "Gregorian" for d in civil.days_of(day.toordinal()))
    except InvalidDateError:
        return False


def _modern_year(
    human: HumanDate, style: YearStartStyle | None, place: str | None, style_key: str | None
) -> tuple[int, YearStartStyle | None, str]:
    """The 1 January year of the written date, the style used, and how it was chosen."""
    if human.dual is not None:
        return human.dual.modern_year, "annunciation", "given by the dual year"
    if human.iso:
        if style is not None:
            raise ParseError(
                "a year-start style (--style) applies to a written year; an ISO date's year "
                "is already the modern one"
            )
        return human.year, None, "1 January (an ISO date's year is the modern year)"
    if style is not None:
        return modern_year(human.year, human.month, human.day, style), style, "from --style"
    if place is not None:
        if style_key is None:
            return human.year, None, f"not known for {place}: the year is read as 1 January"
        try:
            year = modern_year_at(style_key, human.year, human.month, human.day)
        except NonexistentCivilDateError as error:
            raise NonexistentCivilDateError(error.reason, _style_remedy(style_key)) from None
        except AmbiguousCivilDateError as error:
            raise AmbiguousCivilDateError(f"{error}; {_style_remedy(style_key)}") from None
        except DateRangeError as error:
            return human.year, None, f"{error}: the year is read as 1 January"
        return year, style_on(style_key, year, human.month, human.day), f"used in {style_key}"
    return human.year, None, "1 January (no --place or --style given)"


def _style_remedy(place: str) -> str:
    """How to read a date whose written year *place*'s year-start table cannot settle."""
    styles = dict.fromkeys(period.style for period in style_periods(place)[1])
    named = " or ".join(f"--style {style}" for style in styles)
    return f"say how its year is counted, with {named} (style= in Python)"


def _check_written_extras(
    text: str, human: HumanDate, day: CalendarDate, reading: CalendarName
) -> None:
    """``InvalidDateError`` if the dual year or the weekday written does not fit *day*."""
    if human.dual is not None:
        problem = dual_year_problem(
            human.dual.first, human.dual.second, human.month, human.day, reading
        )
        if problem is not None:
            raise InvalidDateError(f"{text!r}: {problem}")
    if human.weekday is not None and human.weekday != day.weekday():
        raise InvalidDateError(
            f"{text!r}: {day.format()} ({label(reading)}) was a "
            f"{WEEKDAY_NAMES[day.weekday()]}, not a {WEEKDAY_NAMES[human.weekday]}"
        )


def _in_use(civil: CivilCalendar, day: CalendarDate) -> str | None:
    """The calendars *civil*'s place wrote *day* in; a day lived twice (Alaska, 1867) has two."""
    try:
        lived_as = sorted({d.calendar.lower() for d in civil.days_of(day.toordinal())})
    except DateRangeError:
        lived_as = []
    return " and ".join(lived_as) if lived_as else None
