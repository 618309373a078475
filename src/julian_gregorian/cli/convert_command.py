"""``julian-gregorian convert``: one date shown in both calendars."""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

from julian_gregorian.calendar.dates import CalendarDate, GregorianDate, JulianDate
from julian_gregorian.calendar.months import WEEKDAY_NAMES
from julian_gregorian.errors import ParseError

_ISO = re.compile(r"\s*([+-]?\d{1,})-(\d{1,2})-(\d{1,2})\s*")


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="show a date in both calendars",
        description="Show a date in the Julian (O.S.) and Gregorian (N.S.) calendars.",
    )
    parser.add_argument("date", help="the date, ISO 8601 in astronomical years (1917-10-25)")
    parser.add_argument(
        "--from",
        dest="calendar",
        choices=("julian", "gregorian"),
        default="gregorian",
        help="the calendar the date is written in (default: gregorian)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(run=run)


def parse_iso(text: str, calendar: str) -> CalendarDate:
    match = _ISO.fullmatch(text)
    if match is None:
        raise ParseError(f"cannot read {text!r} as a date: expected YYYY-MM-DD")
    year, month, day = (int(part) for part in match.groups())
    return JulianDate(year, month, day) if calendar == "julian" else GregorianDate(year, month, day)


def run(args: argparse.Namespace) -> int:
    date = parse_iso(args.date, args.calendar)
    julian, gregorian = date.to_julian(), date.to_gregorian()
    weekday = WEEKDAY_NAMES[date.weekday()]
    if args.format == "json":
        record = {
            "julian": julian.isoformat(),
            "gregorian": gregorian.isoformat(),
            "weekday": weekday,
            "offset": date.offset(),
        }
        print(json.dumps(record, ensure_ascii=False))
    else:
        print(f"Julian (O.S.):    {julian.format()}")
        print(f"Gregorian (N.S.): {gregorian.format()}")
        print(f"Weekday:          {weekday}")
    return 0
