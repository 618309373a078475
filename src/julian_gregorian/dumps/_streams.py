"""Splitting a dump into chunks that can be read apart: bz2 streams or byte ranges.

A multistream bz2 dump is many bz2 streams one after the other; Wikimedia's start a new
stream every 100 pages and list the streams' offsets in an index file
(``...-multistream-index.txt.bz2``, lines ``offset:page_id:title``). Without an index
the stream starts are found by their magic bytes. A plain XML file splits anywhere.

A chunk owns the pages whose ``<page>`` tag starts inside it: it reads on past its end
to finish its last page and skips the end of its first one, so chunks need not fall on
page boundaries and every page is read exactly once.
"""

from __future__ import annotations

import bz2
import gzip
import io
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from julian_gregorian.dumps._detect import Compression
from julian_gregorian.dumps._fast_bz2 import DecoderError, indexed_bzip2, window_xml
from julian_gregorian.errors import DumpError, InputError

#: A bz2 stream header (``BZh`` and the block size) and its first block's magic number.
_STREAM_START = re.compile(rb"BZh[1-9]\x31\x41\x59\x26\x53\x59")
#: The same, or a header followed by the end-of-stream magic: a stream without blocks.
_OPENS_A_STREAM = re.compile(rb"BZh[1-9](?:\x31\x41\x59\x26\x53\x59|\x17\x72\x45\x38\x50\x90)")
#: Bytes of :data:`_OPENS_A_STREAM`, and bytes before a stream start that hold the end of
#: the stream before it (see :func:`_ends_a_stream`).
_OPENING = 10
_CLOSING = 11
#: The magic number that ends a bz2 stream; a 32-bit CRC and up to 7 bits of padding follow.
_STREAM_END = 0x177245385090
_READ = 1 << 20
_PAGE_TAG = re.compile(rb"<page[\s>]")
#: The end tags after which a chunk that stops there needs nothing of the next stream.
_CLOSED = (b"</page>", b"</siteinfo>")
# Enough bytes kept back to see a "<page" tag cut by a read, and an end tag of _CLOSED
# with the white space after it.
_TAG_TAIL = 64

#: Told the number of file bytes read so far.
ReadProgress = Callable[[int], None]


@dataclass(frozen=True)
class Chunk:
    """Bytes ``start`` to ``end`` (``None``: the end of the file) of the dump ``path``."""

    path: str
    compression: Compression
    start: int
    end: int | None

    @property
    def size(self) -> int | None:
        return None if self.end is None else self.end - self.start


def index_path(dump: Path) -> Path | None:
    """The multistream index beside *dump*, by Wikimedia's naming, if there is one."""
    name = dump.name
    for suffix in (".xml.bz2", ".bz2"):
        if name.endswith(suffix):
            candidate = dump.with_name(name[: -len(suffix)] + "-index.txt.bz2")
            return candidate if candidate.is_file() else None
    return None


