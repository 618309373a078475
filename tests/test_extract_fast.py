"""The shortcut for the commonest shapes gives exactly what the general reading gives:
the same draft as the window reader, and so the same items."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian import extract
from julian_gregorian.calendar._months import MONTH_NAMES
from julian_gregorian.languages import LANGUAGES
from julian_gregorian.text._drafts import Draft
from julian_gregorian.text._read.normalise import normalise
from julian_gregorian.text._read.shortcut import _word_before, read_shortcut
from julian_gregorian.text._read.windows import read_window
from julian_gregorian.text.items import Item

EXTRACT_MODULE = sys.modules["julian_gregorian.text._extract"]


def _general(text: str) -> list[Item]:
    saved = EXTRACT_MODULE.read_shortcut
    EXTRACT_MODULE.read_shortcut = lambda text, anchor: None
    try:
        return extract(text)
    finally:
        EXTRACT_MODULE.read_shortcut = saved


def _shortcut_draft(text: str) -> Draft | None:
    anchor = text.find("O.S.")
    return None if anchor == -1 else read_shortcut(text, anchor + 2)


def _window_drafts(text: str) -> list[Draft]:
    return read_window(normalise(text, 0, len(text), wikitext=False))


def _shortcut_taken(text: str) -> bool:
    return _shortcut_draft(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "On 6 November [O.S. 24 October] 1917, they rose.",
        "the night of 7–8 November [O.S. 25–26 October] 1917",
        "Celebrations ended in 1904 on 7 January [O.S. 25 December] 1904.",
        "found on 1 January [O.S. 19 December] 1917 downstream",
        "began on 24 October 1917 (O.S.). The next day",
        "on 30–31 December 1916 (O.S.) they met",
        "(9 June [O.S. 30 May] 1672 – 8 February [O.S. 28 January] 1725)",
    ],
)
def test_shortcut_examples_equal_the_general_reading(text: str) -> None:
    assert _shortcut_taken(text)
    assert extract(text) == _general(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 6 November [O.S. 24 October] 1917, they rose.",
        "the night of 7–8 November [O.S. 25–26 October] 1917",
        "found on 1 January [O.S. 19 December] 1917 downstream",
        "began on 24 October 1917 (O.S.). The next day",
        "on 30–31 December 1916 (O.S.) they met",
    ],
)
def test_the_shortcut_makes_the_draft_the_window_reader_makes(text: str) -> None:
    draft = _shortcut_draft(text)
    assert draft is not None
    assert _window_drafts(text) == [draft]


@pytest.mark.parametrize(
    "text",
    [
        "He died on 7 November 1917[1] in Petrograd.\n\n[1] 25 October 1917 (O.S.)\n",
        "He died on 7 November 1917<ref>25 October 1917 (O.S.)</ref> in Petrograd.\n",
    ],
)
def test_a_date_the_shortcut_reads_in_a_footnote_is_joined_to_the_text(text: str) -> None:
    assert _shortcut_taken(text)
    (item,) = extract(text)
    assert (item.shape, item.old_style is not None, item.new_style is not None) == (
        "footnote",
        True,
        True,
    )
    assert [item] == _general(text)


@pytest.mark.parametrize(
    "text",
    [
        "from 30 October – 6 November [O.S. 24 October] 1917",  # part of a range
        "on 6 November [O.S. 24 October] 1917/18",  # a dual year follows
        "on 6 November [O.S. 24 October] 1917 (N.S.)",  # another marker follows
        "on 6 Nov. [O.S. 24 Oct.] 1917",  # abbreviations
        "on [[6 November]] [O.S. 24 October] 1917",  # markup
    ],
)
def test_the_shortcut_leaves_anything_else_to_the_general_reading(text: str) -> None:
    assert extract(text) == _general(text)


@pytest.mark.parametrize(
    "word", sorted({word for language in LANGUAGES for word in language.range_words})
)
def test_a_range_word_before_the_first_day_leaves_the_shape_to_the_general_reading(
    word: str,
) -> None:
    # "3 to 5 March 1700 (O.S.)": the 5 ends a range, in every language's range word.
    text = f"from 3 {word} 5 March 1700 (O.S.) on"
    assert _shortcut_draft(text) is None
    assert _shortcut_draft(f"from 3 {word}x 5 March 1700 (O.S.) on") is not None
    assert extract(text) == _general(text)


@pytest.mark.parametrize("space", ["\t", "\xa0", "\n", "\u2009"])
def test_a_range_word_after_any_white_space_leaves_the_shape_to_the_general_reading(
    space: str,
) -> None:
    # A no-break space or a line break before "to" is a range all the same: the general
    # reading takes it whole, from its first day.
    text = f"He stayed there from 3{space}to 5 March 1700 (O.S.) and left."
    assert _shortcut_draft(text) is None
    [item] = extract(text)
    assert item.text.startswith("3")
    assert extract(text) == _general(text)


days = st.integers(min_value=1, max_value=31)
months = st.sampled_from(MONTH_NAMES)


@given(days, months, days, months, st.integers(min_value=1000, max_value=2099), st.booleans())
def test_generated_bracketed_pairs_agree(
    day: int, month: str, old_day: int, old_month: str, year: int, marked: bool
) -> None:
    if marked:
        text = f"It was {day} {month} {year} (O.S.), they say."
    else:
        text = f"It was {day} {month} [O.S. {old_day} {old_month}] {year}, they say."
    assert extract(text) == _general(text)
    draft = _shortcut_draft(text)
    if draft is not None:
        assert _window_drafts(text) == [draft]


def test_the_word_before_a_first_day_is_looked_for_near_it_only() -> None:
    # A line break before the day leaves no space to find: the word is cut at the reach,
    # not taken back to the text's start (which made a long text quadratic).
    text = "x" * 10_000 + "\n7 November [O.S. 25 October] 1917"
    assert len(_word_before(text, 10_000)) < 20
    assert _word_before("days 3 to 5 March", 9) == "to"
