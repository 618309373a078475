"""What the subcommands share: their exit codes and their common arguments.

Exit codes follow the linters people know: ``EXIT_OK`` (0) when all went well,
``EXIT_FINDINGS`` (1) when ``check`` found what ``--fail-on`` fails on, ``EXIT_ERROR`` (2)
for usage errors and inputs that could not be read or written, ``EXIT_INTERRUPTED`` (130,
as shells report SIGINT) after Ctrl-C.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence
from pathlib import Path

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


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive number")
    return number


def _namespace(value: str) -> int | None:
    if value == "all":
        return None
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a namespace number or 'all'") from None


def add_dump_options(parser: argparse.ArgumentParser, checking: bool) -> None:
    """The options for dumps and parallel runs, on the ``check`` or ``extract`` parser
    (``_cli.dump_runs`` runs them)."""
    parser.add_argument(
        "--namespace",
        action="append",
        type=_namespace,
        metavar="NS",
        help="dumps: read the pages of namespace NS (repeatable; 'all'; default 0, articles)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        metavar="N",
        help="worker processes for dumps and folders (default: the available cores)",
    )
    if not checking:
        return
    parser.add_argument(
        "--resume",
        type=Path,
        metavar="FILE",
        help="write the findings as JSON Lines to FILE, continuing it where an interrupted "
        "run stopped",
    )
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="check dumps and files on the Dask scheduler at ADDRESS ('local': a cluster "
        "on this machine)",
    )


def run_of(module: str) -> Callable[[argparse.Namespace], int]:
    """The ``run`` of the subcommand module *module* of ``_cli``, imported when the command
    runs: its parser alone answers ``--help`` and usage errors, without loading the
    extractor, the rules and the reports."""

    def run(args: argparse.Namespace) -> int:
        command = importlib.import_module(f"julian_gregorian._cli.{module}")
        return int(command.run(args))

    return run
