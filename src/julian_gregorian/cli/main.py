"""Entry point of ``julian-gregorian``: parses the command line and dispatches.

Each subcommand lives in its own module with ``add_parser(subparsers)`` and
``run(args) -> int``. Exit codes follow the linters people know: 0 clean, 1 findings,
2 usage or input errors, which are printed as one line on standard error.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from types import ModuleType

from julian_gregorian import __version__
from julian_gregorian.cli import (
    cal_command,
    check_command,
    convert_command,
    extract_command,
    places_command,
)
from julian_gregorian.errors import JulianGregorianError

EXIT_USAGE = 2

COMMANDS: tuple[ModuleType, ...] = (
    check_command,
    extract_command,
    convert_command,
    cal_command,
    places_command,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="julian-gregorian",
        description="Exact Old Style (Julian) / New Style (Gregorian) dates.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for command in COMMANDS:
        command.add_parser(subparsers)
    return parser


# argparse takes "-0043-03-15" for an option; a date of that shape never is one.
_NEGATIVE_ISO_DATE = re.compile(r"-\d+-\d\d-\d\d")


def _negative_dates_as_positionals(argv: list[str]) -> list[str]:
    """Move negative ISO dates behind ``--``, where argparse reads them as arguments."""
    if "--" in argv:
        return argv
    dates = [word for word in argv if _NEGATIVE_ISO_DATE.fullmatch(word)]
    if not dates:
        return argv
    return [word for word in argv if word not in dates] + ["--", *dates]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(_negative_dates_as_positionals(words))
    try:
        code: int = args.run(args)
    except JulianGregorianError as error:
        print(f"julian-gregorian {args.command}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # A reader such as ``head`` went away; that is not an error of ours.
        sys.stderr.close()
        return 0
    return code
