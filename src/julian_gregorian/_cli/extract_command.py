"""``julian-gregorian extract``: every Old Style / New Style date of the inputs, located.

One line per item in the text format (``path:line:col: the text → what was read``), one
JSON object per item with ``--format jsonl``, one JSON array of those objects with
``--format json`` (written as the items are found), or a TEI ``<div>`` of ``<date>``
elements (``when``, ``when-custom``, ``datingMethod="#julian"``) with ``--format tei``.
Exit codes: 0, or 2 when an input cannot be read (the other inputs are still read) or
the command line is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from julian_gregorian._cli import dump_runs, file_jobs
from julian_gregorian._cli.arguments import EXIT_ERROR, EXIT_OK
from julian_gregorian._cli.inputs import InputFailure, LargeFile, PassedOver, read_inputs
from julian_gregorian._cli.internal_errors import internal_failure
from julian_gregorian.dumps import Page, map_pages, page_fields, with_page
from julian_gregorian.errors import InputError, JulianGregorianError
from julian_gregorian.formats.tei import tei_document
from julian_gregorian.reports import shown_name
from julian_gregorian.text import extract
from julian_gregorian.text.items import Item, Side

#: The version of the item records of ``--format json`` and ``jsonl`` (docs/schemas/).
FORMAT_VERSION = 1


def run(args: argparse.Namespace) -> int:
    failures: list[InputFailure] = []
    groups = dump_runs.dumps_apart(args.paths)
    if args.format == "tei" and any(isinstance(group, Path) for group in groups):
        raise InputError("--format tei is for text files; a dump's pages are not written")
    sources = (
        source
        for group in groups
        for source in (
            _dump_pages(group, args, failures)
            if isinstance(group, Path)
            else _extracted(group, args, failures)
        )
    )
    if args.format == "tei":
        # One TEI document for all inputs: the items of each, in order.
        entries = ((name, item) for name, items in sources for item in items)
        sys.stdout.writelines(tei_document(entries))
        sys.stdout.flush()
    else:
        elements = _JsonElements()
        renderers: dict[str, Callable[[str, Item], str]] = {
            "json": elements,
            "jsonl": _jsonl_line,
            "text": _text_line,
        }
        render = renderers[args.format]
        if args.format == "json":
            sys.stdout.write("[")
        for name, items in sources:
            for item in items:
                sys.stdout.write(render(name, item))
            sys.stdout.flush()  # one input at a time, so that a long run shows progress
        if args.format == "json":
            sys.stdout.write("\n]\n" if elements.written else "]\n")
    return EXIT_ERROR if failures else EXIT_OK


def _extracted(
    paths: list[str], args: argparse.Namespace, failures: list[InputFailure]
) -> Iterator[tuple[str, Iterable[Item]]]:
    """The name and items of each input that can be read; the others are told and kept.

    A file too large to hold is read chunk by chunk as its items are asked for.
    """
    # (each path as named: extract writes no file, so a file reached twice is printed twice)
    found = read_inputs(
        paths, follow_links=args.follow_links, large=file_jobs.LARGE_FILE, once=False
    )
    for source in found:
        if isinstance(source, InputFailure):
            failure = source
        elif isinstance(source, LargeFile):
            yield shown_name(source.name), _large_items(source, args.wikitext, failures)
            continue
        elif isinstance(source, PassedOver):  # (not met: once=False reads each path)
            continue
        else:
            try:
                items = extract(source.text, wikitext=args.wikitext)
            except Exception as error:  # a bug met on one input must not stop the others
                failure = internal_failure(source.name, error)
            else:
                yield shown_name(source.name), items
                continue
        print(f"julian-gregorian extract: error: {failure}", file=sys.stderr)
        failures.append(failure)


def _large_items(
    large: LargeFile, wikitext: bool | None, failures: list[InputFailure]
) -> Iterator[Item]:
    try:
        yield from file_jobs.extract_large(large.path, wikitext, resolve=large.resolve)
    except JulianGregorianError as error:
        failure = InputFailure(large.name, str(error).removeprefix(f"{large.path}: "))
        print(f"julian-gregorian extract: error: {failure}", file=sys.stderr)
        failures.append(failure)


class PageName(str):
    """The name of a dump's page in the output: ``DUMP:TITLE``, with what names the page."""

    dump: str
    fields: dict[str, object]

    @classmethod
    def of(cls, dump: str, page: Page) -> PageName:
        name = cls(f"{dump}:{page.title}")
        name.dump, name.fields = dump, page_fields(page)
        return name


