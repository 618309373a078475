"""Reading the command line's inputs: files, folders and standard input, byte-exactly.

``read_inputs`` is the one place that turns the command line's paths into inputs: it
yields, in command-line order, a ``SourceText`` for each input read or an
``InputFailure`` for each that could not be (missing, unreadable, not text, a FIFO or
device, an unreadable subfolder), so that a command reports it and goes on with the
others. Folders are walked for text files as ``julian_gregorian._folder_walk`` walks
them (sorted, links met not followed unless asked); a file is opened in the folder the
walk has open, and only if it is a regular file (see ``safe_write``). A file too large
to read now is read later by its path (``LargeFile``): one the walk met in a folder
through no link (its folders opened without following one), as if still in the walk.

A ``SourceText`` keeps the raw bytes and how they were decoded (BOM, encoding) so that a
fix can write back the same bytes everywhere except in the spans it changes, and the
``FileState`` that lets the fix go to the very file that was read. Line endings are not
translated: offsets and ``\\r\\n`` stay as in the file.
"""

from __future__ import annotations

import codecs
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from julian_gregorian._cli.safe_write import FileState, read_file, read_path
from julian_gregorian._folder_walk import (
    ExcludeTest,
    FoundFile,
    Seen,
    SkipHandler,
    WalkFailure,
    once_each,
    walk_path,
)
from julian_gregorian._text_files import TEXT_SUFFIXES, decode_text
from julian_gregorian.errors import InputError
from julian_gregorian.reports.file_report import STDIN_NAME, shown_name

STDIN = "-"


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
    #: Named on purpose (or a followed link): its links are resolved when it is read.
    #: Otherwise a folder walk met it and *path* is real: no link on it is followed.
    resolve: bool = False


@dataclass(frozen=True)
class PassedOver:
    """A file met again under *name*, read once already: told (``why``) in its turn,
    after the inputs met before it, however far ahead of their checks they are read."""

    name: str
    why: str


#: What :func:`read_inputs` yields.
Input = SourceText | InputFailure | LargeFile | PassedOver


def read_whole(large: LargeFile) -> SourceText | InputFailure:
    """A large file read whole after all, for a reader that needs all of it."""
    return _source(large.name, read_path, str(large.path), large.resolve)


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
    once: bool = True,
) -> Iterator[Input]:
    """Every input named by *arguments*, read and decoded, in command-line order.

    No argument means standard input, as does ``-``. A folder yields its files with one
    of *suffixes* (hidden files and folders left out), in sorted order, each folder's
    files before its subfolders. A path named explicitly is read whatever
    its suffix, its links resolved once; links met in a folder are passed over unless
    *follow_links*, and so are the files and folders that *exclude* names (a path named
    on the command line is read all the same). A file met again (the same device and
    inode: named twice, through a link, or in a folder also named) is read once, under
    the name it was first met by, the others coming as ``PassedOver``; unless not
    *once*, for a command that writes no file (``extract``), which reads each. An empty
    path raises
    ``InputError`` before anything is read. A regular file of more than *large* bytes is
    not read: it comes as a ``LargeFile``.
    """
    if any(argument == "" for argument in arguments):
        raise InputError("an empty path names no file (use '.' for the current folder)")
    # A file reached again is read once: a second --fix would find it changed since read.
    seen: Seen = {}
    met_again: list[PassedOver] = []

    def _tell_later(name: str, why: str) -> None:
        met_again.append(PassedOver(name, why))

    for argument in arguments or [STDIN]:
        if argument == STDIN:
            yield read_stdin()
            continue
        found = walk_path(
            argument, suffixes=suffixes, follow_links=follow_links, exclude=exclude, on_skip=on_skip
        )
        # Each file is read before the walk goes on: its folder is open until then.
        if not once:
            yield from (_read_found(entry, large) for entry in found)
            continue
        for entry in once_each(found, seen, _tell_later):
            yield from _told_in_turn(met_again)
            yield _read_found(entry, large)
        yield from _told_in_turn(met_again)


def _told_in_turn(met_again: list[PassedOver]) -> Iterator[PassedOver]:
    """The files met again so far, each once."""
    yield from met_again
    met_again.clear()


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


def _read_found(
    found: FoundFile | WalkFailure, large: int | None
) -> SourceText | InputFailure | LargeFile:
    """A file the walk found, read (in its folder, if the walk has it open), or handed on
    unread when it is a regular file of more than *large* bytes."""
    if isinstance(found, WalkFailure):
        return InputFailure(found.name, found.reason)
    status = found.status
    if large is not None and stat.S_ISREG(status.st_mode) and status.st_size > large:
        # Read later, when the walk has closed its folder: by its path, as it was found.
        return LargeFile(found.name, Path(found.path), resolve=found.folder is None)
    if found.folder is None:
        return _source(found.name, read_path, found.path)
    return _source(found.name, read_file, *found.folder)


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
