"""The folder walk of ``julian-gregorian check`` and of
:func:`julian_gregorian.dumps.check_files_on_dask`: which files a path names.

A path that is not a folder names itself, whatever its suffix. A folder names its
files with one of the suffixes asked for (``TEXT_SUFFIXES``), written in any case (a
``README.MD`` saved on Windows is a ``.md`` file, as the checks read it), in sorted
order, each folder's files before its subfolders, walked depth first without
recursion (however deep the tree). Left out: hidden files and folders; what *exclude*
names; symbolic links, unless *follow_links* (a link followed is resolved once, to
where it leads when met); a folder already walked, however many links lead to it
again (same device and inode); anything but a regular file. Each entry left out but a
hidden one is told to *on_skip*. A folder that cannot be listed, or that was replaced
by another between being listed and being walked, is a ``WalkFailure``; the walk goes
on with the others.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from julian_gregorian._file_access import FileError, identity, kind_of, open_folder, reason
from julian_gregorian._text_files import TEXT_SUFFIXES

#: ``on_skip(name, why)``: told of each entry a folder walk passes over.
SkipHandler = Callable[[str, str], None]
#: ``exclude(name)``: whether a folder walk leaves out the file or folder *name*.
ExcludeTest = Callable[[str], bool]


class FoundFile(NamedTuple):
    """A file a path names: its name as shown, its path, and its status when met.

    (A named tuple: one is made per file walked, and a frozen dataclass is slower to make.)
    """

    #: The path as given, then the names of the entries walked to the file.
    name: str
    #: Where it is: below the folder's real path, or where a followed link led.
    path: str
    status: os.stat_result
    #: (real path, open descriptor, the file's name in it) of the folder that lists the
    #: file, which stays open until the walk is asked for its next entry, so that the
    #: file can be opened in it without going through a link; ``None`` for a file named
    #: by the path itself or reached through a followed link, opened by its *path*.
    folder: tuple[str, int, str] | None = None


@dataclass(frozen=True)
class WalkFailure:
    """A path or folder that could not be walked, and why (not repeating its name)."""

    name: str
    reason: str


def walk_path(
    path: str,
    *,
    suffixes: tuple[str, ...] = TEXT_SUFFIXES,
    follow_links: bool = False,
    exclude: ExcludeTest | None = None,
    on_skip: SkipHandler | None = None,
    follow_hint: str = "--follow-links",
) -> Iterator[FoundFile | WalkFailure]:
    """The files *path* names, as the module doc says, and the failures met on the way.

    A folder is walked once per call: two paths leading to the same folder walk it twice.
    *follow_hint* is what a user sets to follow links, named when one is passed over.
    """
    try:
        status = os.stat(path)
    except OSError as error:
        yield WalkFailure(path, reason(error))
        return
    if not stat.S_ISDIR(status.st_mode):
        yield FoundFile(path, path, status)
        return
    lowered = tuple(suffix.lower() for suffix in suffixes)
    walk = _Walk(lowered, follow_links, exclude, on_skip, follow_hint)
    yield from walk.walk(path, os.path.realpath(path))


_Identity = tuple[int, int]
#: What :func:`once_each` knows a file by: its device and inode, and its real path.
Seen = dict[_Identity | str, str]


def once_each(
    found: Iterable[FoundFile | WalkFailure],
    seen: Seen,
    on_skip: SkipHandler | None = None,
) -> Iterator[FoundFile | WalkFailure]:
    """*found* without the regular files already in *seen* (by device and inode: a file
    named twice, reached through a link, or in a folder named too; or by real path: a
    file ``--fix`` has replaced meanwhile is a new inode), which it records; *on_skip* is
    told of each one left out, with the name it was first met by."""
    for entry in found:
        if isinstance(entry, FoundFile) and stat.S_ISREG(entry.status.st_mode):
            # (a walked file's path is real already; a named one's may hold links)
            where = os.path.realpath(entry.path) if entry.name == entry.path else entry.path
            inode = (entry.status.st_dev, entry.status.st_ino)
            first = seen.get(inode) or seen.get(where)
            if first is not None:
                if on_skip is not None:
                    on_skip(entry.name, f"the file already read as {first}")
                continue
            seen[inode] = seen[where] = entry.name
        yield entry


@dataclass
class _Walk:
    """One walk: a folder is opened by its path, and only if it is still the folder that
    was listed (same device and inode, not a link)."""

    suffixes: tuple[str, ...]
    follow_links: bool
    exclude: ExcludeTest | None
    on_skip: SkipHandler | None
    follow_hint: str
    walked: set[_Identity] = field(default_factory=set)

    def _skip(self, name: str, why: str) -> None:
        if self.on_skip is not None:
            self.on_skip(name, why)

    def walk(self, shown: str, real: str) -> Iterator[FoundFile | WalkFailure]:
        # (name shown, real path, the identity it had when listed; None for the top)
        pending: list[tuple[str, str, _Identity | None]] = [(shown, real, None)]
        while pending:
            shown, real, expected = pending.pop()
            try:
                folder_fd = open_folder(real, nofollow=expected is not None)
            except FileError as error:
                yield WalkFailure(shown, str(error))
                continue
            try:
                listed = identity(os.fstat(folder_fd))
                if expected is not None and listed != expected:
                    yield WalkFailure(shown, "replaced by another folder while it was walked")
                elif listed in self.walked:
                    self._skip(shown, "a folder already walked (a link leads to it again)")
                else:
                    self.walked.add(listed)
                    folders = yield from self._folder(shown, real, folder_fd)
                    pending.extend(reversed(folders))
            finally:
                os.close(folder_fd)

    def _folder(
        self, shown: str, real: str, folder_fd: int
    ) -> Generator[FoundFile | WalkFailure, None, list[tuple[str, str, _Identity]]]:
        """Yield the files of one folder; return its subfolders to walk, in order."""
        folders: list[tuple[str, str, _Identity]] = []
        try:
            entries = sorted(os.scandir(folder_fd), key=lambda entry: entry.name)
        except OSError as error:
            yield WalkFailure(shown, reason(error))
            return folders
        # Names as pathlib joins them ("./a/" gives "a/x.txt"), the folder's part made once.
        base = str(Path(shown))
        for entry in entries:
            if entry.name.startswith("."):
                continue
            name = entry.name if base == "." else os.path.join(base, entry.name)
            if self.exclude is not None and self.exclude(name):
                self._skip(name, "excluded by the settings (exclude, extend-exclude)")
                continue
            path = os.path.join(real, entry.name)
            is_link = False  # until known: asking may fail too (the entry gone)
            try:
                is_link = entry.is_symlink()
                if is_link and not self.follow_links:
                    hint = f"{self.follow_hint} follows it"
                    self._skip(name, f"a symbolic link, not followed ({hint})")
                    continue
                if is_link:  # followed to where it leads now, resolved once
                    path = os.path.realpath(path)
                    status = os.stat(path)
                else:
                    status = entry.stat(follow_symlinks=False)
            except OSError as error:
                if is_link:
                    self._skip(name, f"a symbolic link that leads nowhere ({reason(error)})")
                else:
                    yield WalkFailure(name, reason(error))
                continue
            if stat.S_ISDIR(status.st_mode):
                folders.append((name, path, identity(status)))
            elif not entry.name.lower().endswith(self.suffixes):
                continue
            elif not stat.S_ISREG(status.st_mode):
                self._skip(name, f"{kind_of(status.st_mode)}, not a regular file")
            else:
                opened_in = None if is_link else (real, folder_fd, entry.name)
                yield FoundFile(name, path, status, opened_in)
        return folders
