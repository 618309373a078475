"""A dump's XML decoded ahead of its pages, in runs (``_streams.decoded_ahead``)."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.dumps import SAMPLE, build, sample_pages
from julian_gregorian.dumps import (
    Compression,
    DumpError,
    Page,
    _work,
    chunk_pages,
    dump_chunks,
    map_pages,
    read_pages,
)
from julian_gregorian.dumps._streams import DECODED_AHEAD, decoded_ahead
from julian_gregorian.errors import InputError


class Source:
    """Pieces handed out one by one, counting what has been drawn; *failing* raises it
    once they are all drawn. *closed* tells whether the pieces were let go of early."""

    def __init__(self, pieces: list[bytes], failing: Exception | None = None) -> None:
        self.pieces = pieces
        self.failing = failing
        self.drawn = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        try:
            for piece in self.pieces:
                self.drawn += len(piece)
                yield piece
        except GeneratorExit:
            self.closed = True
            raise
        if self.failing is not None:
            raise self.failing


def numbered(count: int, size: int = 3) -> list[bytes]:
    """*count* pieces of *size* bytes, each telling its number: a piece dropped, handed on
    twice or out of order shows."""
    return [str(number).zfill(size).encode() for number in range(count)]


def test_pieces_are_drawn_a_run_ahead_and_handed_on_in_order() -> None:
    source = Source(numbered(7))
    drawn_at_each = []
    handed = []
    for piece in decoded_ahead(iter(source), 8):
        drawn_at_each.append(source.drawn)
        handed.append(piece)
    assert handed == numbered(7)
    # 9 bytes (three pieces) drawn before the first is handed on, then 18, then the rest
    assert drawn_at_each == [9, 9, 9, 18, 18, 18, 21]


def test_runs_grow_from_the_first_to_the_full_size() -> None:
    # A first run of one piece, then runs twice as long, up to the size.
    source = Source(numbered(10))
    drawn_at_each = []
    handed = []
    for piece in decoded_ahead(iter(source), 12, first=3):
        drawn_at_each.append(source.drawn)
        handed.append(piece)
    assert handed == numbered(10)
    assert drawn_at_each == [3, 9, 9, 21, 21, 21, 21, 30, 30, 30]


@given(
    sizes=st.lists(st.integers(min_value=0, max_value=50), max_size=40),
    first=st.integers(min_value=1, max_value=120),
    run=st.integers(min_value=1, max_value=120),
)
def test_growing_runs_hold_no_more_than_a_full_run(sizes: list[int], first: int, run: int) -> None:
    pieces = [bytes([number]) * size for number, size in enumerate(sizes)]
    source = Source(pieces)
    handed: list[bytes] = []
    largest = max(sizes, default=0)
    held_first = None
    for piece in decoded_ahead(iter(source), run, first=first):
        ahead = source.drawn - sum(map(len, handed))
        held_first = ahead if held_first is None else held_first
        assert ahead < run + largest
        handed.append(piece)
    assert handed == pieces
    assert held_first is None or held_first < min(first, run) + largest


def test_the_first_page_of_a_dump_comes_after_the_first_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 3.4 MB of XML, read ahead in runs of up to 1 GB: the first page is handed on once
    # the first run, some 100 kB here, is decoded, not the whole dump.
    path = build(tmp_path, list(sample_pages(60)), "bz2", pages_per_stream=5)
    monkeypatch.setattr(_work, "DECODED_AHEAD", 1 << 30)
    monkeypatch.setattr(_work, "FIRST_DECODED", 100_000)
    drawn = 0
    chunk_xml = _work.chunk_xml

    def counted(*arguments: object, **keywords: object) -> Iterator[bytes]:
        nonlocal drawn
        for piece in chunk_xml(*arguments, **keywords):  # type: ignore[arg-type]
            drawn += len(piece)
            yield piece

    monkeypatch.setattr(_work, "chunk_xml", counted)
    pages = read_pages(path)
    first = next(pages)
    assert first.title == sample_pages(1)[0].title
    assert 0 < drawn < 100_000 + (1 << 20)  # the first run, a piece of the decoder more
    assert sum(1 for _ in pages) == 59
    assert drawn > 3_000_000


@pytest.mark.parametrize(
    "error",
    [
        DumpError("wiki.xml.bz2: bz2 data broken"),
        InputError("wiki.xml: cannot be read"),
        # A read of the file that fails (parse_pages tells it as the dump's error).
        OSError(5, "Input/output error"),
    ],
    ids=type,
)
def test_what_was_drawn_before_an_error_comes_before_it(error: Exception) -> None:
    source = Source(numbered(11), failing=error)
    handed = decoded_ahead(iter(source), 9)
    received: list[bytes] = []
    with pytest.raises(type(error)) as raised:
        received.extend(handed)  # what came before the error stays in the list
    assert raised.value is error
    assert received == numbered(11)


def test_nothing_in_nothing_out() -> None:
    assert list(decoded_ahead(iter([]), 8)) == []


@pytest.mark.parametrize("failing", [None, DumpError("wiki.xml.bz2: bz2 data broken")])
def test_a_reader_that_stops_early_draws_no_further(failing: Exception | None) -> None:
    # A reader closes its pages early (a chunk whose last page is read, a caller that
    # wants the first pages only): the pieces are let go of, nothing more is drawn and
    # the close is clean, also while the pieces before an error are being handed on.
    source = Source(numbered(10), failing)
    handed = decoded_ahead(iter(source), 9 if failing is None else 1 << 20)
    assert isinstance(handed, Generator)
    assert next(handed) == b"000"
    drawn = source.drawn
    handed.close()
    assert source.drawn == drawn
    assert source.closed == (failing is None)  # a source that raised has ended already
    assert list(handed) == []


@given(
    sizes=st.lists(st.integers(min_value=0, max_value=50), max_size=40),
    run=st.integers(min_value=1, max_value=120),
)
def test_fewer_than_a_run_and_one_piece_are_held(sizes: list[int], run: int) -> None:
    pieces = [bytes([number]) * size for number, size in enumerate(sizes)]
    source = Source(pieces)
    handed: list[bytes] = []
    largest = max(sizes, default=0)
    for piece in decoded_ahead(iter(source), run):
        assert source.drawn - sum(map(len, handed)) < run + largest
        handed.append(piece)
    assert handed == pieces


def _piece_by_piece(pieces: Iterator[bytes], _size: int, _first: int | None) -> Iterator[bytes]:
    return pieces


#: Runs of many sizes: a byte (each piece on its own), a few pieces, several runs in the
#: dumps below, and the default (the whole of each).
RUNS = [1, 100_000, 1 << 20, DECODED_AHEAD]


def _read_each_way(
    monkeypatch: pytest.MonkeyPatch, read: Callable[[], list[object]]
) -> list[list[object]]:
    """What *read* gives with the XML handed on piece by piece, as before any reading
    ahead, then with each of :data:`RUNS`."""
    with monkeypatch.context() as patched:
        patched.setattr(_work, "decoded_ahead", _piece_by_piece)
        results = [read()]
    for run in RUNS:
        with monkeypatch.context() as patched:
            patched.setattr(_work, "DECODED_AHEAD", run)
            results.append(read())
    return results


def _titles_then_error(pages: Callable[[], Iterator[Page]]) -> Callable[[], list[object]]:
    def read() -> list[object]:
        titles: list[object] = []
        try:
            titles.extend(page.title for page in pages())
        except InputError as error:
            titles.append(str(error))
        return titles

    return read


def test_the_dump_reader_reads_the_same_pages_whatever_the_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The real sample's 6 MB of XML fit in one run of the default size.
    (chunk,) = dump_chunks(SAMPLE)
    reads = _read_each_way(monkeypatch, _titles_then_error(lambda: chunk_pages(chunk)))
    assert len(reads[0]) == 106
    assert all(read == reads[0] for read in reads)


def _broken(path: Path, compression: Compression) -> Path:
    """*path* broken at 60% of its bytes: bz2 or gzip data garbled, XML with a bad tag."""
    data = bytearray(path.read_bytes())
    at = len(data) * 6 // 10
    if compression == "none":
        at = data.index(b"<title>", at)
        data[at : at + 7] = b"<titl>"
    else:
        data[at : at + 64] = bytes(byte ^ 0x55 for byte in data[at : at + 64])
    path.write_bytes(bytes(data))
    return path


def _cut(path: Path, _compression: Compression) -> Path:
    path.write_bytes(path.read_bytes()[: path.stat().st_size * 6 // 10])
    path.with_name("wiki-index.txt.bz2").unlink(missing_ok=True)  # it lists streams cut off
    return path


@pytest.mark.parametrize("compression", ["bz2", "gzip", "none"])
@pytest.mark.parametrize("damage", [_broken, _cut])
def test_a_dump_that_breaks_after_several_runs_gives_every_page_before_the_break(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    compression: Compression,
    damage: Callable[[Path, Compression], Path],
) -> None:
    # 3.4 MB of XML: three runs of 1 MB and dozens of 100 kB, the break in a later one.
    pages = sample_pages(60)
    path = damage(build(tmp_path, list(pages), compression, pages_per_stream=5), compression)
    whole = _read_each_way(monkeypatch, _titles_then_error(lambda: read_pages(path)))
    first = whole[0]
    assert 10 < len(first) < len(pages)
    assert isinstance(first[-1], str)
    assert first[-1].startswith(f"{path}: ")
    assert all(read == first for read in whole)
    # A run of one job, and a worker's chunks at --jobs 2 (the same function, here).
    assert _read_each_way(monkeypatch, lambda: _mapped(path)) == [[first[:-1]]] * 5
    assert _read_each_way(monkeypatch, lambda: _chunked(path)) == whole


def _title(_name: str, page: Page) -> str:
    return page.title


def _mapped(path: Path) -> list[object]:
    titles: list[str] = []
    with pytest.raises(DumpError):
        titles.extend(map_pages(path, _title))
    return [titles]


def _chunked(path: Path) -> list[object]:
    """The titles and the failure of every chunk of 50 kB, as workers give them back."""
    results: list[object] = []
    for chunk in dump_chunks(path, 50_000):
        outcome = _work.work_on_chunk(chunk, _title)
        results.extend(outcome.results)
        if outcome.failure is not None:
            results.append(f"{path}: {outcome.failure}")
            break
    return results


def test_the_first_run_of_the_sample_is_decoded_before_its_first_page_is_read() -> None:
    # The sample's 6 MB of XML: its first page after the first megabyte and a piece of
    # the decoder, before the decoder has read its 1.7 MB of bz2 to the end (it reads
    # them a megabyte at a time), the rest as its pages are read.
    read: list[tuple[int, int]] = []
    (chunk,) = dump_chunks(SAMPLE)
    pages = chunk_pages(chunk, progress=lambda pages, raw: read.append((pages, raw)))
    next(pages)
    assert 0 < sum(raw for _, raw in read) < SAMPLE.stat().st_size
    assert sum(count for count, _ in read) == 1
    assert sum(1 for _ in pages) == 105
    assert sum(raw for _, raw in read) == SAMPLE.stat().st_size
