"""Reading a file so that a later fix writes back to that very file, and nothing else.

``read_file`` opens one name inside an open folder without following a symbolic link,
refuses anything but a regular file (a FIFO, socket or device is never read, so it
cannot hang or fill the memory), and returns the bytes with a ``FileState``: where the
file is (its folder's real path and identity), which inode it is, and its size,
modification time and content hash when read.

``replace_file`` writes the fixed bytes back only if the name still leads to that inode,
unchanged; otherwise the file is left alone (``FileChangedError``, ``FileReplacedError``). A
read-only file is left alone too (``ReadOnlyFileError``). The write keeps the file's owner,
group, exact mode (set-user-ID and set-group-ID bits only if they were there) and
extended attributes, and all of its hard links:

- a file with one link is replaced atomically: a temporary file in the same folder
  (named ``.NAME.julian-gregorian-PID.tmp``) gets the bytes, the owner, mode and
  attributes, is flushed to disk and renamed over the name;
- a file with more links, or whose owner or mode a temporary file cannot take (an
  unprivileged user fixing another user's group-writable file), is rewritten in place
  through the descriptor that was checked, so every name sees the fix and the inode
  stays the same. That write is not atomic: a power loss or ``kill -9`` in the middle
  of it can leave a partly written file, which a rename cannot.

Interrupts (Ctrl-C, ``SIGTERM``, ``SIGHUP``) are held back while the bytes are written
and delivered right after, so an interrupted run leaves the old or the new file and no
temporary. A temporary left by a killed run is removed by ``remove_stale_temporaries``
when its process is gone.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import signal
import stat
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from julian_gregorian._file_access import (
    O_CLOEXEC,
    O_NOFOLLOW,
    O_NONBLOCK,
    FileError,
    FileLeftAloneError,
    FileReplacedError,
    identity,
    in_real_folder,
    open_folder,
    open_regular,
    read_all,
    read_regular,
)

#: ``.NAME.julian-gregorian-PID.tmp``: what ``temporary_name`` makes and cleaning removes.
TEMPORARY = re.compile(r"\..+\.julian-gregorian-(\d+)\.tmp", re.DOTALL)
_NAME_BYTES = 200  # room for the decoration within the usual 255-byte limit of a name

_HELD_SIGNALS = {
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
}

#: Called just before a verified file is replaced; tests set it to swap the file then.
before_replace: Callable[[str, str], None] | None = None


class ReadOnlyFileError(FileLeftAloneError):
    """The file has no write permission for its user (or none at all, as 0444)."""


class FileChangedError(FileLeftAloneError):
    """The file's size, modification time or content changed after it was read."""


@dataclass(frozen=True)
class FileState:
    """A regular file as it was read: where, which inode, and what it held."""

    folder: str
    folder_id: tuple[int, int]
    name: str
    file_id: tuple[int, int]
    size: int
    mtime_ns: int
    digest: bytes

    @property
    def path(self) -> str:
        return os.path.join(self.folder, self.name)


def read_file(folder: str, folder_fd: int, name: str) -> tuple[bytes, FileState]:
    """The bytes of the regular file *name* in the open folder *folder_fd* (at *folder*)."""
    raw, status = read_regular(folder, folder_fd, name)
    state = FileState(
        folder,
        identity(os.fstat(folder_fd)),
        name,
        identity(status),
        status.st_size,
        status.st_mtime_ns,
        hashlib.sha256(raw).digest(),
    )
    return raw, state


def read_path(path: str, resolve: bool = True) -> tuple[bytes, FileState]:
    """Read the file *path*, its symbolic links resolved once, here and now; without
    *resolve*, through no link (``in_real_folder``)."""
    return in_real_folder(path, read_file, resolve=resolve)


def temporary_name(name: str, pid: int | None = None) -> str:
    """``.NAME.julian-gregorian-PID.tmp``, *name* shortened to fit a file name's limit."""
    raw = os.fsencode(name)[:_NAME_BYTES]
    return f".{os.fsdecode(raw)}.julian-gregorian-{os.getpid() if pid is None else pid}.tmp"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process: alive, not ours to judge
    return True


def remove_stale_temporaries(folder: str) -> list[str]:
    """Remove the temporaries of dead runs in *folder*; the names removed."""
    removed: list[str] = []
    try:
        folder_fd = open_folder(folder)
    except FileError:
        return removed
    try:
        for name in os.listdir(folder_fd):
            match = TEMPORARY.fullmatch(name)
            if match is None or _alive(int(match.group(1))):
                continue
            with contextlib.suppress(OSError):
                found = os.stat(name, dir_fd=folder_fd, follow_symlinks=False)
                if stat.S_ISREG(found.st_mode):
                    os.unlink(name, dir_fd=folder_fd)
                    removed.append(name)
    finally:
        os.close(folder_fd)
    return removed


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C and termination signals back for the block; they arrive right after it.

    Python runs signal handlers in the main thread only, so elsewhere there is nothing
    to hold: an interrupt cannot land inside a worker thread's write.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    # A handler installed outside Python (``None``) cannot be put back: leave it be.
    previous = {
        number: handler
        for number in _HELD_SIGNALS
        if (handler := signal.getsignal(number)) is not None
    }

    def remember(number: int, frame: object) -> None:
        caught.append(number)

    for number in previous:
        signal.signal(number, remember)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for number in dict.fromkeys(caught):
            signal.raise_signal(number)


