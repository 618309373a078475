"""A dump's XML cut anywhere by its reads: the pages and the chunk's bytes stay the same.

The dump reader hands the decoder's pieces on uncopied (``_streams._owned``) and slices
pages out of each read without joining the reads into one buffer
(``_pages.parse_pages``): a tag cut by a read, a page longer than a read and reads of a
byte each must change nothing.
"""

from __future__ import annotations

import bz2
import itertools
import re
from collections.abc import Iterator

from hypothesis import given
from hypothesis import strategies as st

from helpers.dumps import SAMPLE
from julian_gregorian.dumps import Page
from julian_gregorian.dumps._pages import parse_pages
from julian_gregorian.dumps._streams import _owned

XML = bz2.decompress(SAMPLE.read_bytes())
#: The real sample's XML, its first pages only (the properties cut it many times).
SHORT = XML[: XML.index(b"<page>", 200_000)] + b"</mediawiki>\n"
_PAGE_TAG = re.compile(rb"<page[\s>]")


class Reads:
    """*data* handed out by ``read`` in pieces of the given *sizes*, in turn."""

    def __init__(self, data: bytes, sizes: list[int]) -> None:
        self.data = data
        self.sizes = sizes
        self.at = 0
        self.count = 0

    def read(self, size: int = -1, /) -> bytes:
        step = self.sizes[self.count % len(self.sizes)]
        self.count += 1
        piece = self.data[self.at : self.at + min(step, size if size >= 0 else step)]
        self.at += len(piece)
        return piece


def _keys(pages: Iterator[Page]) -> list[tuple[str, int, int | None, int, str]]:
    return [(p.title, p.page_id, p.revision_id, p.namespace, p.text) for p in pages]


WHOLE = _keys(parse_pages(Reads(SHORT, [len(SHORT)]), "sample", None))


@given(st.lists(st.integers(1, 70_000), min_size=1, max_size=8))
def test_pages_are_the_same_however_the_reads_cut_them(sizes: list[int]) -> None:
    assert _keys(parse_pages(Reads(SHORT, sizes), "sample", None)) == WHOLE


def test_reads_of_one_byte_cut_every_tag_and_change_nothing() -> None:
    fourth = SHORT.index(b"<page>", SHORT.index(b"<page>", SHORT.index(b"<page>") + 1) + 1)
    part = SHORT[: SHORT.index(b"<page>", fourth + 1)] + b"</mediawiki>"
    whole = _keys(parse_pages(Reads(part, [len(part)]), "sample", None))
    assert whole
    assert _keys(parse_pages(Reads(part, [1]), "sample", None)) == whole


def _chunk_bytes(data: bytes, boundary: int | None, from_start: bool) -> bytes:
    """What a chunk's XML must be, told plainly: from the chunk's first page start (the
    file's start for the first chunk) to the first page start at or after *boundary*, or
    to *boundary* itself where the chunk's last element closes right before it (a page's
    or the site information's end: a stream ends there)."""
    head = b"" if from_start else b"<mediawiki>"
    begin = 0
    if not from_start:
        found = _PAGE_TAG.search(data)
        if found is None or (boundary is not None and found.start() >= boundary):
            return b"<mediawiki></mediawiki>"
        begin = found.start()
    if boundary is None:
        return head + data[begin:]
    if data[begin:boundary].rstrip().endswith((b"</page>", b"</siteinfo>")):
        return head + data[begin:boundary] + b"</mediawiki>"
    after = _PAGE_TAG.search(data, max(boundary, begin))
    end = len(data) if after is None else after.start()
    return head + data[begin:end] + (b"</mediawiki>" if after is not None else b"")


#: Where the sample's elements close, and a few bytes on: where streams end.
CLOSINGS = [
    found.end() + extra
    for found in re.finditer(rb"</page>|</siteinfo>", SHORT)
    for extra in (0, 1, 3)
]


def _pieces(data: bytes, cuts: list[int], boundary: int | None) -> Iterator[tuple[bytes, bool]]:
    """*data* cut at *cuts*, each piece told as inside the chunk or not (*boundary*, the
    chunk's end, is always a cut, as a stream start is, and told by an empty piece)."""
    points = sorted({0, len(data), *cuts, *([boundary] if boundary is not None else [])})
    told = False
    for start, end in itertools.pairwise(points):
        inside = boundary is None or end <= boundary
        if not inside and not told:
            told = True
            yield b"", False
        yield data[start:end], inside


@given(
    st.one_of(st.integers(0, len(SHORT)), st.sampled_from(CLOSINGS)),
    st.lists(st.integers(0, len(SHORT)), max_size=12),
    st.booleans(),
    st.booleans(),
)
def test_a_chunk_holds_its_pages_however_the_decoder_cuts_them(
    end: int, cuts: list[int], bounded: bool, from_start: bool
) -> None:
    boundary = end if bounded else None
    got = b"".join(_owned(_pieces(SHORT, cuts, boundary), from_start))
    assert got == _chunk_bytes(SHORT, boundary, from_start)
