"""Files on every core, and files too large to hold.

``check`` on many files runs one worker process per core, with the reports in input
order. A file larger than :data:`LARGE_FILE` bytes is read in chunks that end at
paragraph breaks (:mod:`julian_gregorian.streaming`), so memory does not grow with it;
whether it is wikitext is judged from its first chunk, and each chunk is read with the
text around it, so that a date takes the year from its paragraph or section that it
takes in the whole file. ``check`` keeps, for each finding, only the lines it is on.
Files to fix or diff are read whole.
"""

from __future__ import annotations

import codecs
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from contextlib import nullcontext
from dataclasses import replace
from itertools import chain, islice
from pathlib import Path
from typing import TextIO, TypeVar

from julian_gregorian._cli.inputs import SourceText
from julian_gregorian._file_access import in_real_folder, open_regular
from julian_gregorian._line_breaks import line_start
from julian_gregorian._process_pool import process_pool
from julian_gregorian.checks._file_findings import Found, is_markdown
from julian_gregorian.checks._markdown_blocks import BlockStream, MarkdownReading
from julian_gregorian.checks._markup_reading import OpenAtStart, last_closings
from julian_gregorian.checks._page_check import findings_and_items
from julian_gregorian.checks._safe_scope import open_at
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.checks.findings import Finding
from julian_gregorian.errors import InputError, JulianGregorianError
from julian_gregorian.reports import FileReport
from julian_gregorian.streaming import (
    CHUNK_CHARACTERS,
    TextChunk,
    in_context,
    placed,
    read_chunks,
)
from julian_gregorian.text import extract, looks_like_wikitext
from julian_gregorian.text._locate.hyperscan_candidates import expect_characters
from julian_gregorian.text.items import Item

Entry = TypeVar("Entry")


#: ``work(name, text, config)``: the findings of one input, picklable.
Work = Callable[[str, str, CheckConfig], Found]


def checked_ahead(
    entries: Iterable[Entry],
    configure: Callable[[SourceText], CheckConfig],
    work: Work,
    jobs: int,
    pool: Executor | None = None,
) -> Iterator[tuple[Entry, Found | None]]:
    """Each of *entries* with the findings of its text, checked on *jobs* processes.

    The texts are read here and checked by the workers, a few ahead of the one being
    reported, so that memory holds at most ``2 * jobs`` texts; the entries come back in
    their order. An entry that is not a file's text (standard input is named apart),
    whose settings cannot be had or whose check fails comes with ``None``: its caller
    checks it again in order and reports what it meets. So does every entry of a run of
    one job or one input, which needs no workers. *pool* is the executor to check on (a
    Dask client's, say: the texts go to its workers); by default *jobs* processes.
    """
    iterator = iter(entries)
    first = list(islice(iterator, 2))
    if pool is None and (jobs < 2 or len(first) < 2):
        for entry in chain(first, iterator):
            yield entry, None
        return
    pending: deque[tuple[Entry, Future[Found | None] | None]] = deque()
    with process_pool(jobs) if pool is None else nullcontext(pool) as executor:
        for entry in chain(first, iterator):
            pending.append((entry, _submit(executor, entry, configure, work)))
            if len(pending) > 2 * jobs:
                yield _done(pending.popleft())
        while pending:
            yield _done(pending.popleft())


def _submit(
    pool: Executor,
    entry: object,
    configure: Callable[[SourceText], CheckConfig],
    work: Work,
) -> Future[Found | None] | None:
    if not isinstance(entry, SourceText) or entry.path is None:
        return None  # standard input, which may be named apart, is checked in order
    try:
        config = configure(entry)
    except JulianGregorianError:
        return None
    return pool.submit(refused_as_none, work, entry.name, entry.text, config)


def refused_as_none(work: Work, name: str, text: str, config: CheckConfig) -> Found | None:
    """``work(name, text, config)`` on a worker, or ``None`` for a text it refuses (a
    ``JulianGregorianError``: a GEDCOM or XML file that is not well formed), which the
    caller checks again in order and reports as a run without workers does.

    Returned, not raised: a Dask worker logs each exception of a task, with its
    traceback, on the user's terminal. A bug is still raised (and checked again in order,
    where it is reported as an internal error).
    """
    try:
        return work(name, text, config)
    except JulianGregorianError:
        return None


def _done(pair: tuple[Entry, Future[Found | None] | None]) -> tuple[Entry, Found | None]:
    entry, future = pair
    if future is None:
        return entry, None
    try:
        return entry, future.result()
    except Exception:  # checked again in order by the caller, which reports what it meets
        return entry, None


#: Files larger than this many bytes are read in chunks.
LARGE_FILE = 2 * CHUNK_CHARACTERS


def _open(path: Path, resolve: bool) -> TextIO:
    """*path* as text: the encoding its BOM says (UTF-8 without one), line ends kept.

    Opened once, as a file is read whole (``in_real_folder``, *resolve* as there): only
    a regular file, never a FIFO or device, which could hang the reading. The codecs
    drop the BOM, as reading a file whole does, so offsets agree.
    """
    fd = in_real_folder(str(path), _open_file, resolve=resolve)
    try:
        head = os.read(fd, 3)
        os.lseek(fd, 0, os.SEEK_SET)
    except OSError:
        os.close(fd)
        raise
    encoding = "utf-8"
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    return open(fd, encoding=encoding, newline="")