def _verify(fd: int, state: FileState) -> os.stat_result:
    """The current status of the open file, if it is still the file that was read."""
    status = os.fstat(fd)
    if identity(status) != state.file_id:
        raise FileReplacedError("replaced by another file since it was read")
    unchanged = status.st_size == state.size and status.st_mtime_ns == state.mtime_ns
    if unchanged:
        os.lseek(fd, 0, os.SEEK_SET)
        unchanged = hashlib.sha256(read_all(fd, status.st_size + 1)).digest() == state.digest
    if not unchanged:
        raise FileChangedError("changed since it was read")
    return status


def _read_only(status: os.stat_result, folder_fd: int, name: str) -> bool:
    if not status.st_mode & 0o222:
        return True
    return not os.access(name, os.W_OK, dir_fd=folder_fd)


def _copy_attributes(source_fd: int, target_fd: int) -> None:
    if not hasattr(os, "listxattr"):  # pragma: no cover - not Linux
        return
    try:
        names = os.listxattr(source_fd)
    except OSError as error:
        if error.errno in (errno.ENOTSUP, errno.EOPNOTSUPP):
            return
        raise
    for attribute in names:
        os.setxattr(target_fd, attribute, os.getxattr(source_fd, attribute))


def _write_temporary(folder_fd: int, temporary: str, data: bytes, like: int) -> bool:
    """Write *data* to a new *temporary* with the owner, mode and attributes of *like*.

    ``False`` (and no temporary) when the temporary cannot take them, so the caller
    writes in place instead; any other failure is raised, the temporary removed.
    """
    status = os.fstat(like)
    try:
        fd = os.open(
            temporary,
            os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_NOFOLLOW | O_CLOEXEC,
            0o600,
            dir_fd=folder_fd,
        )
    except PermissionError:
        return False  # a folder we cannot add to: the file itself may still be writable
    try:
        try:
            made = os.fstat(fd)
            if (made.st_uid, made.st_gid) != (status.st_uid, status.st_gid):
                os.fchown(fd, status.st_uid, status.st_gid)
            # After chown, which clears the set-ID bits: the exact mode, those included.
            os.fchmod(fd, stat.S_IMODE(status.st_mode))
            _copy_attributes(like, fd)
        except PermissionError:
            kept = False
        else:
            made = os.fstat(fd)
            kept = (made.st_uid, made.st_gid, made.st_mode) == (
                status.st_uid,
                status.st_gid,
                status.st_mode,
            )
        if kept:
            _write_fully(fd, data)
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(temporary, dir_fd=folder_fd)
        raise
    os.close(fd)
    if not kept:
        os.unlink(temporary, dir_fd=folder_fd)
    return kept


def _write_fully(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _write_in_place(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    _write_fully(fd, data)
    os.ftruncate(fd, len(data))
    os.fsync(fd)


def replace_file(state: FileState, data: bytes) -> None:
    """Write *data* to the file *state* describes, if it is still that file, unchanged.

    Raises a ``FileLeftAloneError`` when it is not written on purpose (read-only, changed,
    replaced), a ``FileError`` when writing fails (the file is then as it was).
    """
    try:
        folder_fd = open_folder(state.folder)
    except FileError as error:
        raise FileReplacedError(f"its folder cannot be opened again ({error})") from None
    try:
        if identity(os.fstat(folder_fd)) != state.folder_id:
            raise FileReplacedError("its folder was replaced since it was read")
        try:
            fd, _ = open_regular(folder_fd, state.name, os.O_RDONLY)
        except FileReplacedError:
            raise
        except FileError as error:
            raise FileReplacedError(f"no longer the file that was read ({error})") from None
        try:
            _replace_verified(folder_fd, fd, state, data)
        finally:
            os.close(fd)
    except OSError as error:
        raise FileError(f"cannot be written ({error.strerror or error})") from None
    finally:
        os.close(folder_fd)


def _replace_verified(folder_fd: int, fd: int, state: FileState, data: bytes) -> None:
    status = _verify(fd, state)
    if _read_only(status, folder_fd, state.name):
        raise ReadOnlyFileError("read-only")
    temporary = temporary_name(state.name)
    with interrupts_held():
        if status.st_nlink == 1 and _write_temporary(folder_fd, temporary, data, fd):
            try:
                _verify(fd, state)
                after = os.stat(state.name, dir_fd=folder_fd, follow_symlinks=False)
                if identity(after) != state.file_id:
                    raise FileReplacedError("replaced by another file since it was read")
                if before_replace is not None:
                    before_replace(state.folder, state.name)
                os.replace(temporary, state.name, src_dir_fd=folder_fd, dst_dir_fd=folder_fd)
            except BaseException:
                os.unlink(temporary, dir_fd=folder_fd)
                raise
            os.fsync(folder_fd)
            return
        try:
            writable = os.open(
                state.name, os.O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, dir_fd=folder_fd
            )
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise FileReplacedError("now a symbolic link") from None
            raise
        try:
            if identity(os.fstat(writable)) != state.file_id:
                raise FileReplacedError("replaced by another file since it was read")
            _verify(fd, state)
            if before_replace is not None:
                before_replace(state.folder, state.name)
            _write_in_place(writable, data)
        finally:
            os.close(writable)
