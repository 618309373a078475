"""The command line of ``julian-gregorian check``; ``_cli.check_command`` runs it.

Apart from the run, so that ``check --help`` and a usage error load nothing of the
checker: the choices come from :mod:`julian_gregorian._choices`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from julian_gregorian._choices import FIX_SIDES, REPORT_FORMATS, SEVERITIES
from julian_gregorian._cli.arguments import (
    add_dump_options,
    add_format,
    add_inputs,
    run_of,
)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check the O.S./N.S. dates of articles for consistency",
        description=(
            "Check every Old Style / New Style date of the articles (plain text, wikitext, "
            "Markdown) and report the inconsistent ones with the right values. Folders are "
            "searched for *.txt, *.wiki, *.wikitext, *.md, *.markdown and *.html; no PATH or "
            "'-' reads standard input. Settings may also come from [tool.julian-gregorian] "
            "in the nearest pyproject.toml above each file."
        ),
        epilog=(
            "Exit status: 0 no finding at --fail-on, 1 findings or a fix left unwritten "
            "(JG901), 2 usage error or an input that cannot be read (JG900), 130 interrupted."
        ),
    )
    add_inputs(parser)
    add_format(parser, (*REPORT_FORMATS, "html"))
    parser.add_argument(
        "--output-dir",
        type=Path,
        metavar="DIR",
        help="--format html: the folder the report is written into (index.html and a page "
        "per file)",
    )
    parser.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="rules to run instead of the default set (codes, prefixes such as JG1, names, "
        "or ALL; comma separated, repeatable)",
    )
    parser.add_argument(
        "--extend-select", action="append", metavar="CODES", help="rules to add (opt-in rules)"
    )
    parser.add_argument("--ignore", action="append", metavar="CODES", help="rules to skip")
    parser.add_argument(
        "--fail-on",
        choices=SEVERITIES,
        help="lowest severity that makes the exit status 1 (default: error)",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--fix", action="store_true", help="apply the fixes, in place")
    group.add_argument(
        "--diff", action="store_true", help="print the fixes as a unified diff; write nothing"
    )
    parser.add_argument(
        "--fix-side",
        choices=FIX_SIDES,
        help="side a fix recomputes: new (default; the O.S. date is the record), old, or auto "
        "(keep the side the rest of the article supports)",
    )
    parser.add_argument(
        "--wikidata",
        metavar="ENTITY.json",
        help="also compare the articles' birth and death pairs with this saved Wikidata item",
    )
    parser.add_argument("--isolated", action="store_true", help="ignore pyproject.toml settings")
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="say on standard error which settings file applies and what a walk skips",
    )
    parser.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="name of standard input in the report, and for its settings (pyproject.toml "
        "above it, per-file-ignores)",
    )
    parser.add_argument(
        "--output-file",
        "-o",
        type=Path,
        metavar="FILE",
        help="write the report to FILE instead of standard output",
    )
    parser.add_argument(
        "--statistics",
        action="store_true",
        help="print the number of findings of each rule instead of the findings",
    )
    parser.add_argument(
        "--show-fixes",
        action="store_true",
        help="text format: show the fix of each finding under it, and with --fix the fixes applied",
    )
    parser.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even when findings reach --fail-on (2 still means an error)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="text format: no summary line")
    parser.add_argument("--explain", metavar="CODE", help="explain a rule and exit")
    parser.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    add_dump_options(parser, checking=True)
    parser.set_defaults(run=run_of("check_command"))