def read_index(index: Path, dump_size: int) -> list[int]:
    """The stream offsets listed in a multistream index, in order and without repeats."""
    offsets: list[int] = []
    try:
        with bz2.open(index, "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                offset, colon, _rest = line.partition(":")
                if not colon or not offset.isdigit():
                    raise DumpError(f"{index}:{number}: not an 'offset:page_id:title' line")
                value = int(offset)
                if not offsets or value != offsets[-1]:
                    offsets.append(value)
    except (OSError, EOFError, UnicodeDecodeError) as error:
        raise DumpError(f"{index}: cannot be read as a bz2 index ({error})") from None
    if offsets != sorted(offsets) or (offsets and offsets[-1] >= dump_size):
        raise DumpError(f"{index}: its offsets do not fit the dump ({dump_size} bytes)")
    return offsets


def _ends_a_stream(before: bytes) -> bool:
    """Whether *before*, the bytes before a candidate start, end with a bz2 stream's end.

    The end-of-stream magic is not byte-aligned: 48 bits of magic and 32 of CRC, then 0
    to 7 bits of padding, so it is looked for at each of the eight bit shifts.
    """
    if len(before) < _CLOSING - 1:
        return False
    bits = int.from_bytes(before[-_CLOSING:], "big")
    return any((bits >> (32 + pad)) & 0xFFFFFFFFFFFF == _STREAM_END for pad in range(8))


def scan_stream_starts(path: Path) -> list[int]:
    """The offsets of every bz2 stream in *path*, found by their magic bytes.

    A candidate counts only when the bytes before it end a stream, so a magic number that
    happens to occur inside compressed data is not taken for a start.
    """
    starts = [0]
    overlap = 16
    with path.open("rb") as raw:
        position = 0
        kept = b""
        while block := raw.read(_READ):
            data = kept + block
            base = position - len(kept)
            for match in _STREAM_START.finditer(data):
                offset = base + match.start()
                if offset > starts[-1] and _ends_a_stream(data[: match.start()]):
                    starts.append(offset)
            position += len(block)
            kept = data[-overlap:]
    return starts


def split(
    path: Path, compression: Compression, chunk_bytes: int, index: Path | None = None
) -> list[Chunk]:
    """Chunks of about *chunk_bytes* compressed bytes that together cover *path*.

    bz2 files split at stream starts (from *index*, the index beside the dump, or a
    scan); a single-stream bz2 or gzip file is one chunk; plain XML splits anywhere.
    """
    size = path.stat().st_size
    name = str(path)
    if compression == "gzip":
        return [Chunk(name, compression, 0, None)]
    if compression == "none":
        cuts = list(range(0, size, max(1, chunk_bytes))) or [0]
    else:
        found = index if index is not None else index_path(path)
        starts = read_index(found, size) if found is not None else scan_stream_starts(path)
        cuts = _grouped(sorted({0, *starts}), chunk_bytes)
    ends: list[int | None] = [*cuts[1:], None]
    return [Chunk(name, compression, start, end) for start, end in zip(cuts, ends, strict=True)]


def _grouped(starts: list[int], chunk_bytes: int) -> list[int]:
    """The stream starts at which chunks of about *chunk_bytes* begin."""
    cuts = [starts[0]]
    for start in starts[1:]:
        if start - cuts[-1] >= chunk_bytes:
            cuts.append(start)
    return cuts


def _raw_pieces(
    stream: BinaryIO, chunk: Chunk, on_read: ReadProgress | None = None
) -> Iterator[tuple[bytes, bool]]:
    """The chunk's file bytes and then the rest of the file, each marked as inside or not."""
    stream.seek(chunk.start)
    left = chunk.size
    while block := stream.read(_READ):
        if on_read is not None:
            on_read(stream.tell() - chunk.start)
        if left is None:
            yield block, True
            continue
        inside, after = block[:left], block[left:]
        left -= len(inside)
        if inside:
            yield inside, True
        if after:
            yield after, False


def _bz2_pieces(
    stream: BinaryIO, chunk: Chunk, on_read: ReadProgress | None = None
) -> Iterator[tuple[bytes, bool]]:
    """The XML of the chunk's streams, then of the streams after it, marked as inside or not.

    Decoded by ``indexed_bzip2`` where it is installed, by the standard library's ``bz2``
    otherwise, and by ``bz2`` again where ``indexed_bzip2`` fails or would meet bytes
    that are no bz2 stream: the same pages, the same error and the same silence.
    ``indexed_bzip2`` is handed only windows of the file that are bz2 streams back to back
    (see :func:`_stream_boundaries`): the chunk's streams, checked whole before they are
    decoded, then the streams after it one at a time, each checked before it is decoded.
    """
    fast = indexed_bzip2()
    if fast is None:
        yield from _stdlib_bz2_pieces(stream, chunk, on_read)
        return
    size = stream.seek(0, io.SEEK_END)
    end = size if chunk.end is None else chunk.end
    told = _Furthest(on_read, chunk.start)
    handed = 0  # bytes of XML handed on
    ended = False  # whether the chunk's end has been told
    try:
        boundaries = _stream_boundaries(stream, chunk.start, size)
        if next((at for at in boundaries if at >= end), None) != end:
            raise DecoderError("the chunk does not end at a stream start")
        for data in window_xml(fast, stream, chunk.start, end, told):
            handed += len(data)
            yield data, True
        if chunk.end is not None:
            ended = True
            yield b"", False  # as below: the chunk's end, told before the next stream is read
            for start, stop in itertools.pairwise(itertools.chain([end], boundaries)):
                for data in window_xml(fast, stream, start, stop, told):
                    handed += len(data)
                    yield data, False
    except DecoderError:
        # The XML of its failed read and of the block it was in is lost, or it was not
        # handed the rest: bz2 gives it, up to the break, and its message.
        again = _stdlib_bz2_pieces(stream, chunk, lambda read: told(chunk.start + read))
        yield from _after(again, handed, ended)


def _stream_boundaries(stream: BinaryIO, start: int, stop: int) -> Iterator[int]:
    """The offsets after *start* up to *stop* where a bz2 stream of *stream* ends and the
    next starts (or the file ends), in order, read as they are asked for;
    :class:`DecoderError` where bytes that are no bz2 stream stand between or after them.

    Such bytes ``indexed_bzip2`` would pass over with a warning on standard error (and
    stop there), where ``bz2`` stops in silence or finds the data broken. A stream start
    is byte-aligned and opens with ``BZh``: at every ``BZh`` the bytes must open a stream
    exactly when the bytes before close one, and *stop* must close one. So junk before a
    stream (it closes nothing) and junk after one that looks like a header (it opens
    nothing) are found, and so is junk at the end.
    """
    stream.seek(start)
    if _OPENS_A_STREAM.match(stream.read(_OPENING)) is None:
        raise DecoderError(f"no bz2 stream starts at byte {start}")
    kept = b""  # the last bytes read before *at*
    at = start  # the file offset read up to
    judged = start + 1  # the offset from which candidates are still to be judged
    while True:
        stream.seek(at)  # the decoder reads the same file in between
        block = stream.read(min(_READ, stop - at))
        at += len(block)
        data = kept + block
        base = at - len(data)
        last = at >= stop or not block
        # A candidate is judged once the bytes that open a stream have been read.
        upto = at if last else at - _OPENING + 1
        found = data.find(b"BZh", judged - base)
        while found >= 0 and base + found < upto:
            opens = _OPENS_A_STREAM.match(data, found) is not None
            if opens != _ends_a_stream(data[max(0, found - _CLOSING) : found]):
                raise DecoderError(f"bytes that are no bz2 stream near byte {base + found}")
            if opens:
                yield base + found
            found = data.find(b"BZh", found + 1)
        if last:
            if not _ends_a_stream(data[-_CLOSING:]):
                raise DecoderError(f"bytes that are no bz2 stream before byte {at}")
            yield at
            return
        judged = upto
        kept = data[-(_CLOSING + _OPENING) :]


class _Furthest:
    """Tells *on_read* the file bytes read past *start*, only when further than before
    (a chunk decoded again is read again from its start)."""

    def __init__(self, on_read: ReadProgress | None, start: int) -> None:
        self._on_read = on_read
        self._start = start
        self._told = 0

    def __call__(self, offset: int) -> None:
        if self._on_read is not None and offset - self._start > self._told:
            self._told = offset - self._start
            self._on_read(self._told)


def _after(
    pieces: Iterator[tuple[bytes, bool]], handed: int, ended: bool
) -> Iterator[tuple[bytes, bool]]:
    """*pieces* without their first *handed* bytes of XML, nor the chunk's end if *ended*."""
    for data, inside in pieces:
        if not data:
            if not ended:
                yield data, inside
            continue
        if handed >= len(data):
            handed -= len(data)
            continue
        yield data[handed:], inside
        handed = 0


def _stdlib_bz2_pieces(
    stream: BinaryIO, chunk: Chunk, on_read: ReadProgress | None = None
) -> Iterator[tuple[bytes, bool]]:
    """:func:`_bz2_pieces` decoded by the standard library's ``bz2``, stream by stream.

    Broken data ends it with the XML of every bz2 block before the broken one (see
    :func:`_up_to_the_break`), then the error.
    """
    decompressor = bz2.BZ2Decompressor()
    position = chunk.start  # file offset of the stream being decompressed
    fed = 0  # bytes of that stream fed to the decompressor so far
    given = 0  # bytes of that stream's XML yielded so far
    inside = True
    name = chunk.path
    whole = Chunk(chunk.path, chunk.compression, chunk.start, None)
    for block, _ in _raw_pieces(stream, whole, on_read):
        while block:
            try:
                data = decompressor.decompress(block)
            except OSError as error:
                for data in _up_to_the_break(stream, position, fed, given):
                    yield data, inside
                raise DumpError(
                    f"{name}: bz2 data broken in the stream at byte {position} ({error})"
                ) from None
            if data:
                given += len(data)
                yield data, inside
            if not decompressor.eof:
                fed += len(block)
                break
            used = len(block) - len(decompressor.unused_data)
            position += fed + used
            fed = given = 0
            block = decompressor.unused_data
            decompressor = bz2.BZ2Decompressor()
            if inside and chunk.end is not None and position >= chunk.end:
                inside = False
                # Tells the chunk's end before the next stream is decompressed: when the
                # chunk's last page is closed there, nothing after it is needed.
                yield b"", False
            if block and not block.startswith(b"BZh"):
                return  # trailing bytes after the last stream, as bzip2 itself allows
    if fed and not decompressor.eof:
        raise DumpError(f"{name}: bz2 data ends in the middle of a stream")


#: Bytes of a broken stream fed to ``bz2`` at once by :func:`_up_to_the_break`: fewer than
#: any bz2 block takes (its header and tables alone take more), so that a call completes
#: at most one block.
_FEED_TO_THE_BREAK = 16


def _up_to_the_break(stream: BinaryIO, start: int, fed: int, given: int) -> Iterator[bytes]:
    """The XML of the broken bz2 stream at offset *start* of *stream* past the first *given*
    bytes, up to its broken block; its first *fed* bytes decoded before without error.

    ``bz2`` drops the XML of a call that meets a broken block: of a megabyte fed at once,
    several blocks' worth. So the stream is decoded again, its first *fed* bytes as
    before, the rest a few bytes at a time: every block before the broken one is given.
    A block's XML comes in the call that completes the block, its CRC checked after it,
    or, where the bytes fed run out as its first 32 kB are given, in that call and the
    next: it is held until a call gives nothing, the block checked. Only a broken dump
    pays for it.
    """
    decompressor = bz2.BZ2Decompressor()
    stream.seek(start)
    decoded = 0  # bytes of XML decoded again
    held: list[bytes] = []
    try:
        while piece := stream.read(min(_READ, fed) if fed > 0 else _FEED_TO_THE_BREAK):
            fed -= len(piece)
            if data := decompressor.decompress(piece):
                held.append(data[max(0, given - decoded) :])
                decoded += len(data)
            if decompressor.eof or not data:
                yield from held  # every block given so far is checked
                held.clear()
            if decompressor.eof:
                return
    except OSError:
        return


def chunk_xml(chunk: Chunk, on_read: ReadProgress | None = None) -> Iterator[bytes]:
    """A well-formed XML document holding exactly the pages that start in *chunk*.

    The first chunk brings the dump's own root start tag and site information; later
    chunks get a bare ``<mediawiki>`` start, and a chunk that stops before the end of the
    file gets the end tag. *on_read* is told how many file bytes have been read so far.
    A dump that cannot be opened (gone since it was split) is an ``InputError``.
    """
    with _opened(chunk.path) as stream:
        if chunk.compression == "gzip":
            yield from _gzip_xml(stream, on_read)
            return
        if chunk.compression == "bz2":
            pieces = _bz2_pieces(stream, chunk, on_read)
        else:
            pieces = _raw_pieces(stream, chunk, on_read)
        yield from _owned(pieces, from_start=chunk.start == 0)


def _opened(path: str) -> BinaryIO:
    """The dump *path* open to read; ``InputError`` where it is gone (or made unreadable)
    since it was split, in the words of the check of a dump before its split."""
    try:
        return Path(path).open("rb")
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None


def _gzip_xml(stream: BinaryIO, on_read: ReadProgress | None) -> Iterator[bytes]:
    try:
        with gzip.GzipFile(fileobj=stream, mode="rb") as xml:
            while block := xml.read(_READ):
                if on_read is not None:
                    on_read(stream.tell())
                yield block
    except (OSError, EOFError) as error:
        raise DumpError(f"{stream.name}: cannot be decompressed ({error})") from None


def _owned(pieces: Iterator[tuple[bytes, bool]], from_start: bool) -> Iterator[bytes]:
    """The bytes from the first page start inside the chunk to the first one after it.

    Between those two, the pieces are handed on as they come, uncopied: only before the
    first page start and after the chunk's end is a tail kept to find a tag cut by a
    piece. (Joining each piece to the last one's tail, then cutting a new tail off, copied
    every byte twice: a tenth of the time of reading the pages from decoded XML.)
    """
    started = from_start
    if not started:
        yield b"<mediawiki>"
    position = 0  # offset in the XML of pending[0]
    boundary: int | None = None  # offset in the XML where the chunk ends
    pending = b""  # read, not handed on: only before the first page start, after the end
    handed = b""  # the last bytes handed on, up to _TAG_TAIL, once started
    try:
        for data, inside in pieces:
            if not inside and boundary is None:
                boundary = position + len(pending)
                if started and not data and (handed + pending).rstrip().endswith(_CLOSED):
                    yield pending  # the chunk's last element is closed: read no further
                    yield b"</mediawiki>"
                    return
            if boundary is None:
                if not started:
                    buffer = pending + data
                    match = _PAGE_TAG.search(buffer)
                    if match is None:
                        cut = max(0, len(buffer) - _TAG_TAIL)
                        position += cut
                        pending = buffer[cut:]
                        continue
                    started = True
                    position += match.start()
                    data, pending = buffer[match.start() :], b""
                if data:
                    yield data
                    position += len(data)
                    handed = (handed + data[-_TAG_TAIL:])[-_TAG_TAIL:]
                continue
            # (after the chunk's end: up to the first page start there)
            buffer = pending + data
            if not started:
                match = _PAGE_TAG.search(buffer)
                if match is None or position + match.start() >= boundary:
                    yield b"</mediawiki>"  # no page starts inside this chunk
                    return
                started = True
                position += match.start()
                buffer = buffer[match.start() :]
            match = _PAGE_TAG.search(buffer, max(0, boundary - position))
            if match is not None:
                yield buffer[: match.start()]
                yield b"</mediawiki>"
                return
            cut = max(0, len(buffer) - _TAG_TAIL)
            yield buffer[:cut]
            position += cut
            pending = buffer[cut:]
    except DumpError:
        if started:
            # The end of the last page before the break (no page of the next chunk
            # starts in it: that would have ended the chunk).
            yield pending
        raise
    if started:
        yield pending
    else:
        yield b"</mediawiki>"


#: XML bytes decoded ahead of the pages read from them (see :func:`decoded_ahead`).
DECODED_AHEAD = 16 << 20
#: XML bytes decoded before the first page: the runs grow from this to
#: :data:`DECODED_AHEAD`, doubling, so that the first page of a dump comes after a
#: megabyte is decoded, not sixteen (0.03 CPU seconds, not 0.8), and a progress bar
#: moves from the start.
FIRST_DECODED = 1 << 20


def decoded_ahead(pieces: Iterator[bytes], size: int, first: int | None = None) -> Iterator[bytes]:
    """*pieces*, handed on in runs of at least *size* bytes drawn at once (the last run
    may be shorter), so that fewer than *size* bytes and one piece are held; where
    *first* is given, the first run is of at least *first* bytes and each next one
    twice as long as the last, up to *size*.

    Decompressing and checking take turns on one core, and each turn evicts what the
    other keeps in the processor's caches (a bz2 block's tables alone fill a core's L2):
    the bench dump of 300 MB decoded 16 MB at a time (:data:`DECODED_AHEAD`) rather
    than one took 5% less CPU end to end (five runs of each, interleaved: 15.4-16.3
    against 16.1-17.3 CPU seconds), its decompression, XML and check each less, for
    11 MB more peak memory. What was drawn before an error is handed on before it, as
    it would have been.
    """
    held: list[bytes] = []
    drawn = 0
    run = size if first is None else min(first, size)
    try:
        for piece in pieces:
            held.append(piece)
            drawn += len(piece)
            if drawn >= run:
                yield from held
                held.clear()
                drawn = 0
                run = min(2 * run, size)
    except Exception:
        yield from held
        raise
    yield from held


class ChunkReader:
    """A file-like ``read`` over the pieces of :func:`chunk_xml`, for ``iterparse``."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self._pieces = pieces
        self._buffer = b""

    def read(self, size: int = -1, /) -> bytes:
        while not self._buffer:
            piece = next(self._pieces, None)
            if piece is None:
                return b""
            self._buffer = piece
        if size < 0 or size >= len(self._buffer):
            data, self._buffer = self._buffer, b""
        else:
            data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data
