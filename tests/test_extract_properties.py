"""Properties of ``extract`` on any text: it never raises, and what it reports is exact.

The adversarial alphabet mixes the pieces the patterns are made of (digits, brackets,
markers, month names, slashes, dashes, spaces of every kind, markup) with arbitrary
Unicode, so that runs of them probe every pattern for crashes and for backtracking.
"""

from __future__ import annotations

from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.examples import examples
from julian_gregorian import extract
from julian_gregorian.text import SHAPES
from julian_gregorian.text.items import Item

PIECES = [
    "1", "7", "12", "31", "1917", "1749/50", "0", " ", "  ", "\u00a0", "\u2009", "\n", "\n\n",
    "[", "]", "(", ")", "{{", "}}", "|", "/", "–", "—", "-", ",", ";", ":", "=", ".",
    "O.S.", "N.S.", "OS", "NS", "O. S.", "Old Style", "new style", "Julian", "Gregorian",
    "Julian calendar", "in the", "according to the", "st.v.", "a. St.", "ст. ст.", "π.η.",
    "January", "March", "October", "November", "Sept.", "октября", "ноября", "года",
    "{{OldStyleDate|", "{{OS2NS|", "<ref>", "</ref>", "[[", "]]", "'''", "&nbsp;", "[1]",
    "[…]", "== H ==", "| 8 March | 23 February |", "Gregorian Date | Julian Date",
]  # fmt: skip

adversarial = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=80).map(
    "".join
)


def _check(text: str, items: list[Item]) -> None:
    previous = -1
    for item in items:
        assert 0 <= item.offset < item.end_offset <= len(text)
        assert text[item.offset : item.end_offset] == item.text
        assert item.offset >= previous
        previous = item.offset
        assert item.line == text.count("\n", 0, item.offset) + 1
        assert item.column == item.offset - (text.rfind("\n", 0, item.offset) + 1) + 1
        assert item.end_line == text.count("\n", 0, item.end_offset) + 1
        assert item.kind in ("pair", "old_style", "new_style", "dual_year")
        assert item.shape in SHAPES
        for side in (item.old_style, item.new_style):
            if side is not None and side.offset is not None and side.end_offset is not None:
                assert 0 <= side.offset <= side.end_offset <= len(text)
        if item.kind == "pair":
            assert item.old_style is not None
            assert item.new_style is not None
            assert item.old_style.start.calendar == "julian"
            assert item.new_style.start.calendar == "gregorian"


@given(adversarial)
def test_never_raises_and_reports_exact_places(text: str) -> None:
    for wikitext in (None, True, False):
        _check(text, extract(text, wikitext=wikitext))


@settings(max_examples=examples(300))
@given(st.text())
def test_arbitrary_unicode(text: str) -> None:
    _check(text, extract(text))


@settings(max_examples=50)
@given(st.sampled_from(PIECES), st.integers(min_value=1, max_value=3000))
def test_long_runs_of_one_piece(piece: str, count: int) -> None:
    text = piece * count
    _check(text, extract(text))


def test_non_text_is_refused() -> None:
    import pytest

    with pytest.raises(TypeError, match="str"):
        extract(b"7 November [O.S. 25 October] 1917")  # type: ignore[arg-type]


def test_every_shape_the_extractor_gives_is_listed() -> None:
    from julian_gregorian.text._read import shapes

    assert {name for name, _ in shapes.SHAPES} <= set(SHAPES)
    for example in SHAPES.values():
        for item in extract(example.split("; ")[0].split(" (a dual")[0]):
            assert item.shape in SHAPES


def test_the_garbage_collector_is_left_as_it_was() -> None:
    import gc

    assert gc.isenabled()
    extract("6 November [O.S. 24 October] 1917")
    assert gc.isenabled()
    gc.disable()
    try:
        extract("6 November [O.S. 24 October] 1917")
        assert not gc.isenabled()
    finally:
        gc.enable()


