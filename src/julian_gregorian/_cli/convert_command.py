"""``julian-gregorian convert``: one date shown in both calendars, read as a place wrote it.

The reading is :func:`julian_gregorian.parse_date`'s (``--from``, ``--place`` and
``--style`` are its parameters); this module only prints it.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from julian_gregorian._cli.arguments import EXIT_OK, add_calendar, add_format, add_place
from julian_gregorian.calendar._months import WEEKDAY_NAMES
from julian_gregorian.calendar.formatting import format_year
from julian_gregorian.date_reading import parse_date


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="show a date in both calendars",
        description=(
            "Show a date in the Julian (O.S.) and Gregorian (N.S.) calendars, with its "
            "modern year and weekday. The date may be ISO (1917-10-25), written out "
            "('7 November 1917', 'October 25, 1917', '15 March 44 BC'), marked "
            "('24 October 1917 O.S.') or dual-dated ('11 February 1731/2'), also in the "
            "other languages the extractor reads ('25 октября 1917 г.', '3. März 1700', "
            "'25 октября 1917 года по ст. ст.')."
        ),
    )
    parser.add_argument(
        "date",
        help="the date; quote it if it has spaces (a negative ISO date such as -0043-03-15 "
        "is astronomical year -43, 44 BC)",
    )
    add_calendar(
        parser,
        "--from",
        "the calendar the date is written in (default: its O.S./N.S. marker, else the "
        "calendar of --place on that day, else julian for a dual year such as 1731/2 and "
        "gregorian for any other date)",
    )
    add_place(
        parser,
        "place code of the reform table (GB, GB-SCT, RU, SE, ...): its calendar on that "
        "day and its year-start style apply",
    )
    parser.add_argument(
        "--style",
        help="year-start style of the written year: circumcision (1 January), annunciation "
        "(Lady Day), pisan, venetian, byzantine, nativity (default: the place's, else 1 January)",
    )
    add_format(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    reading = parse_date(args.date, calendar=args.calendar, place=args.place, style=args.style)
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
        return EXIT_OK
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
    return EXIT_OK
