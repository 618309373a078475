"""Entry point of ``julian-gregorian``: parses the command line and dispatches.

Each subcommand lives in its own module with ``add_parser(subparsers)`` and ``run(args)
-> int``; ``check`` and ``extract`` have their parser in a module of its own
(``check_parser``, ``extract_parser``), which imports their run only when it runs. Exit
codes (``_cli.arguments``) follow the linters people know: 0 clean, 1 findings, 2 usage
or input errors, which are printed as one line on standard error, as is a standard
output that cannot be written (full, closed); 130 after Ctrl-C. Standard output never
fails on its encoding: what it cannot encode is written as a backslash escape.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import io
import os
import re
import sys
from collections.abc import Sequence
from types import ModuleType

from julian_gregorian import __version__
from julian_gregorian._cli.arguments import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK
from julian_gregorian.errors import JulianGregorianError

_OUTPUT_ERRORS = (errno.EPIPE, errno.ENOSPC, errno.EBADF, errno.EIO, errno.EDQUOT)

#: The modules of the subcommands' parsers, imported when the parser is built:
#: ``--version`` alone needs none of them, and a command named on the command line only
#: its own. None loads the extractor (most of the start-up time of ``check``): ``check``
#: and ``extract`` load it when they run, ``convert``, ``cal`` and ``places`` never.
COMMAND_MODULES: tuple[str, ...] = (
    "check_parser",
    "extract_parser",
    "convert_command",
    "cal_command",
    "places_command",
)
_COMMAND_NAMES = {
    name.removesuffix("_command").removesuffix("_parser"): name for name in COMMAND_MODULES
}


def commands(only: str | None = None) -> tuple[ModuleType, ...]:
    """The subcommands' parser modules: all of them, or the one of the command *only*."""
    names = COMMAND_MODULES if only is None else (_COMMAND_NAMES[only],)
    return tuple(importlib.import_module(f"julian_gregorian._cli.{name}") for name in names)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser, with every subcommand or only the command *only*."""
    parser = _Parser(
        prog="julian-gregorian",
        description="Exact Old Style (Julian) / New Style (Gregorian) dates.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for command in commands(only):
        command.add_parser(subparsers)
    return parser


# argparse takes "-0043-03-15" (convert) or "-0043-03" (cal) for an option; a date or a
# month of that shape never is one.
_NEGATIVE_ISO_DATE = re.compile(r"-\d+-\d\d(?:-\d\d)?")


def _negative_dates_as_positionals(argv: list[str]) -> list[str]:
    """Move negative ISO dates behind ``--``, where argparse reads them as arguments."""
    if "--" in argv:
        return argv
    dates = [word for word in argv if _NEGATIVE_ISO_DATE.fullmatch(word)]
    if not dates:
        return argv
    return [word for word in argv if word not in dates] + ["--", *dates]


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # also while the commands' modules load, before any runs
        return EXIT_INTERRUPTED


def _main(argv: Sequence[str] | None) -> int:
    if sys.stdout is None:  # started with standard output closed (``>&-``)
        print("julian-gregorian: error: standard output is closed", file=sys.stderr)
        return EXIT_ERROR
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")
    words = list(sys.argv[1:] if argv is None else argv)
    if words == ["--version"]:
        print(f"julian-gregorian {__version__}")
        return EXIT_OK
    named = words[0] if words and words[0] in _COMMAND_NAMES else None
    parser = build_parser(named)
    args = parser.parse_args(_negative_dates_as_positionals(words))
    prefix = f"julian-gregorian {args.command}: error:"
    try:
        code: int = args.run(args)
        sys.stdout.flush()  # here, so that a full or closed output is reported here
    except JulianGregorianError as error:
        print(f"{prefix} {error}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        if error.errno not in _OUTPUT_ERRORS:
            raise
        _discard_output()
        print(f"{prefix} cannot write the output ({error.strerror})", file=sys.stderr)
        return EXIT_ERROR
    return code


def _discard_output() -> None:
    """Point standard output at the null device, so that the flush at exit cannot fail
    again (the recipe of Python's documentation on ``SIGPIPE``)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):  # pragma: no cover - no file descriptor to replace
        pass
