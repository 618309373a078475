"""``julian-gregorian places``: the reform table, with its sources and disputed rows."""

from __future__ import annotations

import argparse
import json
from typing import Any

from julian_gregorian._cli.arguments import EXIT_OK, add_format
from julian_gregorian.places._reforms import (
    REFORMS,
    SOURCE_LABELS,
    Reform,
    reform_for,
    reforms_matching,
)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "places",
        help="list the reform table: places, their Julian-to-Gregorian change, sources",
        description=(
            "List the places of the reform table with their last Julian day, first "
            "Gregorian day, sources and notes. Rows marked * are disputed: the sources "
            "disagree, and the note says how."
        ),
    )
    parser.add_argument("places", nargs="*", metavar="PLACE", help="codes or aliases to show")
    parser.add_argument(
        "--search", metavar="WORDS", help="only places whose code or name has these words"
    )
    parser.add_argument("--disputed", action="store_true", help="only rows the sources dispute")
    parser.add_argument(
        "--brief", action="store_true", help="one line per place, without sources and notes"
    )
    add_format(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    rows = _select(args)
    if args.format == "json":
        print(json.dumps([record(row) for row in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print("no place matches")
        return EXIT_OK
    width = max(len(row.code) for row in rows)
    print(f"{'CODE':<{width}}  LAST JULIAN  FIRST GREG.  OMITTED  PLACE (* disputed)")
    cited: dict[str, str] = {}
    for row in rows:
        print(_line(row, width))
        if args.brief:
            continue
        indent = " " * (width + 2)
        names = [SOURCE_LABELS.get(source, source) for source in row.sources]
        cited.update((SOURCE_LABELS[s], s) for s in row.sources if s in SOURCE_LABELS)
        print(f"{indent}sources: {'; '.join(names)}")
        if row.before:
            print(f"{indent}before: {row.before}")
        if row.note:
            print(f"{indent}{'disputed' if row.disputed else 'note'}: {row.note}")
    if cited:
        print("\nSources:")
        for name, citation in sorted(cited.items()):
            print(f"  {name}: {citation}")
    return EXIT_OK


def _select(args: argparse.Namespace) -> list[Reform]:
    rows = [reform_for(place) for place in args.places] if args.places else list(REFORMS)
    if args.search:
        wanted = {row.code for row in reforms_matching(args.search.split())}
        rows = [row for row in rows if row.code in wanted]
    if args.disputed:
        rows = [row for row in rows if row.disputed]
    return rows


def _line(row: Reform, width: int) -> str:
    last = row.last_julian.isoformat() if row.last_julian else "(none)"
    flag = "*" if row.disputed else " "
    omitted = str(row.dates_omitted) if row.has_julian_period else "-"
    return (
        f"{row.code:<{width}}  {last:<11}  {row.first_gregorian.isoformat():<11}  "
        f"{omitted:>7} {flag}{row.name}"
    )


def record(row: Reform) -> dict[str, Any]:
    """The JSON form of a row of the reform table."""
    return {
        "code": row.code,
        "name": row.name,
        "aliases": list(row.aliases),
        "last_julian": row.last_julian.isoformat() if row.last_julian else None,
        "first_gregorian": row.first_gregorian.isoformat(),
        "dates_omitted": row.dates_omitted,
        "julian_period": row.has_julian_period,
        "disputed": row.disputed,
        "source": row.source,
        "sources": list(row.sources),
        "note": row.note,
        "covered_from": row.covered_from.isoformat() if row.covered_from else None,
        "covered_from_calendar": row.covered_from.calendar if row.covered_from else None,
        "before": row.before or None,
        "transitions": [
            {
                "from": step.old,
                "to": step.new,
                "last": "{:04d}-{:02d}-{:02d}".format(*step.last_old),
                "first": "{:04d}-{:02d}-{:02d}".format(*step.first_new),
                "extra_days": step.extra_days,
            }
            for step in row.transitions
        ],
    }
