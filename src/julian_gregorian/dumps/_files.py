"""Files and folders on a Dask cluster: one task per file, the reports in input order."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from julian_gregorian._text_files import TEXT_SUFFIXES, decode_text
from julian_gregorian.checks.check import check_text
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.errors import InputError
from julian_gregorian.reports.file_report import FileReport, unreadable

if TYPE_CHECKING:
    from distributed import Client

#: Tasks sent ahead of the report being given, per worker thread: enough to keep every
#: worker busy, few enough that the reports waiting to be given stay few.
_AHEAD_PER_THREAD = 4


def text_files(
    paths: Iterable[str | Path], config: CheckConfig
) -> Iterator[tuple[str, Path, str | None]]:
    """(name, path, why it cannot be read or ``None``) of every file *paths* name.

    In the order ``julian-gregorian check`` reads them: a file named is read whatever its
    suffix; a folder gives its files with a suffix of ``TEXT_SUFFIXES`` in sorted order,
    each folder's files before its subfolders, leaving out hidden files and folders,
    symbolic links and what *config*'s ``exclude`` patterns name.
    """
    for entry in paths:
        top = Path(entry)
        if not top.is_dir():
            yield str(entry), top, None
            continue
        pending = [top]
        while pending:
            folder = pending.pop()
            try:
                entries = sorted(os.scandir(folder), key=lambda found: found.name)
            except OSError as error:
                yield str(folder), folder, f"cannot be read ({error.strerror or error})"
                continue
            subfolders = []
            for found in entries:
                path = folder / found.name
                if found.name.startswith(".") or found.is_symlink() or config.excludes(path):
                    continue
                if found.is_dir():
                    subfolders.append(path)
                elif found.is_file() and found.name.endswith(TEXT_SUFFIXES):
                    yield str(path), path, None
            pending.extend(reversed(subfolders))


def check_file(name: str, path: Path, config: CheckConfig) -> FileReport:
    """The report on the text file *path*, shown as *name*, by *config*'s rules.

    A file that cannot be read or is no text gives a report of that (JG900).
    """
    try:
        text, _, _ = decode_text(path.read_bytes())
    except OSError as error:
        return unreadable(name, f"cannot be read ({error.strerror or error})")
    except InputError as error:
        return unreadable(name, str(error))
    result = check_text(
        text,
        select=config.select,
        extend_select=config.extend_select,
        ignore=config.ignore,
        fix_side=config.fix_side,
    )
    settings = None if config.source is None else str(config.source)
    return replace(FileReport.from_result(name, text, result), settings=settings)


def check_files_on_dask(
    paths: Iterable[str | Path], client: Client, config: CheckConfig | None = None
) -> Iterator[FileReport]:
    """A :class:`~julian_gregorian.reports.FileReport` for every file *paths* name, each
    checked by a worker of *client* (a ``distributed.Client``), in the order of *paths*.

    Folders are searched as ``julian-gregorian check`` searches them (files ending in
    ``.txt``, ``.wiki``, ``.wikitext``, ``.md`` or ``.html``); *config* gives the rules,
    the fix side, the ``exclude`` patterns of the search and the ``per-file-ignores``
    (default: every default rule). Each file is one task, a few per worker thread sent
    ahead of the report being given; the workers read the files themselves, so they
    must see them at the same paths. A file is checked as an article, as
    :func:`~julian_gregorian.checks.check_text` checks a text, whatever its suffix: unlike
    the command, a GEDCOM or TEI file named here gets no checks of its own format. The
    reports render as the command's (:func:`~julian_gregorian.reports.render_json`, ...).

    >>> from distributed import Client, LocalCluster  # doctest: +SKIP
    >>> with LocalCluster(n_workers=2) as cluster, Client(cluster) as client:  # doctest: +SKIP
    ...     reports = list(check_files_on_dask(["articles/"], client))
    """
    settings = config or CheckConfig()
    threads = max(1, sum(client.nthreads().values()))  # type: ignore[no-untyped-call]
    pending: deque[Any] = deque()  # a Future of a report, or the report of a failure
    for name, path, failure in text_files(paths, settings):
        if failure is not None:
            pending.append(unreadable(name, failure))
        else:
            work = settings.for_file(path)
            # A worker runs in a folder of its own: it reads the file by its absolute path.
            task = client.submit(check_file, name, path.absolute(), work, pure=False)
            pending.append(task)
        if len(pending) > _AHEAD_PER_THREAD * threads:
            yield _report(pending.popleft())
    while pending:
        yield _report(pending.popleft())


def _report(waiting: Any) -> FileReport:
    if isinstance(waiting, FileReport):
        return waiting
    report: FileReport = waiting.result()
    waiting.release()
    return report
