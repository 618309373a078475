"""Files and folders on a Dask cluster: one task per file, the reports in input order."""

from __future__ import annotations

import os
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from julian_gregorian._file_access import in_real_folder, kind_of, read_regular
from julian_gregorian._folder_walk import Seen, SkipHandler, WalkFailure, once_each, walk_path
from julian_gregorian._text_files import decode_text
from julian_gregorian.checks._file_findings import file_findings
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.errors import InputError, ParseError
from julian_gregorian.reports.file_report import FileReport, unreadable

if TYPE_CHECKING:
    from distributed import Client

#: Tasks sent ahead of the report being given, per worker thread: enough to keep every
#: worker busy, few enough that the reports waiting to be given stay few.
_AHEAD_PER_THREAD = 4


def text_files(
    paths: Iterable[str | Path],
    config: CheckConfig,
    *,
    follow_links: bool = False,
    on_skip: SkipHandler | None = None,
) -> Iterator[tuple[str, Path, str | None, bool]]:
    """(name, path, why it cannot be read or ``None``, whether its links are resolved
    when read) of every file *paths* name.

    Walked as ``julian-gregorian check`` walks them (:mod:`julian_gregorian._folder_walk`),
    leaving out what *config*'s ``exclude`` patterns name: a file named is read whatever
    its suffix, its links resolved once, and is not read if it is no regular file. So is
    a file a followed link leads to; a file the walk met in a folder is read through no
    link (its path is real: a link put on it after the walk is refused).
    """
    seen: Seen = {}  # (a file reached twice is read once)
    for entry in paths:
        walked = walk_path(
            str(entry),
            follow_links=follow_links,
            exclude=lambda name: config.excludes(Path(name)),
            on_skip=on_skip,
            follow_hint="follow_links=True",
        )
        for found in once_each(walked, seen, on_skip):
            if isinstance(found, WalkFailure):
                yield found.name, Path(found.name), found.reason, True
            elif not stat.S_ISREG(found.status.st_mode):
                why = f"{kind_of(found.status.st_mode)}, not a regular file"
                yield found.name, Path(found.path), why, True
            elif found.folder is None:
                yield found.name, Path(os.path.realpath(found.path)), None, True
            else:
                yield found.name, Path(found.path), None, False


def check_file(name: str, path: Path, config: CheckConfig, *, resolve: bool = False) -> FileReport:
    """The report on the file *path*, shown as *name*, as ``check`` reports it: a GEDCOM
    or TEI file by its own rules, an article by *config*'s rules.

    *path* is read through no symbolic link, unless *resolve* (a path named on purpose,
    its links resolved once, here and now). A file that cannot be read, is no regular
    file (any more: a FIFO or device is never opened, a link is not followed), is no
    text, or is a GEDCOM or XML file that is not well formed gives a report of that
    (JG900).
    """
    try:
        raw, _ = in_real_folder(str(path), read_regular, resolve=resolve)
        text, _, _ = decode_text(raw)
    except InputError as error:  # FileError included
        return unreadable(name, str(error))
    try:
        result, dates = file_findings(name, text, config, None, None)
    except ParseError as error:
        return unreadable(name, str(error))
    settings = None if config.source is None else str(config.source)
    return FileReport(
        name,
        text,
        result.findings,
        dates,
        suppressed=result.suppressed,
        items=result.items,
        settings=settings,
    )


def check_files_on_dask(
    paths: Iterable[str | Path],
    client: Client,
    config: CheckConfig | None = None,
    *,
    follow_links: bool = False,
    on_skip: Callable[[str, str], None] | None = None,
) -> Iterator[FileReport]:
    """A :class:`~julian_gregorian.reports.FileReport` for every file *paths* name, each
    checked by a worker of *client* (a ``distributed.Client``), in the order of *paths*.

    Folders are walked as ``julian-gregorian check`` walks them, for files ending in
    ``.txt``, ``.wiki``, ``.wikitext``, ``.md``, ``.markdown`` or ``.html`` (in any
    case), in sorted order, each folder's files before its subfolders. Passed over:
    hidden files and folders, what *config*'s ``exclude`` patterns name, symbolic links
    unless *follow_links* (as ``--follow-links``: a folder is then walked once however
    many links lead to it), and anything but a regular file; *on_skip*, if given, is
    told ``on_skip(name, why)`` of each but the hidden ones (as ``check --verbose`` says
    them). A file named in *paths* is checked whatever its suffix. A file or folder
    that cannot be read, a path that names no regular file, or a folder replaced by
    another while it is walked, gives a report of that (JG900); a FIFO or device is
    never opened, here or by a worker, and a worker follows no link the walk did not: a
    file it met in a folder, or a folder on its path, swapped for a link after the walk
    is a JG900 report. A worker returns such a report rather than raising, so Dask logs
    no failed task; a bug met on a worker is raised here.

    A file is checked as the command checks it: a GEDCOM file (``.ged``, or text that
    starts ``0 HEAD``) by the GEDCOM rules, a TEI or other XML file (``.xml``, ``.tei``,
    or text that starts with an XML declaration or ``<TEI``) by the TEI rules, any other
    as an article, as :func:`~julian_gregorian.checks.check_text` checks a text (a
    GEDCOM or XML file that is not well formed gives a JG900 report). *config* gives the
    rules, the fix side, the ``exclude`` patterns and the ``per-file-ignores`` (default:
    every default rule); the codes or names of the GEDCOM and TEI rules in its
    ``select``, ``extend_select`` and ``ignore`` choose those rules as the command's
    ``--select``, ``--extend-select`` and ``--ignore`` do (``extend_select=("JG604",)``
    adds the opt-in GEDCOM rule). Each file is one task, a few per worker thread sent
    ahead of the report being given; the workers read the files themselves, so they
    must see them at the same paths. A worker reads a file whole, however large (the
    command reads an article of more than 8 MB in chunks, to the same findings). The
    reports render as the command's (:func:`~julian_gregorian.reports.render_json`, ...).

    >>> from distributed import Client, LocalCluster  # doctest: +SKIP
    >>> with LocalCluster(n_workers=2) as cluster, Client(cluster) as client:  # doctest: +SKIP
    ...     reports = list(check_files_on_dask(["articles/"], client, follow_links=True))
    """
    settings = config or CheckConfig()
    threads = max(1, sum(client.nthreads().values()))  # type: ignore[no-untyped-call]
    pending: deque[Any] = deque()  # a Future of a report, or the report of a failure
    files = text_files(paths, settings, follow_links=follow_links, on_skip=on_skip)
    for name, path, failure, resolve in files:
        if failure is not None:
            pending.append(unreadable(name, failure))
        else:
            work = settings.for_file(path)
            # A worker runs in a folder of its own: it reads the file by its absolute path.
            absolute = path.absolute()
            task = client.submit(check_file, name, absolute, work, resolve=resolve, pure=False)
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
