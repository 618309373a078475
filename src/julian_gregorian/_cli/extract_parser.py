"""The command line of ``julian-gregorian extract``; ``_cli.extract_command`` runs it.

Apart from the run, so that ``extract --help`` and a usage error load no extractor.
"""

from __future__ import annotations

from typing import Any

from julian_gregorian._cli.arguments import add_dump_options, add_format, add_inputs, run_of

#: The output formats of ``extract``.
FORMATS = ("text", "json", "jsonl", "tei")


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="list the O.S./N.S. dates of texts with their places",
        description=(
            "List every Old Style / New Style pair, every date marked as O.S. or N.S. "
            "(Julian or Gregorian) and every dual year of the inputs (plain text, wikitext, "
            "Markdown, HTML), with line and column. Folders are searched for *.txt, *.wiki, "
            "*.wikitext, *.md, *.markdown and *.html; no PATH or '-' reads standard input."
        ),
        epilog="Exit status: 0, 2 when an input cannot be read, 130 when interrupted.",
    )
    add_inputs(parser)
    add_format(parser, FORMATS)
    add_dump_options(parser, checking=False)
    parser.set_defaults(run=run_of("extract_command"))
