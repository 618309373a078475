"""The headings and elision lines found from the lines that may begin one
(:func:`~julian_gregorian.text._link.headings.line_matches`) are those the patterns'
``finditer`` finds at every character: in generated text of the characters they read,
and in real pages, the sections of :func:`~julian_gregorian.text._link.context.section`
are those the former search gave (kept here as the reference)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.examples import examples
from julian_gregorian.dumps import read_pages
from julian_gregorian.text._link import context
from julian_gregorian.text._link.headings import (
    HEADING,
    HeadingLine,
    heading_lines,
    line_matches,
)

SAMPLE = Path(__file__).resolve().parent / "data" / "enwiki-sample-pages-articles.xml.bz2"

#: Both patterns searched line by line: the headings, and the headings or elisions.
PATTERNS = (HEADING, context._HEADING_OR_ELISION)

#: What the patterns read: heading and underline marks, the dots and brackets of an
#: elision, spaces, tabs, a line end's "\r" and a few letters, in lines of a few.
_PIECES = st.sampled_from(
    ["\r", " ", "\t", "=", "==", "===", "#", "-", "---", "[", "]", ".", "...", "…", "a", "B c"]
)
_LINES = st.lists(st.lists(_PIECES, max_size=4).map("".join), max_size=12).map("\n".join)


def _spans(found: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [match.span() for match in found]


def _reference_section(text: str, offset: int, end_offset: int, elisions: bool) -> tuple[int, int]:
    """:func:`context.section` as it searched before: the pattern's own finditer."""
    low = max(0, offset - context._REACH)
    start = low
    boundaries = context._HEADING_OR_ELISION if elisions else HEADING
    for heading in boundaries.finditer(text, low, offset):
        start = heading.end()
    high = min(len(text), end_offset + context._REACH)
    following = boundaries.search(text, end_offset, high)
    return start, (following.start() if following else high)


@given(_LINES, st.data())
def test_line_matches_finds_what_finditer_finds(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    for pattern in PATTERNS:
        for low, high in ((0, len(text)), (pos, endpos)):
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text, low, high)]
            found = [(m.span(), m.groups()) for m in line_matches(pattern, text, low, high)]
            assert found == expected


def test_crafted_lines_where_the_candidates_overlap() -> None:
    # An underline that is a heading itself, after its heading, the text's first line; a
    # heading before an underline; elisions' lines; a mark alone; every pos and endpos.
    text = "Life\n====\n== A ==\n---\n[…]\n  ...\n#\n# B\n===\nx\nC\n====\nD\n\t---\n"
    for pattern in PATTERNS:
        for pos in range(len(text) + 1):
            for endpos in range(pos, len(text) + 1):
                expected = _spans(pattern.finditer(text, pos, endpos))
                assert _spans(line_matches(pattern, text, pos, endpos)) == expected
    found = [(line.offset, line.level, line.title) for line in heading_lines(text)]
    assert found == [(0, 2, "Life"), (10, 2, "A"), (34, 2, "B"), (44, 2, "C"), (51, 3, "D")]
    assert found == [(line.offset, line.level, line.title) for line in _reference(text)]


def _reference(text: str) -> list[HeadingLine]:
    """:func:`heading_lines` from the pattern's own finditer."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            "julian_gregorian.text._link.headings.line_matches",
            lambda pattern, text, pos, endpos: pattern.finditer(text, pos, endpos),
        )
        return list(heading_lines(text))


@given(
    st.integers(0, 10**9),
    st.integers(0, 10**9),
    st.booleans(),
)
def test_sections_of_a_real_page_are_the_reference_ones(
    seed: int, width: int, elisions: bool
) -> None:
    text = _JOINED
    offset = seed % len(text)
    end_offset = min(len(text), offset + width % 200)
    assert context.section(text, offset, end_offset, elisions=elisions) == _reference_section(
        text, offset, end_offset, elisions
    )


_JOINED = "\n".join(page.text for page in read_pages(SAMPLE))


@pytest.mark.parametrize("elisions", [False, True])
def test_every_real_page_reads_its_headings_and_sections_as_before(elisions: bool) -> None:
    pattern = context._HEADING_OR_ELISION if elisions else HEADING
    for page in read_pages(SAMPLE):
        text = page.text
        assert _spans(line_matches(pattern, text, 0, len(text))) == _spans(pattern.finditer(text))
        for offset in range(0, len(text), max(1, len(text) // examples(40))):
            assert context.section(text, offset, offset + 1, elisions=elisions) == (
                _reference_section(text, offset, offset + 1, elisions)
            )


def test_a_page_of_headings_has_them_all() -> None:
    text = "== A ==\nText.\nB\n---\n[...]\n=== C ===\n"
    assert [line.title for line in heading_lines(text)] == ["A", "B", "C"]
    assert list(heading_lines(text)) == _reference(text)


@pytest.mark.parametrize(
    "line",
    [
        "…",
        " …",
        "\t...",
        "...",
        "[…]",
        "  [...]",
        "== A ==",
        "# A",
        "A\n---",
        "A\n\t===",
        "A\n ----",
    ],
)
def test_every_form_of_a_line_that_ends_a_section_is_asked(line: str) -> None:
    # Each form at the text's start, inside it after other lines and at its end.
    for text in (f"{line}\nx", f"x\ny\n{line}\nz", f"x\n{line}"):
        for pattern in PATTERNS:
            expected = _spans(pattern.finditer(text))
            assert _spans(line_matches(pattern, text, 0, len(text))) == expected
        assert _spans(context._HEADING_OR_ELISION.finditer(text))
