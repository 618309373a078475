"""Running a function on every page of a dump: in this process, or on every core.

The work for one page is any picklable function of the dump's name and the page. A
dump that splits (multistream bz2, plain XML) is cut into chunks that worker processes
read and work on by themselves; any other is read here and its pages sent to the
workers in batches. Either way the results come back in the dump's page order, so the
output of a run does not depend on the number of jobs.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Generic, TypeVar

from julian_gregorian._process_pool import process_pool
from julian_gregorian.dumps._detect import Compression, compression_of, require_dump
from julian_gregorian.dumps._pages import ARTICLES, Page, parse_pages
from julian_gregorian.dumps._streams import (
    DECODED_AHEAD,
    FIRST_DECODED,
    Chunk,
    ChunkReader,
    chunk_xml,
    decoded_ahead,
    split,
)
from julian_gregorian.errors import DumpError, InputError
from julian_gregorian.text._locate.hyperscan_candidates import expect_characters

R = TypeVar("R")
T = TypeVar("T")
PageWork = Callable[[str, Page], R]
#: Called with the pages and compressed bytes read since the last call.
Progress = Callable[[int, int], None]

#: Pages sent to a worker at once when the main process reads the dump.
_BATCH_PAGES = 64
_BATCH_CHARACTERS = 4 << 20
_MIN_CHUNK = 1 << 20
_MAX_CHUNK = 64 << 20


#: Characters of page text per byte of a dump, a little under what was measured (the
#: sample of English Wikipedia: 3.38 in bz2, 2.71 in gzip, 0.94 as XML; the bench dumps
#: of 40 and 300 MB in bz2: 3.44): what :func:`expected_characters` tells the
#: accelerators (see :func:`~julian_gregorian.text._locate.hyperscan_candidates.expect_characters`).
_TEXT_PER_BYTE: dict[Compression, float] = {"bz2": 3.0, "gzip": 2.5, "none": 0.9}


def expected_characters(path: Path, jobs: int = 1) -> int:
    """About how many characters of page text each of *jobs* processes reads of the dump
    *path*, told by its size (0 where it cannot be told: the dump is read all the same)."""
    try:
        with path.open("rb") as raw:
            compression = compression_of(raw.read(4))
            size = os.fstat(raw.fileno()).st_size
    except OSError:
        return 0
    return int(size * _TEXT_PER_BYTE[compression]) // max(1, jobs)


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system has one)."""
    counting: Callable[[], int | None] | None = getattr(os, "process_cpu_count", None)
    if counting is not None:
        return counting() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def chunk_size_for(path: Path, jobs: int) -> int:
    """Compressed bytes per chunk: eight chunks a job, so that the jobs end together."""
    size = path.stat().st_size
    return max(_MIN_CHUNK, min(_MAX_CHUNK, size // (8 * max(1, jobs))))


def dump_chunks(
    path: Path, chunk_bytes: int | None = None, index: Path | None = None, jobs: int = 1
) -> list[Chunk]:
    """The chunks *path* splits into (one for a dump that does not split)."""
    compression = require_dump(path)
    size = chunk_bytes if chunk_bytes is not None else chunk_size_for(path, jobs)
    return split(path, compression, size, index)


def chunk_pages(
    chunk: Chunk,
    namespaces: Collection[int] | None = (ARTICLES,),
    progress: Progress | None = None,
) -> Iterator[Page]:
    """The pages that start in *chunk*, in *namespaces* (``None``: all), redirects skipped."""
    reported = 0

    def read(raw_bytes: int) -> None:
        nonlocal reported
        if progress is not None:
            progress(0, raw_bytes - reported)
            reported = raw_bytes

    xml = decoded_ahead(chunk_xml(chunk, read), DECODED_AHEAD, FIRST_DECODED)
    for page in parse_pages(ChunkReader(xml), chunk.path, namespaces):
        if progress is not None:
            progress(1, 0)
        yield page


@dataclass(frozen=True)
class ChunkOutcome(Generic[R]):
    """What a worker gives back for a chunk: the results of the pages it read, in order,
    and why it could not read on, if it could not (a broken or cut bz2 stream, broken
    XML: the message of the ``DumpError``, after the dump's name).

    A worker returns a dump it cannot read as a value rather than raising: a Dask worker
    logs every exception its task raises, traceback and all, on the user's terminal.
    """

    results: list[R]
    failure: str | None = None

    def unpacked(self, name: str) -> Iterator[R]:
        """The results, then the ``DumpError`` of the failure naming the dump *name*."""
        yield from self.results
        if self.failure is not None:
            raise DumpError(f"{name}: {self.failure}")


def work_on_chunk(
    chunk: Chunk,
    work: PageWork[R],
    namespaces: Collection[int] | None = (ARTICLES,),
    name: str | None = None,
    expected: int = 0,
) -> ChunkOutcome[R]:
    """*work* done on every page of *chunk*, in order, the dump named *name* (default: the
    chunk's path), up to where the chunk cannot be read: what a worker process runs.
    *expected*: the characters of text the worker reads in all, about (its share of
    the dump, see :func:`expected_characters`), told to the accelerators.

    Only the reading is caught: what *work* raises is raised (a bug is not a broken dump).
    """
    expect_characters(expected)
    shown = chunk.path if name is None else name
    results: list[R] = []
    pages = chunk_pages(chunk, namespaces)
    while True:
        try:
            page = next(pages, None)
        except InputError as error:  # DumpError included, and the dump gone since its split
            return ChunkOutcome(results, str(error).removeprefix(f"{chunk.path}: "))
        if page is None:
            return ChunkOutcome(results)
        results.append(work(shown, page))


def _work_on_batch(name: str, pages: list[Page], work: PageWork[R], expected: int) -> list[R]:
    expect_characters(expected)  # (see work_on_chunk)
    return [work(name, page) for page in pages]


def _batches(pages: Iterable[Page]) -> Iterator[list[Page]]:
    """*pages* in batches; a dump that breaks off gives the pages read before it first."""
    batch: list[Page] = []
    characters = 0
    try:
        for page in pages:
            batch.append(page)
            characters += len(page.text)
            if len(batch) >= _BATCH_PAGES or characters >= _BATCH_CHARACTERS:
                yield batch
                batch, characters = [], 0
    except InputError:
        if batch:
            yield batch
        raise
    if batch:
        yield batch


def in_order(pool: Executor, tasks: Iterable[Callable[[], T]], ahead: int) -> Iterator[T]:
    """The results of *tasks* run on *pool*, in task order, with at most *ahead* in flight.

    Bounding the tasks in flight bounds memory: a slow first task does not let the
    others pile their results up. When what the tasks are made of breaks off (a dump
    read here: ``InputError``), the tasks made before it give their results first.
    """
    pending: deque[Future[T]] = deque()
    source = iter(tasks)
    while True:
        try:
            task = next(source, None)
        except InputError:
            while pending:
                yield pending.popleft().result()
            raise
        if task is None:
            break
        pending.append(pool.submit(task))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def map_pages(
    path: Path,
    work: PageWork[R],
    *,
    jobs: int = 1,
    namespaces: Collection[int] | None = (ARTICLES,),
    chunk_bytes: int | None = None,
    index: Path | None = None,
    resume_at: Callable[[Page], bool] | None = None,
    progress: Progress | None = None,
) -> Iterator[R]:
    """``work(name, page)`` for every page of the dump *path*, in the dump's order.

    *jobs* processes share the work. *resume_at*, if given, skips the pages before the
    first for which it is true (they are read, not worked on): how a run resumes.
    """
    name = str(path)
    chunks = dump_chunks(path, chunk_bytes, index, jobs) if jobs > 1 else []
    whole = Chunk(name, require_dump(path), 0, None)
    # A long run builds the accelerators' databases at its first pages (see
    # expected_characters): each process is told its share of the dump.
    expected = expected_characters(path, jobs)
    if jobs <= 1:
        expect_characters(expected)
        for page in _resumed(chunk_pages(whole, namespaces, progress), resume_at):
            yield work(name, page)
        return
    with process_pool(jobs) as pool:
        if len(chunks) > 1 and resume_at is None:
            chunk_tasks = (
                partial(work_on_chunk, chunk, work, namespaces, None, expected) for chunk in chunks
            )
            for chunk, done in zip(chunks, in_order(pool, chunk_tasks, 2 * jobs), strict=True):
                if progress is not None:
                    end = chunk.end if chunk.end is not None else path.stat().st_size
                    progress(len(done.results), end - chunk.start)
                yield from done.unpacked(name)
            return
        pages = _resumed(chunk_pages(whole, namespaces, _bytes_only(progress)), resume_at)
        page_tasks = (
            partial(_work_on_batch, name, batch, work, expected) for batch in _batches(pages)
        )
        for results in in_order(pool, page_tasks, 2 * jobs):
            if progress is not None:
                progress(len(results), 0)
            yield from results


def _bytes_only(progress: Progress | None) -> Progress | None:
    """A progress that counts the bytes read here but leaves pages to the workers' results."""
    if progress is None:
        return None
    reporting = progress
    return lambda _pages, raw_bytes: reporting(0, raw_bytes) if raw_bytes else None


def _resumed(pages: Iterator[Page], resume_at: Callable[[Page], bool] | None) -> Iterator[Page]:
    if resume_at is None:
        yield from pages
        return
    for page in pages:
        if resume_at(page):
            yield page
            break
    else:
        raise DumpError("the page to resume at is not in the dump")
    yield from pages