def _page_items(dump: str, page: Page) -> tuple[PageName, list[Item]]:
    """The items of one page of a dump: the work its pages are mapped with."""
    return PageName.of(dump, page), extract(page.text, wikitext=True)


def _dump_pages(
    path: Path, args: argparse.Namespace, failures: list[InputFailure]
) -> Iterator[tuple[str, list[Item]]]:
    """The items of every page of the dump *path*, in order, on ``--jobs`` processes."""
    try:
        yield from map_pages(
            path,
            _page_items,
            jobs=dump_runs.jobs_of(args),
            namespaces=dump_runs.namespaces_of(args),
        )
    except JulianGregorianError as error:
        failure = InputFailure(str(path), str(error).removeprefix(f"{path}: "))
        print(f"julian-gregorian extract: error: {failure}", file=sys.stderr)
        failures.append(failure)


def _days(side: Side | None) -> dict[str, str] | None:
    if side is None:
        return None
    return {"start": side.start.isoformat(), "end": side.end.isoformat()}


def item_record(path: str, item: Item) -> dict[str, object]:
    """The JSON object of one item (the ``jsonl`` format); an item of a dump's page has
    the page's ``title``, ``page_id`` and ``revision_id`` after ``path`` (the dump)."""
    record: dict[str, object] = {
        "format_version": FORMAT_VERSION,
        "path": path.dump if isinstance(path, PageName) else path,
        "line": item.line,
        "column": item.column,
        "end_line": item.end_line,
        "end_column": item.end_column,
        "offset": item.offset,
        "end_offset": item.end_offset,
        "text": item.text,
        "kind": item.kind,
        "shape": item.shape,
        "old_style": _days(item.old_style),
        "new_style": _days(item.new_style),
        "year_from": item.year_from,
        "year_offset": item.year_offset,
        "dual_year": list(item.dual_year) if item.dual_year else None,
    }
    return with_page(record, path.fields) if isinstance(path, PageName) else record


def _jsonl_line(path: str, item: Item) -> str:
    return json.dumps(item_record(path, item), ensure_ascii=False) + "\n"


class _JsonElements:
    """Writes the items as the elements of one JSON array, commas between them."""

    def __init__(self) -> None:
        self.written = False

    def __call__(self, path: str, item: Item) -> str:
        separator = ",\n" if self.written else "\n"
        self.written = True
        return separator + json.dumps(item_record(path, item), ensure_ascii=False)


def _span(side: Side) -> str:
    start, end = side.start.isoformat(), side.end.isoformat()
    return start if start == end else f"{start}..{end}"


def describe(item: Item) -> str:
    """What was read, in words: ``pair (bracketed): O.S. 1917-10-10 = N.S. 1917-10-23``."""
    if item.kind == "dual_year" and item.dual_year is not None:
        first, second = item.dual_year
        read = f"dual year {first}/{second}"
        if item.old_style is not None:
            read += f": {_span(item.old_style)} (year from 1 January)"
        return f"{read} ({item.shape})"
    parts = []
    if item.old_style is not None:
        parts.append(f"O.S. {_span(item.old_style)}")
    if item.new_style is not None:
        parts.append(f"N.S. {_span(item.new_style)}")
    kind = {"pair": "pair", "old_style": "Old Style", "new_style": "New Style"}[item.kind]
    years = {
        "text": "",
        "context": ", year from context",
        "unknown": ", year unknown",
        "yearly": ", every year",
    }
    return f"{kind} ({item.shape}{years[item.year_from]}): {' = '.join(parts)}"


def _text_line(path: str, item: Item) -> str:
    shown = " ".join(item.text.split())
    return f"{path}:{item.line}:{item.column}: {shown} → {describe(item)}\n"