@settings(max_examples=examples(200))
@given(
    st.lists(
        st.sampled_from(
            [
                *("/", "[", "с", "[1]", "/2", "[9 ", "ст.", "x", " ", "7", "1714", "-", "–1"),
                *("\u2060", "ny stil", "st", "t", "(po starom stilu)", "5 mars"),
            ]
        ),
        max_size=400,
    )
)
def test_the_prefilter_finds_what_its_regular_expressions_find(pieces: list[str]) -> None:
    from julian_gregorian.text._locate import anchors

    text = "".join(pieces)
    expected = sorted(
        match.start() + anchors._ANCHOR_AFTER_START.get(pattern, 0)
        for pattern in anchors._PASSES
        for match in pattern.finditer(text)
        if pattern is not anchors._DASHED_DUAL or anchors._is_dual_year(text, match.start())
    )
    assert anchors.find_anchors(text) == expected
    # Small stretches, and hits found all by str.find or handed over to the regex engine
    # at once, give the same anchors, with the first look by every pass at once (a short
    # text) or without it.
    saved = anchors._CHUNK, anchors._FIND_LIMIT, anchors._FIND_SPACING, anchors._QUICK_LOOK
    try:
        for spacing in (0, 3, 1 << 30):
            for quick_look in (1 << 14, -1):
                anchors._CHUNK, anchors._FIND_LIMIT, anchors._FIND_SPACING = 7, 2, spacing
                anchors._QUICK_LOOK = quick_look
                assert anchors.find_anchors(text) == expected
    finally:
        anchors._CHUNK, anchors._FIND_LIMIT, anchors._FIND_SPACING, anchors._QUICK_LOOK = saved


def _windows_one_by_one(anchors: list[int], length: int) -> list[tuple[int, int, int, int]]:
    """The extractor's windows, merged the plain way: each anchor's reach, clipped to
    the text, joins the last window when it touches it and keeps it short enough."""
    from julian_gregorian.text._extract import _LONGEST_WINDOW, AFTER, BEFORE

    spans: list[tuple[int, int, int, int]] = []
    for anchor in anchors:
        start, end = max(0, anchor - BEFORE), min(length, anchor + AFTER)
        if spans and start <= spans[-1][1] and end - spans[-1][0] <= _LONGEST_WINDOW:
            first_start, last_end, first, _ = spans[-1]
            spans[-1] = (first_start, max(end, last_end), first, anchor)
        else:
            spans.append((start, end, anchor, anchor))
    return spans


#: Anchor offsets from sparse (one every 15 characters or more) to dense (one in three):
#: the windows and runs of dense anchors are found a block of them at a time.
_OFFSETS = st.integers(50, 3000).flatmap(
    lambda top: st.lists(st.integers(0, top), min_size=1, max_size=200, unique=True)
)


@given(_OFFSETS, st.integers(0, 300))
def test_windows_merge_the_reach_of_near_anchors(offsets: list[int], extra: int) -> None:
    from julian_gregorian.text._extract import _windows

    anchors = sorted(offsets)
    length = (anchors[-1] + 1 if anchors else 0) + extra
    found = list(_windows(array("q", anchors), length))
    assert found == _windows_one_by_one(anchors, length)


def _run_end_one_by_one(text: str, anchors: list[int], index: int) -> int:
    """The end of a run of anchors found the plain way: the next anchor further than
    a reach from the one before it, or at or after a line break."""
    from julian_gregorian.text._extract import _RUN_GAP

    end = index + 1
    while (
        end < len(anchors)
        and anchors[end] - anchors[end - 1] <= _RUN_GAP
        and "\n" not in text[anchors[index] : anchors[end] + 1]
    ):
        end += 1
    return end


@given(_OFFSETS, st.lists(st.integers(0, 3000), max_size=5), st.data())
def test_a_run_of_anchors_ends_at_a_wide_gap_or_a_line_break(
    offsets: list[int], breaks: list[int], data: st.DataObject
) -> None:
    from julian_gregorian.text._extract import _run_end
    from julian_gregorian.text._link.footnotes import LineEnds

    anchors = sorted(offsets)
    text = "".join("\n" if at in breaks else "x" for at in range(anchors[-1] + 1))
    index = data.draw(st.integers(0, len(anchors) - 1))
    expected = _run_end_one_by_one(text, anchors, index)
    assert _run_end(array("q", anchors), index, LineEnds(text)) == expected
