"""Reading files without surprises: folders opened without following a last link, a
file opened only once it is known to be a regular file (a FIFO, socket or device is
never opened, so it cannot hang a reader or fill its memory), and why a file could not
be read said in words. Shared by the folder walk (``_folder_walk``), the command's
reading and writing back of files (``_cli.safe_write``) and the workers of
:func:`julian_gregorian.dumps.check_files_on_dask`."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from typing import TypeVar

from julian_gregorian.errors import InputError

O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)


class FileError(InputError):
    """A file that cannot be read or written; the message names the reason, not the file."""


class NotRegularFileError(FileError):
    """A FIFO, socket, device, folder or link where a regular file was expected."""


class FileLeftAloneError(FileError):
    """A fix that was not written on purpose; the file is as it was."""


class FileReplacedError(FileLeftAloneError):
    """The name no longer leads to the file that was read (moved, swapped, now a link)."""


def reason(error: OSError) -> str:
    """Why *error* kept a file from being read, in words."""
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if error.errno == errno.ELOOP:
        return "is a symbolic link"
    return f"cannot be read ({error.strerror or error})"


def kind_of(mode: int) -> str:
    """What a file of *mode* is, in words: ``a FIFO``, ``a socket``, ``a directory``..."""
    kinds = (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISLNK, "a symbolic link"),
    )
    return next((words for test, words in kinds if test(mode)), "not a regular file")


def open_folder(path: str, *, nofollow: bool = False) -> int:
    """A descriptor of the folder *path*; ``FileError`` with the reason if none.

    With *nofollow*, a link as the last part of *path* is refused, not followed.
    """
    flags = os.O_RDONLY | _O_DIRECTORY | O_CLOEXEC | (O_NOFOLLOW if nofollow else 0)
    try:
        return os.open(path, flags)
    except NotADirectoryError:
        raise NotRegularFileError("not a directory") from None
    except OSError as error:
        raise FileError(reason(error)) from None


def identity(status: os.stat_result) -> tuple[int, int]:
    """Which file *status* is: its device and inode."""
    return status.st_dev, status.st_ino


def read_all(fd: int, size_hint: int) -> bytes:
    """Everything left to read from *fd*."""
    chunks: list[bytes] = []
    while True:
        chunk = os.read(fd, max(size_hint, 1 << 16))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def open_regular(folder_fd: int, name: str, flags: int) -> tuple[int, os.stat_result]:
    """Open *name* (never through a link) once it is known to be a regular file."""
    try:
        # Looked at before opening: opening a FIFO waits for a writer, a device may act.
        before = os.stat(name, dir_fd=folder_fd, follow_symlinks=False)
    except OSError as error:
        raise FileError(reason(error)) from None
    if not stat.S_ISREG(before.st_mode):
        raise NotRegularFileError(f"{kind_of(before.st_mode)}, not a regular file")
    try:
        fd = os.open(name, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, dir_fd=folder_fd)
    except OSError as error:
        raise FileError(reason(error)) from None
    status = os.fstat(fd)
    if not stat.S_ISREG(status.st_mode) or identity(status) != identity(before):
        os.close(fd)
        raise FileReplacedError("replaced while it was being opened")
    return fd, status


def read_regular(folder: str, folder_fd: int, name: str) -> tuple[bytes, os.stat_result]:
    """The bytes of the regular file *name* in the open folder *folder_fd* (at *folder*),
    and its status when opened; ``FileError`` saying why otherwise."""
    fd, status = open_regular(folder_fd, name, os.O_RDONLY)
    try:
        return read_all(fd, status.st_size + 1), status
    except OSError as error:
        raise FileError(reason(error)) from None
    finally:
        os.close(fd)


Read = TypeVar("Read")


def open_real_folder(path: str) -> int:
    """A descriptor of the folder *path* (made absolute), opened one folder at a time
    from the root, none of them through a symbolic link; ``FileError`` if one is a link
    now (or gone, or no folder)."""
    folder_fd = open_folder(os.sep)
    try:
        for part in os.path.abspath(path).split(os.sep):
            if not part:
                continue
            inner = _open_inner_folder(folder_fd, part)
            os.close(folder_fd)
            folder_fd = inner
    except BaseException:
        os.close(folder_fd)
        raise
    return folder_fd


def _open_inner_folder(folder_fd: int, name: str) -> int:
    flags = os.O_RDONLY | _O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW
    try:
        return os.open(name, flags, dir_fd=folder_fd)
    except OSError as error:
        # A link refused by O_NOFOLLOW is ENOTDIR or ELOOP, as the system has it: said apart.
        if _is_link(folder_fd, name):
            raise NotRegularFileError(
                "a folder on its path is a symbolic link, not followed"
            ) from None
        if isinstance(error, NotADirectoryError):
            raise NotRegularFileError("a folder on its path is not a directory") from None
        raise FileError(reason(error)) from None


def _is_link(folder_fd: int, name: str) -> bool:
    try:
        return stat.S_ISLNK(os.stat(name, dir_fd=folder_fd, follow_symlinks=False).st_mode)
    except OSError:
        return False


def in_real_folder(
    path: str, read: Callable[[str, int, str], Read], *, resolve: bool = True
) -> Read:
    """``read(folder, folder_fd, name)`` of the file *path*, in its folder opened.

    With *resolve* (a path named on purpose), its symbolic links are resolved once, here
    and now. Without (a path a folder walk met, already real), no link on it is
    followed: each folder is opened through no link (``open_real_folder``), and a link
    where a folder or the file was is refused, as *read* refuses one in place of the
    file (``read_regular``: ``FileError``).
    """
    if resolve:
        folder, name = os.path.split(os.path.realpath(path))
        folder_fd = open_folder(folder)
    else:
        folder, name = os.path.split(os.path.abspath(path))
        folder_fd = open_real_folder(folder)
    try:
        return read(folder, folder_fd, name)
    finally:
        os.close(folder_fd)
