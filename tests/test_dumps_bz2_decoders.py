"""The two bz2 decoders of the dump reader: ``indexed_bzip2`` where installed, ``bz2``.

Both must give the same XML, byte for byte, and so the same pages, for every way a dump
is read (whole, in chunks at its index's offsets or at scanned stream starts), and the
same errors for a dump cut short or broken.
"""

from __future__ import annotations

import bz2
import importlib
import importlib.util
import itertools
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers.dumps import SAMPLE, build, dated_page, run_command, wiki_pages
from julian_gregorian.dumps import (
    DumpError,
    Page,
    _fast_bz2,
    _streams,
    chunk_pages,
    dump_chunks,
    map_pages,
    page_xml,
    read_pages,
)
from julian_gregorian.text._locate import hyperscan_candidates

HAS_INDEXED_BZIP2 = importlib.util.find_spec("indexed_bzip2") is not None
needs_indexed_bzip2 = pytest.mark.skipif(not HAS_INDEXED_BZIP2, reason="indexed_bzip2 missing")
DECODERS = [
    pytest.param("indexed_bzip2", marks=needs_indexed_bzip2),
    pytest.param("bz2"),
]


@pytest.fixture(params=DECODERS)
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Which decoder the dump reader uses in the test, named by the parameter."""
    chosen: str = request.param
    monkeypatch.setenv(_fast_bz2.DISABLE_VARIABLE, "1" if chosen == "bz2" else "")
    return chosen


def _keys(pages: list[Page]) -> list[tuple[str, int, int | None, int, str]]:
    return [(p.title, p.page_id, p.revision_id, p.namespace, p.text) for p in pages]


def _chunk_bytes(path: Path, chunk_bytes: int) -> list[bytes]:
    return [b"".join(_streams.chunk_xml(chunk)) for chunk in dump_chunks(path, chunk_bytes)]


@pytest.mark.parametrize("value", ["1", "0", "no", " ", "", None])
def test_the_variable_turns_indexed_bzip2_off_as_hyperscans_does(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    # Any non-empty value turns it off, "0" too; empty or unset, it is used where installed.
    for variable in (_fast_bz2.DISABLE_VARIABLE, hyperscan_candidates.DISABLE_VARIABLE):
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value)
    off = _fast_bz2.indexed_bzip2() is None
    assert off == hyperscan_candidates._turned_off()
    assert off == (bool(value) or not HAS_INDEXED_BZIP2)


def test_without_indexed_bzip2_the_standard_library_decodes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(_fast_bz2.DISABLE_VARIABLE, raising=False)
    # As if it were not installed: an import that fails.
    monkeypatch.setattr(importlib, "import_module", _no_module)
    assert _fast_bz2.indexed_bzip2() is None
    path = build(tmp_path, list(wiki_pages(sample=2, dated=12)), "bz2", pages_per_stream=3)
    assert [page.title for page in read_pages(path)][:2] == ["Person 0", "Anarchism"]


def _no_module(name: str) -> None:
    raise ImportError(name)


@needs_indexed_bzip2
@pytest.mark.parametrize("chunk_bytes", [1, 2000, 1 << 30])
def test_both_decoders_give_every_chunk_the_same_xml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk_bytes: int
) -> None:
    path = build(tmp_path, list(wiki_pages(sample=6, dated=40)), "bz2", pages_per_stream=4)
    for scanned in (False, True):
        if scanned:  # chunks at the stream starts found by scanning
            path.with_name("wiki-index.txt.bz2").unlink()
        monkeypatch.setenv(_fast_bz2.DISABLE_VARIABLE, "1")
        standard = _chunk_bytes(path, chunk_bytes)
        monkeypatch.setenv(_fast_bz2.DISABLE_VARIABLE, "")
        assert _chunk_bytes(path, chunk_bytes) == standard


def test_the_real_sample_and_a_multistream_dump_read_alike(tmp_path: Path, decoder: str) -> None:
    titles = [page.title for page in read_pages(SAMPLE)]
    assert len(titles) == 106
    assert "Ayn Rand" in titles
    pages = wiki_pages(sample=5, dated=30)
    path = build(tmp_path, list(pages), "bz2", pages_per_stream=3)
    assert _keys(list(read_pages(path))) == _keys(pages)
    chunks = dump_chunks(path, chunk_bytes=1)
    assert len(chunks) > 10
    assert _keys([page for chunk in chunks for page in chunk_pages(chunk)]) == _keys(pages)
    titles = list(map_pages(path, _title, jobs=2, chunk_bytes=1))
    assert titles == [page.title for page in pages]


def _title(_name: str, page: Page) -> str:
    return page.title


def test_chunks_decompress_no_stream_twice(
    tmp_path: Path, decoder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = build(tmp_path, list(wiki_pages(sample=6, dated=60)), "bz2", pages_per_stream=3)
    whole = len(bz2.decompress(path.read_bytes()))
    chunks = dump_chunks(path, chunk_bytes=1)  # a chunk per stream
    expected = _keys(list(read_pages(path)))
    decompressed = 0
    if decoder == "bz2":
        real = bz2.BZ2Decompressor

        class Counting:
            def __init__(self) -> None:
                self.inner = real()

            def decompress(self, data: bytes) -> bytes:
                nonlocal decompressed
                out = self.inner.decompress(data)
                decompressed += len(out)
                return out

            @property
            def eof(self) -> bool:
                return self.inner.eof

            @property
            def unused_data(self) -> bytes:
                return self.inner.unused_data

        monkeypatch.setattr(bz2, "BZ2Decompressor", Counting)
    else:
        window_xml = _fast_bz2.window_xml

        def counting(*args: Any) -> Iterator[bytes]:
            nonlocal decompressed
            for data in window_xml(*args):
                decompressed += len(data)
                yield data

        monkeypatch.setattr(_streams, "window_xml", counting)
    pages = [page for chunk in chunks for page in chunk_pages(chunk)]
    assert len(chunks) > 20
    assert _keys(pages) == expected
    assert decompressed == whole


def test_a_dump_cut_short_says_so_with_either_decoder(tmp_path: Path, decoder: str) -> None:
    path = build(tmp_path, list(wiki_pages(sample=3, dated=5)), "bz2", pages_per_stream=2)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4])
    with pytest.raises(DumpError, match=r"bz2 data ends in the middle of a stream$"):
        list(read_pages(path))
    with pytest.raises(DumpError, match=r"bz2 data ends in the middle of a stream$"):
        [page for chunk in dump_chunks(path, chunk_bytes=1) for page in chunk_pages(chunk)]


def test_bytes_after_the_last_stream_are_passed_over_in_silence(
    tmp_path: Path, decoder: str, capfd: pytest.CaptureFixture[str]
) -> None:
    pages = [dated_page(number) for number in range(9)]
    path = build(tmp_path, list(pages), "bz2", pages_per_stream=2)
    path.write_bytes(path.read_bytes() + b"\0\0 trailing bytes")
    assert _keys(list(read_pages(path))) == _keys(pages)
    assert capfd.readouterr().err == ""


def _stream_starts(path: Path) -> list[int]:
    """The dump's stream offsets: its header's, its index's, its end tag's."""
    index = bz2.decompress(path.with_name("wiki-index.txt.bz2").read_bytes()).decode()
    pages = sorted({int(line.split(":")[0]) for line in index.splitlines()})
    return [0, *pages, _streams.scan_stream_starts(path)[-1]]


def _junk_in_stream(path: Path, number: int) -> int:
    """Junk written inside stream *number* of *path* (past its header): its offset."""
    return _junk_at(path, _stream_starts(path)[number])


def _junk_in_a_middle_stream(path: Path) -> int:
    """Junk inside a stream of the second chunk that neither starts nor ends it."""
    second = dump_chunks(path, chunk_bytes=CHUNK_BYTES)[1]
    assert second.end is not None
    starts = _stream_starts(path)
    inside = [start for start in starts if second.start < start < second.end]
    assert len(inside) >= 2  # a stream before it and one after it in the chunk
    return _junk_at(path, inside[0])


def _junk_at(path: Path, start: int) -> int:
    data = bytearray(path.read_bytes())
    data[start + 10 : start + 50] = b"x" * 40
    path.write_bytes(bytes(data))
    return start


def _junk_after(path: Path, junk: bytes) -> int:
    """*junk* written after the end of *path*: its offset."""
    data = path.read_bytes()
    path.write_bytes(data + junk)
    return len(data)


def _index_off_the_starts(path: Path) -> int:
    """The index rewritten with offsets a byte past the stream starts: the first of them."""
    index = path.with_name("wiki-index.txt.bz2")
    lines = bz2.decompress(index.read_bytes()).decode().splitlines()
    shifted = [f"{int(offset) + 1}:{rest}" for offset, rest in (x.split(":", 1) for x in lines)]
    index.write_bytes(bz2.compress("\n".join(shifted).encode() + b"\n"))
    return int(shifted[0].split(":")[0])


#: Compressed bytes to a chunk: three or four streams of two short pages.
CHUNK_BYTES = 900
BREAKS: dict[str, Callable[[Path], int | None]] = {
    "in the first stream of pages": lambda path: _junk_in_stream(path, 1),
    "in a middle stream of a chunk": _junk_in_a_middle_stream,
    "in the last stream of pages": lambda path: _junk_in_stream(path, -2),
    "in the end tag's stream": lambda path: _junk_in_stream(path, -1),
    "cut short": lambda path: path.write_bytes(path.read_bytes()[:-20]) and None,
    "with trailing bytes": lambda path: path.write_bytes(path.read_bytes() + b"\0 end") and None,
    "with trailing bytes that start as a stream": lambda path: _junk_after(path, b"BZh9 "),
    "read at an index off the stream starts": _index_off_the_starts,
}


def _read(read: Callable[[], Iterator[Any]]) -> tuple[list[Any], str | None]:
    """What *read* gives before it stops, and the message of the error it stops on."""
    given: list[Any] = []
    try:
        given.extend(read())
    except DumpError as error:
        return given, str(error)
    return given, None


def _every_reading(path: Path, processes: bool = True) -> list[tuple[list[Any], str | None]]:
    """The titles and error of *path* read whole, in chunks, in chunks on 2 processes."""
    chunks = dump_chunks(path, chunk_bytes=CHUNK_BYTES)
    readings = [
        _read(lambda: (page.title for page in read_pages(path))),
        _read(lambda: (page.title for chunk in chunks for page in chunk_pages(chunk))),
    ]
    if processes:
        readings.append(_read(lambda: map_pages(path, _title, jobs=2, chunk_bytes=CHUNK_BYTES)))
    return readings


@needs_indexed_bzip2
@pytest.mark.parametrize("broken", list(BREAKS))
def test_both_decoders_give_the_same_pages_and_error_on_a_broken_dump(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: str
) -> None:
    pages = [dated_page(number) for number in range(40)]
    path = build(tmp_path, list(pages), "bz2", pages_per_stream=2)
    at = BREAKS[broken](path)
    monkeypatch.setenv(_fast_bz2.DISABLE_VARIABLE, "1")
    standard = _every_reading(path)
    monkeypatch.setenv(_fast_bz2.DISABLE_VARIABLE, "")
    assert _every_reading(path) == standard
    titles = [page.title for page in pages]
    broken_at = f"{path}: bz2 data broken in the stream at byte {at} (Invalid data stream)"
    if broken.startswith("in "):
        before = _stream_starts(path).index(at) - 1  # streams of pages before the broken one
        assert standard == [(titles[: 2 * before], broken_at)] * 3
    elif broken == "with trailing bytes that start as a stream":
        assert standard == [(titles, broken_at)] * 3
    elif broken == "cut short":  # in the end tag's stream
        cut_short = f"{path}: bz2 data ends in the middle of a stream"
        assert standard == [(titles, cut_short)] * 3
    elif broken == "with trailing bytes":
        assert standard == [(titles, None)] * 3
    else:  # read whole, the index is not used; in chunks, the second starts off a stream
        second = dump_chunks(path, chunk_bytes=CHUNK_BYTES)[1].start
        assert second not in _streams.scan_stream_starts(path)
        off = f"{path}: bz2 data broken in the stream at byte {second} (Invalid data stream)"
        first = [page.title for page in chunk_pages(dump_chunks(path, chunk_bytes=CHUNK_BYTES)[0])]
        assert len(first) > 4
        assert standard == [(titles, None), *[(first, off)] * 2]


def _word_pages(count: int, words: int) -> list[Page]:
    """Pages of words drawn at random: about 3 bytes of XML to a byte of bz2."""
    draw = random.Random(count)
    vocabulary = ["".join(draw.choices("abcdefghijklmnopqrstuvwxyz", k=7)) for _ in range(500)]
    return [
        Page(f"Words {n}", 7000 + n, 8000 + n, 0, " ".join(draw.choices(vocabulary, k=words)))
        for n in range(count)
    ]


def _block_starts(stream: bytes) -> list[int]:
    """The bit offsets of the blocks of *stream*, one bz2 stream: where their magic
    number stands, at any of the eight bit shifts."""
    bits = int.from_bytes(stream, "big")
    starts = []
    for shift in range(8):
        shifted = (bits << shift).to_bytes(len(stream) + 1, "big")
        at = shifted.find(_BLOCK_MAGIC)
        while at >= 0:
            starts.append(at * 8 - 8 + shift)
            at = shifted.find(_BLOCK_MAGIC, at + 1)
    return sorted(starts)


_BLOCK_MAGIC = bytes.fromhex("314159265359")


@pytest.mark.parametrize("decoder", DECODERS, indirect=True)
@pytest.mark.parametrize("broken", ["data of its last block", "CRC of its third block"])
def test_a_stream_broken_in_a_block_gives_the_pages_of_the_blocks_before(
    tmp_path: Path, decoder: str, broken: str
) -> None:
    # One stream of four bz2 blocks (900 kB of XML each) in less than the megabyte of
    # the file that bz2 is fed at once: the pages of the blocks before the broken one
    # are given, then the error. A block whose CRC check fails is not given (indexed_bzip2
    # gives a block's XML before it checks it: what it gives is held until checked).
    pages = _word_pages(40, 11_000)
    path = build(tmp_path, list(pages), "bz2", pages_per_stream=len(pages))
    start, end = _stream_starts(path)[1:3]
    assert end - start < _streams._READ
    data = bytearray(path.read_bytes())
    ends = list(itertools.accumulate(len(page_xml(page).encode()) for page in pages))
    assert ends[-1] == len(bz2.decompress(data[start:end]))
    blocks = [start * 8 + bit for bit in _block_starts(bytes(data[start:end]))]
    assert len(blocks) == 4
    if broken == "data of its last block":
        data[end - 2000 : end - 1960] = b"x" * 40
        broken_block = blocks[3]
    else:
        broken_block = blocks[2]
        bit = broken_block + 48 + 3  # in its CRC, after its magic number
        data[bit // 8] ^= 0x80 >> (bit % 8)
    path.write_bytes(bytes(data))
    given, message = _read(lambda: read_pages(path))
    assert message == f"{path}: bz2 data broken in the stream at byte {start} (Invalid data stream)"
    # The XML of the blocks before the broken one: what bz2 gives of the stream cut after
    # the broken block's magic number.
    before = len(bz2.BZ2Decompressor().decompress(data[start : broken_block // 8 + 6]))
    assert before > 1_700_000
    assert _keys(given) == _keys(pages[: sum(end <= before for end in ends)])


def test_the_command_reports_broken_bz2_data_and_exits_2(tmp_path: Path, decoder: str) -> None:
    path = build(tmp_path, list(wiki_pages(sample=3, dated=30)), "bz2", pages_per_stream=4)
    at = _junk_in_stream(path, 3)
    result = run_command(str(path), "-j", "1", cwd=tmp_path)
    assert result.returncode == 2
    message = result.stderr.decode()
    assert (
        f"wiki.xml.bz2: bz2 data broken in the stream at byte {at} (Invalid data stream)" in message
    )
    assert "Traceback" not in message
    assert "wiki.xml.bz2:Person 0:" in result.stdout.decode()  # a page before the break


class _FailingDecoder:
    """A stand-in for ``indexed_bzip2`` that gives the first stream's XML, then fails as
    it does on a file cut short: a bare ``RuntimeError('std::exception')``."""

    opened = 0

    def __init__(self, raw: Any, parallelization: int) -> None:
        _FailingDecoder.opened += 1
        self._xml = [bz2.BZ2Decompressor().decompress(raw.read())]

    def __enter__(self) -> _FailingDecoder:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def read(self, _size: int) -> bytes:
        if not self._xml:
            raise RuntimeError("std::exception")
        return self._xml.pop()

    def tell_compressed(self) -> int:
        return len(self._xml)  # in a later block after each read


@pytest.mark.parametrize("broken", [False, True])
def test_what_indexed_bzip2_raises_never_reaches_the_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: bool
) -> None:
    pages = [dated_page(number) for number in range(12)]
    path = build(tmp_path, list(pages), "bz2", pages_per_stream=2)
    if broken:
        at = _junk_in_stream(path, 5)  # inside the second chunk
    monkeypatch.setenv(_fast_bz2.DISABLE_VARIABLE, "1")
    standard = _every_reading(path, processes=False)
    monkeypatch.setattr(_streams, "indexed_bzip2", lambda: _Module())
    monkeypatch.setattr(_FailingDecoder, "opened", 0)
    assert _every_reading(path, processes=False) == standard
    assert _FailingDecoder.opened == 1 + len(dump_chunks(path, chunk_bytes=CHUNK_BYTES))
    titles = [page.title for page in pages]
    if broken:
        message = f"{path}: bz2 data broken in the stream at byte {at} (Invalid data stream)"
        assert standard == [(titles[:8], message)] * 2
    else:
        assert standard == [(titles, None)] * 2


class _Module:
    IndexedBzip2File = _FailingDecoder


#: Bytes put between two streams of a dump: no bz2 stream, or streams of no pages.
JUNK: dict[str, bytes] = {
    "zeros": b"\0\0\0\0",
    "text": b"\0\0junk",
    "a bare header": b"BZh0",
    "a stream header cut short": b"BZh91AY&SY\x00\x01",
    "a stream of no XML": bz2.compress(b"no XML at all"),
    "empty streams": bz2.compress(b"") * 2,  # a header, then the end-of-stream magic
}


def _junk_between(path: Path, junk: bytes, where: str) -> tuple[int, int]:
    """*junk* put before a stream that starts inside the second chunk, or before the last
    stream (its end tag's), the index's offsets after it moved on: the junk's offset and
    the number of streams of pages before it."""
    starts = _stream_starts(path)
    if where == "before the last stream":
        at = starts[-1]
    else:
        second = dump_chunks(path, chunk_bytes=CHUNK_BYTES)[1]
        assert second.end is not None
        at = next(start for start in starts if second.start < start < second.end)
    data = path.read_bytes()
    path.write_bytes(data[:at] + junk + data[at:])
    index = path.with_name("wiki-index.txt.bz2")
    lines = bz2.decompress(index.read_bytes()).decode().splitlines()
    moved = [
        f"{int(offset) + (len(junk) if int(offset) >= at else 0)}:{rest}"
        for offset, rest in (line.split(":", 1) for line in lines)
    ]
    index.write_bytes(bz2.compress("\n".join(moved).encode() + b"\n"))
    return at, starts.index(at) - 1


@needs_indexed_bzip2
@pytest.mark.parametrize("where", ["inside the second chunk", "before the last stream"])
@pytest.mark.parametrize("indexed", [True, False])
@pytest.mark.parametrize("junk", list(JUNK))
def test_bytes_between_streams_give_the_same_pages_message_and_silence(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    junk: str,
    indexed: bool,
    where: str,
) -> None:
    pages = [dated_page(number) for number in range(40)]
    path = build(tmp_path, list(pages), "bz2", pages_per_stream=2)
    at, streams_before = _junk_between(path, JUNK[junk], where)
    if not indexed:  # chunks at the stream starts found by scanning
        path.with_name("wiki-index.txt.bz2").unlink()
    monkeypatch.setenv(_fast_bz2.DISABLE_VARIABLE, "1")
    standard = _every_reading(path)
    monkeypatch.setenv(_fast_bz2.DISABLE_VARIABLE, "")
    assert _every_reading(path) == standard
    assert capfd.readouterr().err == ""  # not indexed_bzip2's "Trailing garbage" warning
    titles = [page.title for page in pages]
    before = titles[: 2 * streams_before]
    if junk in ("a stream of no XML", "empty streams"):  # bz2 streams: bytes between pages
        assert standard == [(titles, None)] * 3
    elif junk in ("zeros", "text"):  # bz2 stops there, as after the last stream
        ends = f"{path}: not well-formed XML (it ends before </mediawiki>)"
        assert standard == [(before, ends)] * 3
    else:  # bytes that open as a stream
        broken_at = f"{path}: bz2 data broken in the stream at byte {at} (Invalid data stream)"
        assert standard == [(before, broken_at)] * 3


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_command_says_only_its_own_message_on_bytes_between_streams(
    tmp_path: Path, decoder: str, jobs: str
) -> None:
    pages = [dated_page(number) for number in range(40)]
    path = build(tmp_path, list(pages), "bz2", pages_per_stream=2)
    _junk_between(path, JUNK["text"], "before the last stream")
    result = run_command(str(path), "-j", jobs, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        f"julian-gregorian check: error: {path}: not well-formed XML (it ends before </mediawiki>)"
    ]
