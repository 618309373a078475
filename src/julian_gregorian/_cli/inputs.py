"""Reading the command line's inputs: files, folders and standard input, byte-exactly.

``read_inputs`` is the one place that turns the command line's paths into inputs: it
yields, in command-line order, a ``SourceText`` for each input read or an
``InputFailure`` for each that could not be (missing, unreadable, not text, a FIFO or
device, an unreadable subfolder), so that a command reports it and goes on with the
others. Folders are walked for text files in sorted order; links met while walking are
not followed unless asked, and only regular files are opened (see ``safe_write``).

A ``SourceText`` keeps the raw bytes and how they were decoded (BOM, encoding) so that a
fix can write back the same bytes everywhere except in the spans it changes, and the
``FileState`` that lets the fix go to the very file that was read. Line endings are not
translated: offsets and ``\\r\\n`` stay as in the file.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from julian_gregorian._cli.safe_write import (
    FileError,
    FileState,
    kind_of,
    open_folder,
    read_file,
    read_path,
    reason,
)
from julian_gregorian._text_files import TEXT_SUFFIXES, decode_text
from julian_gregorian.errors import InputError
from julian_gregorian.reports.file_report import STDIN_NAME, shown_name

STDIN = "-"

#: ``on_skip(name, why)``: told of each entry a folder walk passes over.
SkipHandler = Callable[[str, str], None]
#: ``exclude(name)``: whether a folder walk leaves out the file or folder *name*.
ExcludeTest = Callable[[str], bool]


@dataclass(frozen=True)
class SourceText:
    """One input: its name as given, its real path (``None`` for stdin) and its text."""

    name: str
    path: Path | None
    raw: bytes
    text: str
    encoding: str
    bom: bytes
    #: Where and what the file was when read, for a fix to write back to it (not stdin).
    state: FileState | None = None

    def encode(self, text: str) -> bytes:
        """Bytes of *text* written the way this input was (same encoding, same BOM)."""
        return self.bom + text.encode(self.encoding)


@dataclass(frozen=True)
class InputFailure:
    """An input that could not be read, and why (``reason`` does not repeat the name)."""

    name: str
    reason: str
    #: The bytes standard input held when they were read but are not text.
    raw: bytes | None = None

    def __str__(self) -> str:
        return f"{shown_name(self.name)}: {self.reason}"


@dataclass(frozen=True)
class LargeFile:
    """A regular file too large to read whole: its reader streams it (``streaming``)."""

    name: str
    path: Path


def read_whole(large: LargeFile) -> SourceText | InputFailure:
    """A large file read whole after all, for a reader that needs all of it."""
    return _source(large.name, read_path, str(large.path))


def decode(raw: bytes, name: str) -> tuple[str, str, bytes]:
    """(text, encoding, bom) of *raw*: UTF-8, or UTF-8/UTF-16 marked by a BOM.

    ``InputError`` ``NAME: why`` when *raw* is not such text.
    """
    try:
        return decode_text(raw)
    except InputError as error:
        raise InputError(f"{shown_name(name)}: {error}") from None


def read_inputs(
    arguments: Sequence[str],
    *,
    follow_links: bool = False,
    on_skip: SkipHandler | None = None,
    suffixes: tuple[str, ...] = TEXT_SUFFIXES,
    exclude: ExcludeTest | None = None,
    large: int | None = None,
) -> Iterator[SourceText | InputFailure | LargeFile]:
    """Every input named by *arguments*, read and decoded, in command-line order.

    No argument means standard input, as does ``-``. A folder yields its files with one
    of *suffixes* (hidden files and folders left out), in sorted order, each folder's
    files before its subfolders. A path named explicitly is read whatever
    its suffix, its links resolved once; links met in a folder are passed over unless
    *follow_links*, and so are the files and folders that *exclude* names (a path named
    on the command line is read all the same). An empty path raises ``InputError``
    before anything is read. A regular file of more than *large* bytes is not read: it
    comes as a ``LargeFile``.
    """
    if any(argument == "" for argument in arguments):
        raise InputError("an empty path names no file (use '.' for the current folder)")
    for argument in arguments or [STDIN]:
        if argument == STDIN:
            yield read_stdin()
        else:
            walk = _Walk(follow_links, on_skip, suffixes, exclude, large)
            yield from _read_argument(argument, walk)


def read_stdin() -> SourceText | InputFailure:
    """All of standard input as one text named ``<stdin>``.

    Binary input stops the reading at its first block with a NUL byte (outside UTF-16),
    so that an endless one (``< /dev/zero``) cannot fill the memory.
    """
    if sys.stdin is None:
        return InputFailure(STDIN_NAME, "standard input is closed")
    chunks: list[bytes] = []
    try:
        while chunk := sys.stdin.buffer.read(_CHUNK):
            chunks.append(chunk)
            if b"\x00" in chunk and not chunks[0].startswith(_UTF16_BOMS):
                return InputFailure(STDIN_NAME, "looks like a binary file (it contains NUL bytes)")
    except OSError as error:
        return InputFailure(STDIN_NAME, f"cannot be read ({error.strerror or error})")
    raw = b"".join(chunks)
    try:
        text, encoding, bom = decode_text(raw)
    except InputError as error:
        return InputFailure(STDIN_NAME, str(error), raw)
    return SourceText(STDIN_NAME, None, raw, text, encoding, bom)


_CHUNK = 1 << 16
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _read_argument(argument: str, walk: _Walk) -> Iterator[SourceText | InputFailure | LargeFile]:
    try:
        status = os.stat(argument)
    except FileNotFoundError:
        yield InputFailure(argument, "no such file or directory")
        return
    except OSError as error:
        yield InputFailure(argument, reason(error))
        return
    if walk.is_large(status):
        yield LargeFile(argument, Path(argument))
        return
    if not stat.S_ISDIR(status.st_mode):
        yield _source(argument, read_path, argument)
        return
    yield from walk.walk(argument, os.path.realpath(argument))


def _source(
    name: str, reader: Callable[..., tuple[bytes, FileState]], *where: object
) -> SourceText | InputFailure:
    """Read and decode one file with *reader*(*where*); a failure names *name*."""
    try:
        raw, state = reader(*where)
        text, encoding, bom = decode_text(raw)
    except InputError as error:
        return InputFailure(name, str(error))
    return SourceText(name, Path(state.path), raw, text, encoding, bom, state)


_Identity = tuple[int, int]


@dataclass
class _Walk:
    """A walk of folders, depth first and without recursion (however deep the tree).

    A file is opened relative to the descriptor of the folder that lists it; a folder
    by its path, and only if it is still the folder that was listed (same device and
    inode, not a link). A link is followed only if asked, and a folder is walked once
    however many links lead to it.
    """

    follow_links: bool
    on_skip: SkipHandler | None
    suffixes: tuple[str, ...]
    exclude: ExcludeTest | None = None
    large: int | None = None
    walked: set[_Identity] = field(default_factory=set)

    def is_large(self, status: os.stat_result) -> bool:
        """Whether a file of *status* is a regular file too large to read whole."""
        return (
            self.large is not None and stat.S_ISREG(status.st_mode) and status.st_size > self.large
        )

    def _skip(self, name: str, why: str) -> None:
        if self.on_skip is not None:
            self.on_skip(name, why)

    def walk(self, shown: str, real: str) -> Iterator[SourceText | InputFailure | LargeFile]:
        # (name shown, real path, the identity it had when listed; None for the top)
        pending: list[tuple[str, str, _Identity | None]] = [(shown, real, None)]
        while pending:
            shown, real, expected = pending.pop()
            try:
                folder_fd = open_folder(real, nofollow=expected is not None)
            except FileError as error:
                yield InputFailure(shown, str(error))
                continue
            try:
                status = os.fstat(folder_fd)
                identity = (status.st_dev, status.st_ino)
                if expected is not None and identity != expected:
                    yield InputFailure(shown, "replaced by another folder while it was walked")
                elif identity in self.walked:
                    self._skip(shown, "a folder already walked (a link leads to it again)")
                else:
                    self.walked.add(identity)
                    folders = yield from self._folder(shown, real, folder_fd)
                    pending.extend(reversed(folders))
            finally:
                os.close(folder_fd)

    def _folder(
        self, shown: str, real: str, folder_fd: int
    ) -> Generator[SourceText | InputFailure | LargeFile, None, list[tuple[str, str, _Identity]]]:
        """Yield the files of one folder; return its subfolders to walk, in order."""
        folders: list[tuple[str, str, _Identity]] = []
        try:
            entries = sorted(os.scandir(folder_fd), key=lambda entry: entry.name)
        except OSError as error:
            yield InputFailure(shown, reason(error))
            return folders
        for entry in entries:
            if entry.name.startswith("."):
                continue
            name = str(Path(shown) / entry.name)
            if self.exclude is not None and self.exclude(name):
                self._skip(name, "excluded by the settings (exclude, extend-exclude)")
                continue
            path = os.path.join(real, entry.name)
            try:
                is_link = entry.is_symlink()
                if is_link and not self.follow_links:
                    self._skip(name, "a symbolic link, not followed (--follow-links follows it)")
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
                    yield InputFailure(name, reason(error))
                continue
            if stat.S_ISDIR(status.st_mode):
                folders.append((name, path, (status.st_dev, status.st_ino)))
            elif not entry.name.endswith(self.suffixes):
                continue
            elif not stat.S_ISREG(status.st_mode):
                self._skip(name, f"{kind_of(status.st_mode)}, not a regular file")
            elif self.is_large(status):
                yield LargeFile(name, Path(path))
            elif is_link:
                yield _source(name, read_path, path)
            else:
                yield _source(name, read_file, real, folder_fd, entry.name)
        return folders
