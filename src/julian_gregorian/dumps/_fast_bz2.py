"""bz2 decompressed by ``indexed_bzip2`` where it is installed: a quarter faster on one core.

``indexed_bzip2`` (the optional ``fast`` extra) decodes a bz2 file, every stream of a
multistream file in turn, at about 41 MB of XML per CPU second on this project's bench
dump against the standard library's 33 (one thread: ``parallelization=1``). It reads
what it is given as one whole, so a chunk that ends at a stream start is handed to it
as a window of the file ending there, and what follows the chunk as further windows.

It is used only where its answer is the standard library's: the caller hands it only
windows that are bz2 streams back to back. A file cut short, or with bytes between or
after its streams (which bzip2 allows after the last one and the standard library's
reader passes over in silence, where ``indexed_bzip2`` warns on standard error), is
left to the standard library, whose messages and leniency stay as they are. Where it
fails all the same (data broken inside), :class:`DecoderError` tells the caller, which
decodes again with the standard library: ``indexed_bzip2`` drops the XML of a read that
fails, a megabyte, so only that gives the pages before the break and the standard
library's message. Set :data:`DISABLE_VARIABLE` to a non-empty value to leave
``indexed_bzip2`` unused (to compare, or to rule it out).
"""

from __future__ import annotations

import importlib
import io
import os
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

DISABLE_VARIABLE = "JULIAN_GREGORIAN_NO_INDEXED_BZIP2"
#: XML bytes asked of the decoder at once.
_READ = 1 << 20


class DecoderError(Exception):
    """``indexed_bzip2`` stopped on data it could not decode; what it raised is the cause."""


def indexed_bzip2() -> Any | None:
    """The ``indexed_bzip2`` module, or ``None`` where it is missing or turned off."""
    if os.environ.get(DISABLE_VARIABLE):
        return None
    try:
        return importlib.import_module("indexed_bzip2")
    except ImportError:
        return None


class _Window(io.RawIOBase):
    """Bytes *start* to *end* of *stream*, seen as a whole file; *on_read* is told the
    offset in *stream* up to which they have been read."""

    def __init__(
        self, stream: BinaryIO, start: int, end: int, on_read: Callable[[int], None]
    ) -> None:
        super().__init__()
        self._stream = stream
        self._start = start
        self._end = end
        self._position = 0
        self._on_read = on_read
        #: The offset in *stream* up to which the decoder has read.
        self.reached = start

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET, /) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._end - self._start}
        self._position = max(0, base[whence] + offset)
        return self._position

    def readinto(self, buffer: Any, /) -> int:
        at = self._start + self._position
        wanted = min(len(buffer), max(0, self._end - at))
        self._stream.seek(at)
        data = self._stream.read(wanted)
        buffer[: len(data)] = data
        self._position += len(data)
        if at + len(data) > self.reached:
            self.reached = at + len(data)
            self._on_read(self.reached)
        return len(data)


def window_xml(
    module: Any, stream: BinaryIO, start: int, end: int, on_read: Callable[[int], None]
) -> Iterator[bytes]:
    """The XML of the bz2 streams that fill bytes *start* to *end* of *stream*, decoded
    by ``indexed_bzip2`` (*module*) on one thread; :class:`DecoderError` where it stops."""
    if start >= end:
        return
    window = _Window(stream, start, end, on_read)
    with _failing_as_decoder(lambda: module.IndexedBzip2File(window, parallelization=1)) as xml:
        # It gives a block's XML before it checks the block's CRC, at the block's end:
        # what is read is held until the decoder is in a later block (as ``bz2`` gives a
        # block only once checked), so that a broken block's XML is never handed on.
        held: list[bytes] = []
        block = -1  # bit offset of the block the last read ended in
        while data := _failing_as_decoder(lambda: xml.read(_READ)):
            if (now := xml.tell_compressed()) != block:
                yield from held
                held.clear()
                block = now
            held.append(data)
        yield from held


def _failing_as_decoder(call: Callable[[], Any]) -> Any:
    """What *call* returns; what it raises, whatever its type, as :class:`DecoderError`
    (``indexed_bzip2`` raises ``RuntimeError`` and ``ValueError`` and says little: a file
    cut short is a bare 'std::exception'; the standard library, decoding again, says where
    the data broke)."""
    try:
        return call()
    except Exception as error:
        raise DecoderError(str(error)) from error
