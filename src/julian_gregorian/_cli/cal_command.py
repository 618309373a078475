"""``julian-gregorian cal``: a month (or a year) as a place lived it, like ``cal``/``ncal``.

The days a reform skipped are simply absent, as in ``cal 9 1752``; a day lived twice
(Alaska, October 1867) starts a new line under the same weekday. A footer names the
calendar of the days shown and the change of calendar, if the month has one.
"""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

from julian_gregorian._cli.arguments import EXIT_OK, add_calendar, add_format, add_place
from julian_gregorian.calendar._months import MONTH_NAMES, WEEKDAY_NAMES
from julian_gregorian.calendar.dates import GregorianDate, JulianDate
from julian_gregorian.calendar.formatting import format_year
from julian_gregorian.errors import InvalidDateError, ParseError
from julian_gregorian.formats._human import refuse_long_numbers
from julian_gregorian.places._civil import CivilCalendar, CivilDate, civil_calendar
from julian_gregorian.places._reforms import Transition

_PERIOD = re.compile(r"\s*([+-]?\d{1,})(?:-(\d{1,2}))?\s*")
_DATE = re.compile(r"\s*([+-]?\d{1,})-(\d{1,2})-(\d{1,2})\s*")
_WIDTH = 20  # seven two-digit columns and their separators, as in cal(1)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "cal",
        help="print a month or a year as a place lived it (reform gaps shown)",
        description=(
            "Print a month (YYYY-MM) or a whole year (YYYY) as a place lived it: the dates "
            "its calendar reform skipped are absent, like cal/ncal."
        ),
    )
    parser.add_argument(
        "period",
        help="YYYY-MM for a month, YYYY for a year (astronomical: -0043-03 is March 44 BC)",
    )
    which = parser.add_mutually_exclusive_group()
    add_place(which, "place code of the reform table (GB, RU, SE, DE-BY, ...)")
    which.add_argument(
        "--reform",
        metavar="LAST[,FIRST]",
        help="a custom reform: the last Julian day, optionally the first Gregorian day "
        "(default: the day after), as YYYY-MM-DD",
    )
    add_calendar(which, "--calendar", "a proleptic calendar with no reform (default: gregorian)")
    parser.add_argument(
        "--extra-days",
        type=int,
        default=0,
        help="with --reform: days removed beyond the calendar difference (-1 repeats a day)",
    )
    parser.add_argument(
        "--sunday", action="store_true", help="start weeks on Sunday (cal style) not Monday"
    )
    add_format(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    year, month = _parse_period(refuse_long_numbers(args.period))
    calendar = _calendar_from(args)
    months = [month] if month is not None else list(range(1, 13))
    if args.format == "json":
        print(json.dumps(_json_record(calendar, year, months), ensure_ascii=False, indent=2))
        return EXIT_OK
    blocks = [_render_month(calendar, year, m, args.sunday) for m in months]
    print("\n\n".join(blocks))
    return EXIT_OK


def _parse_period(text: str) -> tuple[int, int | None]:
    match = _PERIOD.fullmatch(text)
    if match is None:
        raise ParseError(f"cannot read {text!r} as a period: expected YYYY-MM or YYYY")
    year = int(match.group(1))
    if match.group(2) is None:
        return year, None
    month = int(match.group(2))
    if not 1 <= month <= 12:
        raise InvalidDateError(f"month {month} is out of range in {text!r} (valid: 1..12)")
    return year, month


def _parse_day(text: str, what: str) -> tuple[int, int, int]:
    match = _DATE.fullmatch(text)
    if match is None:
        raise ParseError(f"cannot read {text!r} as the {what}: expected YYYY-MM-DD")
    year, month, day = (int(part) for part in match.groups())
    return year, month, day


def _calendar_from(args: argparse.Namespace) -> CivilCalendar:
    if args.extra_days and args.reform is None:
        raise ParseError("--extra-days only applies to a custom --reform")
    if args.place is not None:
        return civil_calendar(args.place)
    if args.reform is not None:
        last_text, _, first_text = refuse_long_numbers(args.reform).partition(",")
        last = JulianDate(*_parse_day(last_text, "last Julian day"))
        first = (
            GregorianDate(*_parse_day(first_text, "first Gregorian day"))
            if first_text
            else (last + 1 + args.extra_days).to_gregorian()
        )
        return CivilCalendar.from_reform_dates(
            last, first, extra_days=args.extra_days, name="custom reform"
        )
    name = "Julian" if args.calendar == "julian" else "Gregorian"
    return CivilCalendar(initial=name, name=f"proleptic {name} calendar")


def _render_month(calendar: CivilCalendar, year: int, month: int, sunday: bool) -> str:
    days = calendar.month_days(year, month)
    order = (6, 0, 1, 2, 3, 4, 5) if sunday else (0, 1, 2, 3, 4, 5, 6)
    title = f"{MONTH_NAMES[month - 1]} {format_year(year)}"
    lines = [title.center(_WIDTH).rstrip(), " ".join(WEEKDAY_NAMES[w][:2] for w in order)]
    cells: list[str] = []
    column = -1
    for day in days:
        wanted = order.index(day.weekday())
        if wanted <= column:  # a new week, or the same weekday lived twice
            lines.append(" ".join(cells).rstrip())
            cells, column = [], -1
        cells.extend(["  "] * (wanted - column - 1))
        cells.append(f"{day.day:2d}")
        column = wanted
    if cells:
        lines.append(" ".join(cells).rstrip())
    lines.append("")
    lines.extend(_footer(calendar, year, month, days))
    return "\n".join(lines)


def _footer(
    calendar: CivilCalendar, year: int, month: int, days: tuple[CivilDate, ...]
) -> list[str]:
    where = f"{calendar.code} ({calendar.name})" if calendar.code else calendar.name
    count = f"{len(days)} day{'' if len(days) == 1 else 's'} this month"
    changes = [
        step
        for step in calendar.transitions
        if (year, month) in (step.last_old[:2], step.first_new[:2])
    ]
    if changes:
        return [f"{where}: {count}"] + [f"  {_describe_change(calendar, s)}" for s in changes]
    if not days:
        first = calendar.first_day
        if first is not None and (year, month) < (first.year, first.month):
            return [
                f"{where}: before its first covered day, {first.weekday_name()} "
                f"{first.format()}" + (f"; it used {calendar.before}" if calendar.before else "")
            ]
        return [f"{where}: no day of this month was lived there"]
    names = sorted({day.calendar for day in days})
    return [f"{where}: {count}, {' and '.join(names)} calendar"]


def _describe_change(calendar: CivilCalendar, step: Transition) -> str:
    last = calendar.dates_of(*step.last_old)[-1]
    first = calendar.dates_of(*step.first_new)[0]
    return (
        f"{step.old} until {last.weekday_name()} {last.format()}, "
        f"{step.new} from {first.weekday_name()} {first.format()}"
    )


def _json_record(calendar: CivilCalendar, year: int, months: list[int]) -> dict[str, Any]:
    return {
        "place": calendar.code,
        "name": calendar.name,
        "year": year,
        "year_length": calendar.year_length(year),
        "months": [
            {
                "month": month,
                "length": calendar.month_length(year, month),
                "days": [
                    {
                        "date": day.isoformat(),
                        "calendar": day.calendar,
                        "weekday": day.weekday_name(),
                        "julian": day.to_julian().isoformat(),
                        "gregorian": day.to_gregorian().isoformat(),
                    }
                    for day in calendar.month_days(year, month)
                ],
            }
            for month in months
        ],
    }
