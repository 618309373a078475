"""``julian-gregorian convert``: one date shown in both calendars, read as a place wrote it.

The date is read by ``formats.human`` (ISO, ``7 November 1917``, ``October 25, 1917``,
``24 October 1917 O.S.``, ``11 February 1731/2``, ``15 March 44 BC``). Its calendar is,
in order: the one its marker names (O.S./N.S.), the one ``--from`` names, the one the
``--place`` lived on that day (its civil calendar, gaps refused), else Gregorian. Its
year is the modern (1 January) year: a dual year gives it, ``--style`` or the place's
year-start table turns a written year into it, and an ISO date already has it.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from typing import Any

from julian_gregorian.calendar.dates import CalendarDate
from julian_gregorian.calendar.formatting import format_year
from julian_gregorian.calendar.months import WEEKDAY_NAMES
from julian_gregorian.calendar.names import CALENDAR_NAMES, CalendarName, date_class, label
from julian_gregorian.cli.arguments import refuse_long_numbers
from julian_gregorian.errors import DateRangeError, InvalidDateError, ParseError, UnknownPlaceError
from julian_gregorian.formats.human import HumanDate, parse_human_date
from julian_gregorian.places.civil import CivilCalendar, civil_calendar
from julian_gregorian.places.dual_years import dual_year_problem
from julian_gregorian.places.reforms import reform_for
from julian_gregorian.places.year_start import (
    STYLES,
    YearStartStyle,
    modern_year,
    modern_year_at,
    style_named,
    style_on,
    style_periods,
)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="show a date in both calendars",
        description=(
            "Show a date in the Julian (O.S.) and Gregorian (N.S.) calendars, with its "
            "modern year and weekday. The date may be ISO (1917-10-25), written out "
            "('7 November 1917', 'October 25, 1917', '15 March 44 BC'), marked "
            "('24 October 1917 O.S.') or dual-dated ('11 February 1731/2')."
        ),
    )
    parser.add_argument(
        "date",
        help="the date; quote it if it has spaces (a negative ISO date such as -0043-03-15 "
        "is astronomical year -43, 44 BC)",
    )
    parser.add_argument(
        "--from",
        dest="calendar",
        choices=CALENDAR_NAMES,
        default=None,
        help="the calendar the date is written in (default: its O.S./N.S. marker, else the "
        "calendar of --place on that day, else gregorian)",
    )
    parser.add_argument(
        "--place",
        help="place code of the reform table (GB, GB-SCT, RU, SE, ...): its calendar on that "
        "day and its year-start style apply",
    )
    parser.add_argument(
        "--style",
        help="year-start style of the written year: circumcision (1 January), annunciation "
        "(Lady Day), pisan, venetian, byzantine, nativity (default: the place's, else 1 January)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)


@dataclass(frozen=True)
class Reading:
    """How the written date was understood, and the day it names."""

    written: str
    day: CalendarDate
    #: The calendar the written date was read in: julian, gregorian or swedish.
    calendar: str
    calendar_from: str
    modern_year: int
    year_start: YearStartStyle | None
    year_start_note: str
    place: str | None
    reform_place: str | None
    calendar_in_use: str | None


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
                "--style applies to a written year; an ISO date's year is already the modern one"
            )
        return human.year, None, "1 January (an ISO date's year is the modern year)"
    if style is not None:
        return modern_year(human.year, human.month, human.day, style), style, "from --style"
    if place is not None:
        if style_key is None:
            return human.year, None, f"not known for {place}: the year is read as 1 January"
        try:
            year = modern_year_at(style_key, human.year, human.month, human.day)
        except DateRangeError as error:
            return human.year, None, f"{error}: the year is read as 1 January"
        return year, style_on(style_key, year, human.month, human.day), f"used in {style_key}"
    return human.year, None, "1 January (no --place or --style given)"


def read(text: str, calendar: CalendarName | None, place: str | None, style: str | None) -> Reading:
    """Understand *text* as the options say; every refusal is a library error."""
    human = parse_human_date(text)
    if human.calendar is not None and calendar is not None and human.calendar != calendar:
        raise ParseError(f"{text!r} is marked {label(human.calendar)} but --from says {calendar}")
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
        lived = civil.date(year, human.month, human.day)
        day = lived.to_date()
        # Sweden's calendar of 1700-1712 kept the Julian leap rule, minus one day.
        reading = "gregorian" if lived.calendar == "Gregorian" else "julian"
        shown_calendar = lived.calendar.lower()
        source = f"the calendar {reform_place} used that day"
    else:
        reading, source = "gregorian", "by default (no marker, --from or --place)"
        day = date_class(reading)(year, human.month, human.day)
        shown_calendar = reading
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
    in_use: str | None = None
    if civil is not None:
        try:
            # A day a place lived twice (Alaska, 1867) was written in both calendars.
            lived_as = sorted({d.calendar.lower() for d in civil.days_of(day.toordinal())})
        except DateRangeError:
            lived_as = []
        in_use = " and ".join(lived_as) if lived_as else None
    if year_start is not None:
        year_note = f"{STYLES[year_start].label}, {year_note}"
    return Reading(
        written=" ".join(text.split()),
        day=day,
        calendar=shown_calendar,
        calendar_from=source,
        modern_year=year,
        year_start=year_start,
        year_start_note=year_note,
        place=code,
        reform_place=reform_place,
        calendar_in_use=in_use,
    )


def run(args: argparse.Namespace) -> int:
    reading = read(refuse_long_numbers(args.date), args.calendar, args.place, args.style)
    day = reading.day
    julian, gregorian = day.to_julian(), day.to_gregorian()
    weekday = WEEKDAY_NAMES[day.weekday()]
    if args.format == "json":
        record = {
            "written": reading.written,
            "calendar": reading.calendar,
            "julian": julian.isoformat(),
            "gregorian": gregorian.isoformat(),
            "weekday": weekday,
            "offset": day.offset(),
            "modern_year": reading.modern_year,
            "year_start": reading.year_start,
            "place": reading.place,
            "reform_place": reading.reform_place,
            "calendar_in_use": reading.calendar_in_use,
        }
        print(json.dumps(record, ensure_ascii=False))
        return 0
    print(f"Written:          {reading.written}")
    print(f"Read as:          {reading.calendar.capitalize()}, {reading.calendar_from}")
    print(f"Year start:       {reading.year_start_note}")
    print(f"Julian (O.S.):    {julian.format()}")
    print(f"Gregorian (N.S.): {gregorian.format()}")
    print(f"Modern year:      {format_year(reading.modern_year)}")
    print(f"Weekday:          {weekday}")
    offset = day.offset()
    size = "1 day" if abs(offset) == 1 else f"{abs(offset)} days"
    if offset > 0:
        relation = f"{offset} ({size}, Gregorian ahead of Julian)"
    elif offset < 0:
        relation = f"{offset} ({size}, Gregorian behind Julian)"
    else:
        relation = "0 (both calendars give the same date)"
    print(f"Offset:           {relation}")
    if reading.place is not None:
        shown = reading.place
        if reading.reform_place is not None and reading.reform_place != reading.place:
            shown += f" (reform of {reading.reform_place})"
        in_use = reading.calendar_in_use
        shown_use = in_use.capitalize() if in_use else "not known (outside the reform table)"
        print(f"Calendar in use:  {shown_use} (in {shown})")
    return 0
