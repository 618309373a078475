"""What the subcommands share: their exit codes and their common arguments.

Exit codes follow the linters people know: ``EXIT_OK`` (0) when all went well,
``EXIT_FINDINGS`` (1) when ``check`` found what ``--fail-on`` fails on, ``EXIT_ERROR`` (2)
for usage errors and inputs that could not be read or written, ``EXIT_INTERRUPTED`` (130,
as shells report SIGINT) after Ctrl-C.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from julian_gregorian.calendar.names import CALENDAR_NAMES

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT

#: A parser or a group of one: the class argparse has for both is not public.
Options = argparse._ActionsContainer


def add_format(parser: argparse.ArgumentParser, formats: Sequence[str] = ("text", "json")) -> None:
    """``--format``, the first of *formats* by default."""
    parser.add_argument("--format", choices=formats, default=formats[0], help="output format")


def add_inputs(parser: argparse.ArgumentParser) -> None:
    """The files, folders or ``-`` read, how they are read, and how folders are walked."""
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or '-'")
    parser.add_argument(
        "--wikitext",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="read the input as wikitext (default: detect)",
    )
    parser.add_argument(
        "--follow-links",
        action="store_true",
        help="follow symbolic links met while walking folders (by default they are skipped)",
    )


def add_place(parser: Options, about: str) -> None:
    """``--place CODE``: a place of the reform table."""
    parser.add_argument("--place", help=about)


def add_calendar(parser: Options, option: str, about: str) -> None:
    """*option* (``--from``, ``--calendar``), one of the calendar names, stored as ``calendar``."""
    parser.add_argument(option, dest="calendar", choices=CALENDAR_NAMES, default=None, help=about)
