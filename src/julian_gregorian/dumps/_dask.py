"""The same work on a Dask cluster: one task per chunk of a dump."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from julian_gregorian.dumps._pages import ARTICLES
from julian_gregorian.dumps._work import (
    ChunkOutcome,
    PageWork,
    chunk_size_for,
    dump_chunks,
    expected_characters,
    work_on_chunk,
)

if TYPE_CHECKING:
    from distributed import Client

R = TypeVar("R")


def map_pages_on_dask(
    paths: Iterable[str | Path],
    work: PageWork[R],
    client: Client,
    *,
    namespaces: Collection[int] | None = (ARTICLES,),
    chunk_bytes: int | None = None,
) -> Iterator[R]:
    """``work(name, page)`` for every page of the dumps *paths*, run by *client*'s workers.

    Each chunk of each dump (a group of bz2 streams, a byte range of plain XML, or the
    whole of a dump that does not split) is one task; the results are yielded in the
    dumps' order, each task's as soon as it and those before it are done. The workers
    read the dumps themselves, so *paths* must be readable at the same place on every
    worker (a shared file system). A relative path is sent to them made absolute, since a
    worker runs in a folder of its own; *work* still gets the name as given.

    A dump that cannot be read to its end (a broken or cut bz2 stream, broken XML) gives
    the results of its pages before the break, then ``DumpError`` naming it as given, as
    the serial :func:`~julian_gregorian.dumps.map_pages` does; its worker returns the
    break as a value, so that Dask logs no failed task. What *work* raises is raised here.
    """
    workers = max(1, sum(client.nthreads().values()))  # type: ignore[no-untyped-call]
    futures = []
    for entry in paths:
        path = Path(entry).absolute()
        size = chunk_bytes if chunk_bytes is not None else chunk_size_for(path, workers)
        expected = expected_characters(path, workers)
        for chunk in dump_chunks(path, size):
            task = client.submit(
                work_on_chunk, chunk, work, namespaces, str(entry), expected, pure=False
            )
            futures.append((str(entry), task))
    for name, future in futures:
        done: ChunkOutcome[R] = future.result()
        future.release()  # type: ignore[no-untyped-call]
        yield from done.unpacked(name)
