"""Whether a long text is dense with brackets (which passes Hyperscan is asked for), told
a step at a time, is what the count of all the brackets of its probe told."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian.dumps import read_pages
from julian_gregorian.text._locate import anchors
from julian_gregorian.text._locate.anchors import dense_with_brackets

SAMPLE = Path(__file__).resolve().parent / "data" / "enwiki-sample-pages-articles.xml.bz2"


def _reference(text: str, length: int) -> bool:
    """The former judgment: every bracket of the probe counted at once."""
    probe = anchors._BRACKET_PROBE
    return text.count("[", 0, probe) * anchors._BRACKET_SPACING >= min(length, probe)


@given(
    st.lists(st.sampled_from(["[", "[[", "a", "ab", "é", "\n", "x" * 9]), max_size=200).map(
        "".join
    ),
    st.sampled_from([(500, 100_000, 1 << 13), (4, 40, 8), (3, 17, 1), (2, 30, 64)]),
)
def test_the_steps_tell_what_the_whole_count_told(
    text: str, constants: tuple[int, int, int]
) -> None:
    spacing, probe, step = constants
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(anchors, "_BRACKET_SPACING", spacing)
        patch.setattr(anchors, "_BRACKET_PROBE", probe)
        patch.setattr(anchors, "_BRACKET_STEP", step)
        assert dense_with_brackets(text, len(text)) == _reference(text, len(text))


def test_real_pages_and_the_edges() -> None:
    texts = [page.text for page in read_pages(SAMPLE)]
    verdicts = [dense_with_brackets(text, len(text)) for text in texts]
    assert verdicts == [_reference(text, len(text)) for text in texts]
    assert all(verdicts)  # (wikitext: one character in 125 to 500 is a bracket)
    # Exactly enough brackets, one short, past the probe only; the empty text.
    size = anchors._BRACKET_PROBE
    needed = size // anchors._BRACKET_SPACING
    for text in (
        "[" * needed + "a" * (size - needed),
        "[" * (needed - 1) + "a" * (size - needed + 1),
        "a" * size + "[" * size,
        "",
    ):
        assert dense_with_brackets(text, len(text)) == _reference(text, len(text))
    assert dense_with_brackets("[" * needed + "a" * (size - needed), size)
    assert not dense_with_brackets("[" * (needed - 1) + "a" * (size - needed + 1), size)
    assert not dense_with_brackets("a" * size + "[" * size, 2 * size)
