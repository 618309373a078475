"""Section 6 of the catalogue: typography and markup inside pairs; offsets stay exact."""

from __future__ import annotations

import pytest

from helpers.extract import only, pair, span, words
from julian_gregorian import extract


@pytest.mark.parametrize(
    "text",
    [
        "born 8\u00a0February [O.S. 27\u00a0January] 1834 in Tobolsk",  # no-break spaces
        "born 8\u202fFebruary [O.S.\u200927 January] 1834 in Tobolsk",  # thin spaces
        "born 8&nbsp;February [O.S.&nbsp;27 January] 1834 in Tobolsk",  # entities
        "born 8 February [O.S. 27 January]\n1834 in Tobolsk, the son of a head teacher at the",
        "born 8 February[1] [O.S. 27 January] 1834 in Tobolsk",  # footnote mark inside
        "born 8  February  [O.S.  27 January]  1834 in Tobolsk",  # doubled spaces
    ],
)
def test_pairs_read_through_spacing_and_marks(text: str) -> None:
    item = only(text)
    assert (span(item.old_style), span(item.new_style)) == ("1834-01-27", "1834-02-08")
    assert text[item.offset : item.end_offset] == item.text
    assert item.text.startswith("8")
    assert item.text.endswith("1834")
    new_words = words(text, item.new_style)
    assert new_words is not None
    assert new_words.startswith("8")
    assert new_words.endswith("February")


def test_offsets_of_a_side_cover_the_original_characters_of_an_entity() -> None:
    text = "born 8&nbsp;February [O.S. 27 January] 1834 in Tobolsk"
    item = only(text)
    assert words(text, item.new_style) == "8&nbsp;February"
    assert item.text == "8&nbsp;February [O.S. 27 January] 1834"


def test_a_pair_across_a_hard_wrapped_line_break() -> None:
    text = (
        "The army left Moscow after the battle of\n"
        "22 October 1612 Old Style (1 November New\n"
        "Style), and the garrison surrendered soon after.\n"
    )
    (item,) = extract(text)
    assert (span(item.old_style), span(item.new_style)) == ("1612-10-22", "1612-11-01")
    assert (item.line, item.column, item.end_line, item.end_column) == (2, 1, 3, 7)
    assert text[item.offset : item.end_offset] == item.text


def test_a_paragraph_break_separates_what_a_line_break_would_join() -> None:
    joined = "It happened on 7 November 1917\n(25 October, O.S.) by the old reckoning."
    assert [item.kind for item in extract(joined)] == ["pair"]
    parted = "It happened on 7 November 1917\n\n(25 October, O.S.) by the old reckoning."
    assert [item.kind for item in extract(parted)] == ["old_style"]


def test_a_footnote_mark_between_a_date_and_its_partner() -> None:
    text = "He was born on 3 June 1752[7] (23 May Old Style) in Kent."
    item = only(text)
    assert item.text == "3 June 1752[7] (23 May Old Style)"
    assert (span(item.old_style), span(item.new_style)) == ("1752-05-23", "1752-06-03")


@pytest.mark.parametrize("dash", ["–", "-", " – ", "—"])
def test_range_dashes(dash: str) -> None:
    text = f"the siege of 22{dash}24 June [O.S. 12{dash}14 June] 1700"
    item = only(text)
    assert (span(item.old_style), span(item.new_style)) == (
        "1700-06-12..1700-06-14",
        "1700-06-22..1700-06-24",
    )


def test_markdown_emphasis_and_quote_marks_are_read_through() -> None:
    text = "> **Peter** was born on *9 June* [O.S. 30 May] 1672\n> in Moscow."
    item = only(text)
    assert (span(item.old_style), span(item.new_style)) == ("1672-05-30", "1672-06-09")
    assert words(text, item.new_style) == "9 June"


@pytest.mark.parametrize(
    "text",
    [
        'on [8 February](/wiki/8_February "8 February") [O.S. 27 January] 1834 in Tobolsk',
        "born on 8 February\n[O.S. 27 January] 1834 in Tobolsk, the son of a teacher",
        "born on 8 February [[[Old Style and New Style dates|O.S.]] 27 January] 1834",
    ],
)
def test_markdown_links_short_wrapped_lines_and_linked_markers(text: str) -> None:
    item = only(text)
    assert (span(item.old_style), span(item.new_style)) == ("1834-01-27", "1834-02-08")
    assert text[item.offset : item.end_offset] == item.text


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (r"Peter was born 9 June \[O.S. 30 May\] 1672 in Moscow.", "1672-05-30", "1672-06-09"),
        (r"born 9 June \[[O.S.](/wiki/Old_Style) 30 May\] 1672", "1672-05-30", "1672-06-09"),
    ],
)
def test_markdown_escaped_brackets_are_read_as_brackets(text: str, old: str, new: str) -> None:
    assert pair(text) == (old, new)


def test_markdown_escaped_parentheses_around_a_bare_marker() -> None:
    text = r"Lenin came on 24 October 1917 \(O.S.\) at night."
    item = only(text)
    assert (item.kind, span(item.old_style)) == ("old_style", "1917-10-24")
    assert item.text == r"24 October 1917 \(O.S.\)"
