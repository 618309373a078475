"""``check`` on many files at once: one worker process per core, reports in input order."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from itertools import chain, islice
from typing import TypeVar

from julian_gregorian.checks.check import CheckResult, check, check_text, extract_items
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.checks.findings import Finding
from julian_gregorian.cli.file_checks import (
    FileSelection,
    structured_findings,
    wikidata_findings,
)
from julian_gregorian.cli.inputs import SourceText
from julian_gregorian.errors import JulianGregorianError


def findings_of(text: str, config: CheckConfig, wikitext: bool | None) -> tuple[list[Finding], int]:
    """The findings of *text* under *config*, and how many dates it has."""
    items = extract_items(text, wikitext)
    findings = check(
        text,
        items=items,
        select=config.select,
        extend_select=config.extend_select,
        ignore=config.ignore,
        fix_side=config.fix_side,
    )
    return findings, len(items)


#: What checking a text gave, and how many dates it has.
Found = tuple[CheckResult, int]
Entry = TypeVar("Entry")


def file_findings(
    name: str, text: str, config: CheckConfig, wikitext: bool | None, selection: FileSelection
) -> Found:
    """What checking the input *name* gives, and the number of dates read: a GEDCOM or
    TEI file's findings by their rules, an article's by *config* (and against the saved
    Wikidata item of *selection*)."""
    structured = structured_findings(name, text, selection)
    if structured is not None:
        findings, dates = structured
        return CheckResult(findings, [], []), dates
    result = check_text(
        text,
        items=extract_items(text, wikitext),
        select=config.select,
        extend_select=config.extend_select,
        ignore=config.ignore,
        fix_side=config.fix_side,
    )
    compared = wikidata_findings(text, selection)
    if compared:
        findings = sorted([*result.findings, *compared], key=Finding.sort_key)
        result = replace(result, findings=findings)
    return result, len(result.items)


#: ``work(name, text, config)``: the findings of one input, picklable.
Work = Callable[[str, str, CheckConfig], Found]


def checked_ahead(
    entries: Iterable[Entry],
    configure: Callable[[SourceText], CheckConfig],
    work: Work,
    jobs: int,
) -> Iterator[tuple[Entry, Found | None]]:
    """Each of *entries* with the findings of its text, checked on *jobs* processes.

    The texts are read here and checked by the workers, a few ahead of the one being
    reported, so that memory holds at most ``2 * jobs`` texts; the entries come back in
    their order. An entry that is not a text, or whose settings cannot be had, comes
    with ``None`` (its caller reports it); so does every entry of a run of one job or
    one input, which needs no workers.
    """
    iterator = iter(entries)
    first = list(islice(iterator, 2))
    if jobs < 2 or len(first) < 2:
        for entry in chain(first, iterator):
            yield entry, None
        return
    pending: deque[tuple[Entry, Future[Found] | None]] = deque()
    with ProcessPoolExecutor(jobs) as pool:
        for entry in chain(first, iterator):
            pending.append((entry, _submit(pool, entry, configure, work)))
            if len(pending) > 2 * jobs:
                yield _done(pending.popleft())
        while pending:
            yield _done(pending.popleft())


def _submit(
    pool: ProcessPoolExecutor,
    entry: object,
    configure: Callable[[SourceText], CheckConfig],
    work: Work,
) -> Future[Found] | None:
    if not isinstance(entry, SourceText) or entry.path is None:
        return None  # standard input, which may be named apart, is checked in order
    try:
        config = configure(entry)
    except JulianGregorianError:
        return None
    return pool.submit(work, entry.name, entry.text, config)


def _done(pair: tuple[Entry, Future[Found] | None]) -> tuple[Entry, Found | None]:
    entry, future = pair
    if future is None:
        return entry, None
    try:
        return entry, future.result()
    except JulianGregorianError:
        return entry, None
