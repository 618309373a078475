"""Hyperscan's databases kept on disk: compiled once, loaded by later processes.

Hyperscan compiles the accelerators' databases (see
:mod:`~julian_gregorian.text._locate.hyperscan_candidates`) in about a second of CPU
all told, in every process that builds them: each worker of a dump run, each run of
the command. Serialized, they take 2.7 MB, and Hyperscan loads one in under a
millisecond. So a database compiled once is written to the user's cache folder (see
:func:`~julian_gregorian._user_cache.cache_folder`), and a later process that would
compile the same patterns loads it instead.

A database is filed under a hash of exactly what is compiled (every expression, its id
and flags, the mode) and of the Hyperscan that compiles it (the binding's version, the
library's version and the CPU features it compiles for, as the database itself reports
them, the platform): a file can only be found by a process that would compile the same
database. A file that cannot be read, or is cut short, corrupt (its digest is checked
before Hyperscan reads it) or refused by Hyperscan, is compiled again and replaced; a
folder that cannot be written leaves the database compiled, as without the cache. The
translation of the passes into Hyperscan's patterns (0.1 to 0.3 s of CPU) is done as
before: the cache holds only what it is sure to give back unchanged.

Hyperscan trusts a database it loads (a crafted one can crash the process or change
what a scan finds), and the digest tells damage only: whoever can write a file can write
its digest. So the files are kept in a folder only the user can write (made so, see
:func:`_private_folder`), and only a regular file of the user's, of a database's size at
most, is read: never a link, a FIFO (which would hang the reading) or a device. A folder
of another user's is neither read nor written.

Files are written whole under a temporary name and renamed into place, so that processes
writing the same database at once never leave a mixed one. Their number is bounded:
past :data:`MOST_FILES`, those used least recently are removed (a file loaded is marked
used), so databases of patterns an older version compiled do not pile up.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import platform
import stat
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from julian_gregorian._file_access import O_CLOEXEC, O_NOFOLLOW, O_NONBLOCK
from julian_gregorian._user_cache import cache_folder

#: The layout of the files (the header and what the key holds): a change of it moves the
#: cache to a folder of its own.
_FORMAT = 1
_SUBFOLDER = f"hyperscan-{_FORMAT}"
_SUFFIX = ".hsdb"
_MAGIC = b"julian-gregorian hyperscan database\n"
_DIGEST = 32  # (bytes of a SHA-256 digest)
#: Databases kept at most: the accelerators compile 8 today, so this many hold those of
#: a few versions of the patterns (two installed versions in use, say) at once.
MOST_FILES = 32
#: Bytes past which a file is not read: the largest database the accelerators compile
#: takes 1.1 MB today.
LARGEST = 64 << 20
#: Age in seconds past which a temporary file is taken to be left by a process that died
#: while writing it, and removed.
_STALE = 3600

#: How many databases this process compiled, loaded from the cache and stored in it
#: (what the tests observe: a second process loads what the first compiled).
counts: Counter[str] = Counter()


def compiled_database(
    hyperscan: Any, expressions: Sequence[bytes], ids: Sequence[int], flags: Sequence[int]
) -> Any:
    """A block mode database of *expressions* (with their *ids* and *flags*), loaded from
    the cache where an earlier process stored it, else compiled (and stored). Raises what
    Hyperscan's compilation raises."""
    folder = cache_folder()
    if (
        folder is None
        or not hasattr(hyperscan, "dumpb")
        or not hasattr(hyperscan, "loadb")
        or not _private_folder(folder / _SUBFOLDER)
    ):
        return _compiled(hyperscan, expressions, ids, flags)
    path = folder / _SUBFOLDER / (database_key(hyperscan, expressions, ids, flags) + _SUFFIX)
    database = _loaded(hyperscan, path)
    if database is not None:
        counts["loaded"] += 1
        return database
    database = _compiled(hyperscan, expressions, ids, flags)
    _store(hyperscan, database, path)
    return database


def database_key(
    hyperscan: Any, expressions: Sequence[bytes], ids: Sequence[int], flags: Sequence[int]
) -> str:
    """The name of the file of a database: a hash of what is compiled and of what
    compiles it (see the module's docstring)."""
    compiled = (int(hyperscan.HS_MODE_BLOCK), list(zip(expressions, ids, flags, strict=True)))
    described = repr((_FORMAT, _compiler(hyperscan), compiled)).encode("utf-8")
    return hashlib.sha256(described).hexdigest()


