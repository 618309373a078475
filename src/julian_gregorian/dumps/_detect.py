"""Recognising a MediaWiki XML export by its content, whatever the file is called."""

from __future__ import annotations

import bz2
import gzip
import re
from pathlib import Path
from typing import IO, Literal

from julian_gregorian.errors import DumpError, InputError

Compression = Literal["bz2", "gzip", "none"]

BZ2_MAGIC = b"BZh"
GZIP_MAGIC = b"\x1f\x8b"

#: Enough of the XML to hold a declaration, comments and the root's start tag.
_PROBE = 4096
# The root start tag after an optional BOM, XML declaration, comments and whitespace.
_ROOT = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>)?(?:\s*<!--.*?-->)*\s*<mediawiki[\s>/]", re.DOTALL
)


def compression_of(head: bytes) -> Compression:
    """How a file whose first bytes are *head* is compressed, from its magic bytes."""
    if head.startswith(BZ2_MAGIC) and len(head) > 3 and head[3:4] in b"123456789":
        return "bz2"
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    return "none"


def open_decompressed(
    path: Path, compression: Compression
) -> bz2.BZ2File | gzip.GzipFile | IO[bytes]:
    """The file's XML bytes as a stream: every bz2 stream of a multistream file in turn."""
    if compression == "bz2":
        return bz2.open(path, "rb")
    if compression == "gzip":
        return gzip.open(path, "rb")
    return path.open("rb")


def dump_compression(path: Path) -> Compression | None:
    """The compression of *path* if it is a MediaWiki XML export, ``None`` if it is not.

    Decompresses only the first block: a bz2 file costs one block (at most 900 kB of XML).
    A file that cannot be opened is an ``InputError``.
    """
    try:
        with path.open("rb") as raw:
            compression = compression_of(raw.read(4))
        with open_decompressed(path, compression) as stream:
            head = stream.read(_PROBE)
    except (OSError, EOFError) as error:
        if isinstance(error, (FileNotFoundError, IsADirectoryError, PermissionError)):
            raise InputError(f"{path}: cannot be read ({error.strerror})") from None
        if compression == "none":
            raise InputError(f"{path}: cannot be read ({error})") from None
        # A compressed file that is not a dump after all (or broken): not ours to judge.
        return None
    return compression if _ROOT.match(head) else None


def require_dump(path: Path) -> Compression:
    """The compression of the dump *path*; ``DumpError`` if it is not a MediaWiki export."""
    compression = dump_compression(path)
    if compression is None:
        raise DumpError(f"{path}: not a MediaWiki XML export (no <mediawiki> root element)")
    return compression
