"""A dump's XML decoded ahead of its pages, in runs (``_streams.decoded_ahead``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.dumps import SAMPLE, every_sample_page
from julian_gregorian.dumps import DumpError, chunk_pages, dump_chunks
from julian_gregorian.dumps._streams import DECODED_AHEAD, decoded_ahead


class Source:
    """Pieces handed out one by one, counting what has been drawn; *failing* raises
    ``DumpError`` once they are all drawn."""

    def __init__(self, pieces: list[bytes], failing: bool = False) -> None:
        self.pieces = pieces
        self.failing = failing
        self.drawn = 0

    def __iter__(self) -> Iterator[bytes]:
        for piece in self.pieces:
            self.drawn += len(piece)
            yield piece
        if self.failing:
            raise DumpError("wiki.xml.bz2: bz2 data broken")


def test_pieces_are_drawn_a_run_ahead_and_handed_on_in_order() -> None:
    source = Source([b"abc"] * 7)
    drawn_at_each = []
    handed = []
    for piece in decoded_ahead(iter(source), 8):
        drawn_at_each.append(source.drawn)
        handed.append(piece)
    assert handed == [b"abc"] * 7
    # 9 bytes (three pieces) drawn before the first is handed on, then 18, then the rest
    assert drawn_at_each == [9, 9, 9, 18, 18, 18, 21]


def test_what_was_drawn_before_an_error_comes_before_it() -> None:
    source = Source([b"<page>", b"</page>"], failing=True)
    handed = decoded_ahead(iter(source), 1 << 20)
    assert next(handed) == b"<page>"
    assert next(handed) == b"</page>"
    with pytest.raises(DumpError, match="broken"):
        next(handed)


def test_nothing_in_nothing_out() -> None:
    assert list(decoded_ahead(iter([]), 8)) == []


@given(
    sizes=st.lists(st.integers(min_value=0, max_value=50), max_size=40),
    run=st.integers(min_value=1, max_value=120),
)
def test_fewer_than_a_run_and_one_piece_are_held(sizes: list[int], run: int) -> None:
    pieces = [bytes(size) for size in sizes]
    source = Source(pieces)
    handed = 0
    largest = max(sizes, default=0)
    for piece in decoded_ahead(iter(source), run):
        assert source.drawn - handed < run + largest + 1
        handed += len(piece)
    assert handed == sum(sizes)


def test_the_dump_reader_reads_the_same_pages_whatever_the_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The real sample's 6 MB of XML fit in one run of the default size; runs of a byte
    # hand every piece on as it is decoded, as before the reading ahead.
    assert DECODED_AHEAD > 6_089_746
    (chunk,) = dump_chunks(SAMPLE)
    monkeypatch.setattr("julian_gregorian.dumps._work.DECODED_AHEAD", 1)
    piece_by_piece = list(chunk_pages(chunk))
    assert piece_by_piece == list(every_sample_page())


def test_the_whole_sample_is_decoded_before_its_first_page_is_read() -> None:
    read: list[tuple[int, int]] = []
    (chunk,) = dump_chunks(SAMPLE)
    pages = chunk_pages(chunk, progress=lambda pages, raw: read.append((pages, raw)))
    next(pages)
    assert sum(raw for _, raw in read) == SAMPLE.stat().st_size
    assert sum(count for count, _ in read) == 1