@functools.cache
def _compiler(hyperscan: Any) -> str:
    """What tells one Hyperscan's databases from another's: the binding's version, and
    the library's version and the CPU features it compiles for on this machine, as a
    database it compiles reports them (a pattern's, compiled in some 0.2 ms)."""
    probe = hyperscan.Database()
    probe.compile(expressions=[b"a"], ids=[0], flags=[0])
    information = probe.info() if hasattr(probe, "info") else b""
    return repr(
        (
            getattr(hyperscan, "__version__", ""),
            information,
            sys.platform,
            platform.machine(),
            sys.maxsize,
            sys.byteorder,
        )
    )


def _private_folder(folder: Path) -> bool:
    """Whether *folder* is one only this user can write, created so where missing (the
    user's folder another's umask or an earlier version left writable by others is made
    so); ``False`` where it is another user's or cannot be made."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = os.stat(folder)
        if not stat.S_ISDIR(status.st_mode) or not _owned(status):
            return False
        if status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            os.chmod(folder, 0o700)
    except OSError:
        return False
    return True


def _owned(status: os.stat_result) -> bool:
    """Whether the file of *status* is this user's (where a system has owners)."""
    return not hasattr(os, "geteuid") or status.st_uid == os.geteuid()


def _compiled(
    hyperscan: Any, expressions: Sequence[bytes], ids: Sequence[int], flags: Sequence[int]
) -> Any:
    database = hyperscan.Database()
    database.compile(expressions=list(expressions), ids=list(ids), flags=list(flags))
    counts["compiled"] += 1
    return database


def _loaded(hyperscan: Any, path: Path) -> Any:
    """The database the file *path* holds; ``None`` where there is none, or where it
    cannot be read, does not hold what was written, or Hyperscan refuses it."""
    data = _read(path)
    if data is None:
        return None
    magic, digest, payload = (
        data[: len(_MAGIC)],
        data[len(_MAGIC) : len(_MAGIC) + _DIGEST],
        data[len(_MAGIC) + _DIGEST :],
    )
    if magic != _MAGIC or hashlib.sha256(payload).digest() != digest:
        return None
    try:
        database = hyperscan.loadb(payload, hyperscan.HS_MODE_BLOCK)
        # (the scratch space a compiled database comes with, which a loaded one lacks:
        # a scan that is given none uses it)
        database.scratch = hyperscan.Scratch(database)
    except (hyperscan.error, TypeError, ValueError):  # (another version's, another CPU's)
        return None
    with contextlib.suppress(OSError):  # (on a read-only file system, say)
        os.utime(path)  # (used: see _prune)
    return database


def _read(path: Path) -> bytes | None:
    """The bytes of *path* where it is a regular file of the user's of :data:`LARGEST`
    bytes at most (looked at before it is opened: opening a FIFO waits for a writer, a
    device may act); ``None`` otherwise."""
    try:
        if not _readable(os.stat(path, follow_symlinks=False)):
            return None
        handle = os.open(path, os.O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        with os.fdopen(handle, "rb") as file:
            # (again as opened: another process may have renamed its file into place)
            status = os.fstat(handle)
            if not _readable(status):
                return None
            # (its size and a byte, not LARGEST: a read allocates all it may read)
            data = file.read(status.st_size + 1)
    except OSError:
        return None
    return data if len(data) <= LARGEST else None


def _readable(status: os.stat_result) -> bool:
    return stat.S_ISREG(status.st_mode) and _owned(status) and status.st_size <= LARGEST


def _store(hyperscan: Any, database: Any, path: Path) -> None:
    """Write *database* to *path*, atomically; nothing where it cannot be written."""
    try:
        payload = bytes(hyperscan.dumpb(database))
    except (hyperscan.error, TypeError, ValueError):
        return
    data = _MAGIC + hashlib.sha256(payload).digest() + payload
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError:  # (read-only, full): the database serves all the same
        return
    counts["stored"] += 1
    _prune(path.parent, path)


def _prune(folder: Path, kept: Path) -> None:
    """Remove the files of *folder* past :data:`MOST_FILES` used least recently (never
    *kept*, just written), and temporary files left by processes that died writing."""
    now = time.time()
    used: list[tuple[float, Path]] = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            with contextlib.suppress(OSError):  # (removed meanwhile by another process)
                modified = entry.stat().st_mtime
                if entry.name.endswith(_SUFFIX) and entry.path != str(kept):
                    used.append((modified, Path(entry.path)))
                elif entry.name.endswith(".tmp") and now - modified > _STALE:
                    os.unlink(entry.path)
    used.sort()
    for _, path in used[: max(0, len(used) + 1 - MOST_FILES)]:
        with contextlib.suppress(OSError):
            path.unlink()
