"""Opening folders without following a last link, and saying in words why a file
could not be read: shared by the folder walk (``_folder_walk``) and the command's
reading and writing back of files (``_cli.safe_write``)."""

from __future__ import annotations

import errno
import os
import stat

from julian_gregorian.errors import InputError

O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)


class FileError(InputError):
    """A file that cannot be read or written; the message names the reason, not the file."""


class NotRegularFileError(FileError):
    """A FIFO, socket, device, folder or link where a regular file was expected."""


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
