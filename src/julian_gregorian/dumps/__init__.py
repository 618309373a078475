"""MediaWiki XML dumps: whole wikis read page by page, checked on every core or a cluster.

Files and folders go to a cluster too: :func:`check_files_on_dask`, as ``check --dask``
takes them.

A dump is recognised by its content, whatever its name: ``bz2`` (single- or
multistream), ``gzip`` or plain XML with a ``<mediawiki>`` root. Pages are read one at
a time (memory holds one page and 16 MB of XML decoded ahead of it), articles (namespace
0) by default, redirects skipped; each gives its title, page id, latest revision id and
wikitext.

>>> from pathlib import Path
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> page = Page("Rasputin", 1, 7, 0, "He was buried on 2 January [O.S. 21 December] 1917.")
>>> index = write_dump(folder / "wiki.xml.bz2", [page], pages_per_stream=100)
>>> is_dump(folder / "wiki.xml.bz2")
True
>>> [read.title for read in read_pages(folder / "wiki.xml.bz2")]
['Rasputin']
>>> report, = check_dump(folder / "wiki.xml.bz2")
>>> report.title, report.dates, [record["code"] for record in report.findings]
('Rasputin', 1, ['JG101'])

The schema of the records and the command line's use of dumps are in ``docs/dumps.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.dumps._check import PageCheck, PageReport, page_fields, with_page
from julian_gregorian.dumps._dask import map_pages_on_dask
from julian_gregorian.dumps._detect import Compression, dump_compression, require_dump
from julian_gregorian.dumps._files import check_files_on_dask
from julian_gregorian.dumps._pages import ARTICLES, Page, checked_namespaces
from julian_gregorian.dumps._streams import Chunk, index_path, scan_stream_starts
from julian_gregorian.dumps._work import (
    PageWork,
    Progress,
    available_cores,
    chunk_pages,
    dump_chunks,
    map_pages,
)
from julian_gregorian.dumps._write import page_xml, write_dump
from julian_gregorian.errors import DumpError

if TYPE_CHECKING:
    from distributed import Client


def is_dump(path: str | Path) -> bool:
    """Whether the file *path* is a MediaWiki XML export (compressed or not)."""
    return dump_compression(Path(path)) is not None


def read_pages(
    path: str | Path, namespaces: Collection[int] | None = (ARTICLES,)
) -> Iterator[Page]:
    """Every page of the dump *path* in *namespaces* (``None``: all), redirects skipped."""
    whole = Path(path)
    chosen = checked_namespaces(namespaces)
    return chunk_pages(Chunk(str(whole), require_dump(whole), 0, None), chosen)


def check_dump(
    path: str | Path,
    config: CheckConfig | None = None,
    *,
    jobs: int = 1,
    namespaces: Collection[int] | None = (ARTICLES,),
    sarif: bool = False,
    resume_at: Callable[[Page], bool] | None = None,
    progress: Progress | None = None,
) -> Iterator[PageReport]:
    """A :class:`PageReport` for every page of the dump *path*, in the dump's order.

    *config* chooses the rules and the fix side (default: every default rule); *jobs*
    worker processes share the work, with the same reports in the same order as one;
    *sarif* adds each finding's SARIF result; *resume_at* skips the pages before the
    first it is true for; *progress* is told of the pages and bytes read.
    """
    return map_pages(
        Path(path),
        PageCheck(config or CheckConfig(), sarif),
        jobs=jobs,
        namespaces=checked_namespaces(namespaces),
        resume_at=resume_at,
        progress=progress,
    )


def check_dumps_on_dask(
    paths: Iterable[str | Path],
    client: Client,
    config: CheckConfig | None = None,
    *,
    namespaces: Collection[int] | None = (ARTICLES,),
    sarif: bool = False,
    chunk_bytes: int | None = None,
) -> Iterator[PageReport]:
    """:func:`check_dump` on a Dask cluster: a :class:`PageReport` for every page of *paths*.

    One task per chunk of each dump (*chunk_bytes* compressed bytes of bz2 streams, by
    default eight chunks per worker thread); the reports come in the dumps' order, the
    same as :func:`check_dump` gives. *client* is a ``distributed.Client``; the workers
    must see the dumps at the same paths.

    >>> from distributed import Client, LocalCluster  # doctest: +SKIP
    >>> with LocalCluster(n_workers=2) as cluster, Client(cluster) as client:  # doctest: +SKIP
    ...     reports = list(check_dumps_on_dask(["enwiki.xml.bz2"], client))
    """
    return map_pages_on_dask(
        paths,
        PageCheck(config or CheckConfig(), sarif),
        client,
        namespaces=checked_namespaces(namespaces),
        chunk_bytes=chunk_bytes,
    )


__all__ = [
    "ARTICLES",
    "Chunk",
    "Compression",
    "DumpError",
    "Page",
    "PageCheck",
    "PageReport",
    "PageWork",
    "Progress",
    "available_cores",
    "check_dump",
    "check_dumps_on_dask",
    "check_files_on_dask",
    "chunk_pages",
    "dump_chunks",
    "dump_compression",
    "index_path",
    "is_dump",
    "map_pages",
    "map_pages_on_dask",
    "page_fields",
    "page_xml",
    "read_pages",
    "scan_stream_starts",
    "with_page",
    "write_dump",
]