def _open_file(_folder: str, folder_fd: int, name: str) -> int:
    fd, _ = open_regular(folder_fd, name, os.O_RDONLY)
    return fd


def chunks_of(path: Path, *, resolve: bool = False) -> Iterator[TextChunk]:
    """The chunks of the file *path*; ``InputError`` if it is not text or no regular
    file. Its links are resolved if *resolve*; otherwise none is followed."""
    try:
        with _open(path, resolve) as stream:
            # (as a dump run does: the accelerators' databases built at the first chunk,
            # not after 8 and 32 million characters; a byte of the file about a character)
            expect_characters(os.fstat(stream.fileno()).st_size)
            for chunk in read_chunks(stream):
                if "\x00" in chunk.text:
                    raise InputError(
                        f"{path}: looks like a binary file (it contains NUL characters)"
                    )
                yield chunk
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not {error.encoding.upper()} text ({error.reason})") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None


def extract_large(path: Path, wikitext: bool | None, *, resolve: bool = False) -> Iterator[Item]:
    """Every item of the large file *path*, placed in the whole file (*resolve*: as
    ``chunks_of``)."""
    wiki = wikitext
    for piece in in_context(chunks_of(path, resolve=resolve)):
        if wiki is None:
            wiki = looks_like_wikitext(piece.text)
        for item in extract(piece.window.text, wikitext=wiki):
            if piece.owns(item.offset):
                yield placed(item, piece.window)


def check_large(
    name: str, path: Path, config: CheckConfig, wikitext: bool | None, *, resolve: bool = False
) -> list[FileReport]:
    """The reports of the large file *path* (shown as *name*): its own, which counts its
    dates, then one part per finding, which holds the finding's lines (*resolve*: as
    ``chunks_of``)."""
    settings = None if config.source is None else str(config.source)
    wiki = wikitext
    # (A Markdown file's blocks are read once, through the whole file: a window that
    # starts inside a fenced block is read from where that reading stands.)
    blocks = BlockStream() if is_markdown(name, wikitext) else None
    chunks = chunks_of(path, resolve=resolve)
    parts: list[FileReport] = []
    dates = 0
    # (A comment or a <pre> open where a window starts is the one the window before
    # read there: each window starts inside what the reading of the text before it left
    # open, however long ago that opened.)
    before: tuple[TextChunk, MarkdownReading, OpenAtStart | None] | None = None
    # (and a <pre> whose closing tag lies beyond the window it opens in is closed later
    # if one of the file's closing tags comes after it: a first reading finds the last)
    # (read as the checking reads it: as wikitext if its first chunk looks like it)
    first_reading = chunks_of(path, resolve=resolve)
    first = next(first_reading, None)
    if wiki is None and first is not None:
        wiki = looks_like_wikitext(first.text)
    closings = last_closings(
        ((c.offset, c.text) for c in chain([] if first is None else [first], first_reading)),
        wikitext=bool(wiki),
    )
    for piece in in_context(chunks if blocks is None else blocks.taking(chunks)):
        if wiki is None:
            wiki = looks_like_wikitext(piece.text)
        markdown = False if blocks is None else blocks.start_at(piece.window.offset)
        opened = None if before is None else _open_at(before, piece.window.offset, wiki)
        if closings.anywhere:
            opened = replace(
                opened or OpenAtStart(),
                closings=_placed(closings.anywhere, piece.window.offset),
                element_closings=_placed(closings.outside_comments, piece.window.offset),
            )
        findings, items = findings_and_items(
            piece.window.text, config, wikitext=wiki, markdown=markdown, opened=opened
        )
        before = (piece.window, markdown, opened)
        dates += sum(1 for item in items if piece.owns(item.offset))
        parts.extend(_part(name, piece.window, f) for f in findings if piece.owns(f.offset))
    return [FileReport(name, "", [], dates, settings=settings), *parts]


def _placed(closings: dict[str, int], offset: int) -> dict[str, int]:
    """*closings* placed in the window that starts at *offset* of the whole text."""
    return {name: at - offset for name, at in closings.items()}


def _open_at(
    before: tuple[TextChunk, MarkdownReading, OpenAtStart | None], offset: int, wikitext: bool
) -> OpenAtStart | None:
    """What the window at *offset* of the whole text starts inside, as the reading of
    the window *before* it (its text, Markdown reading and start) found it there."""
    window, markdown, opened = before
    within = offset - window.offset
    text = window.text
    if not 0 < within < len(text) or (opened is None and "<" not in text and "`" not in text):
        return None
    return open_at(text, within, markdown=markdown, wikitext=wikitext, opened=opened)


def _part(name: str, chunk: TextChunk, finding: Finding) -> FileReport:
    """A report of one finding holding the text from its line's start to its fix's end
    (and the character after it, which tells whether a "\r" there ends a line)."""
    text = chunk.text
    start = line_start(text, finding.offset)
    end = max(finding.end_offset, finding.fix.end_offset if finding.fix else 0) + 1
    return FileReport(
        name, text[start:end], [placed(finding, chunk)], 0, base=chunk.offset + start, part=True
    )
