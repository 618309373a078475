"""The screen's leads: short patterns that stand for the bracket's pass in the screen of
short texts, the pass tried in Python where one matches (hyperscan_candidates.Lead).

A text the screen passes over must hold no anchor: each match of the pass must begin
within a lead's reach of the end of one of its matches, which these tests check on real,
crafted and random texts, and the screen's verdict with the leads tried is compared with
the passes' own anchors."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.examples import examples
from julian_gregorian.text._locate import anchors, hyperscan_candidates
from test_anchors_hyperscan import _PIECES, _real_texts
from test_anchors_screen import _anchors_without_hyperscan, _phrase_texts, _screen

pytest.importorskip("hyperscan")  # in the dev extra: skipped only outside it


def _bracket_matches(text: str) -> list[int]:
    return [found.start() for found in anchors._BRACKET_PASS.finditer(text)]


def _lead_ends(lead: hyperscan_candidates.Lead, text: str, start: int) -> list[int]:
    """Where the lead's match from *start* ends, as Python's engine matches it, in
    characters of *text* (a lead of bytes read in its UTF-8)."""
    if isinstance(lead.pattern.pattern, str):
        found = lead.pattern.match(text, start)  # type: ignore[call-overload]
        return [] if found is None else [found.end()]
    data = text.encode("utf-8")
    found = lead.pattern.match(data, len(text[:start].encode("utf-8")))  # type: ignore[call-overload]
    return [] if found is None else [len(data[: found.end()].decode("utf-8"))]


def _covered(text: str, at: int) -> bool:
    """Whether a lead, as Python's engine matches it, ends within its reach after the
    bracket's match at *at* (Hyperscan reports every end of every match: more)."""
    for lead in anchors._screen_leads():
        for start in range(at, min(len(text), at + lead.reach)):
            for end in _lead_ends(lead, text, start):
                if end - lead.reach <= at < end:
                    return True
    return False


def test_every_match_of_the_bracket_s_pass_in_real_texts_is_within_a_lead_s_reach() -> None:
    matched = 0
    for text in [*_real_texts(), *_phrase_texts()]:
        for at in _bracket_matches(text):
            matched += 1
            assert _covered(text, at), text[max(0, at - 20) : at + 40]
    assert matched > 100


#: Pieces of text near the bracket's anchors and its leads' look-alikes.
_BRACKET_PIECES = [
    "[",
    "]",
    "[[",
    "]]",
    "12",
    "9",
    "\u0663",  # (an Arabic-Indic digit: Python's \d takes it)
    "\U0001d7d8",  # (a mathematical digit, of four bytes)
    " ",
    "\u00a0",
    ".",
    "September",
    "сентября",
    "мая",
    "K.J.: ",
    "St. ",
    "Note ",
    "Ada",
    "é",
    "Москва",
]


@settings(max_examples=examples(400))
@given(st.lists(st.sampled_from([*_BRACKET_PIECES, *_PIECES]), max_size=40))
def test_every_match_of_the_bracket_s_pass_in_random_texts_is_within_a_lead_s_reach(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    for at in _bracket_matches(text):
        assert _covered(text, at)


#: Text before a bracket: none, a few characters of two bytes (the pass tried from that
#: many characters earlier), many (the characters before the lead's match counted).
_BEFORE = ["", "é ", "Москва " * 20]


@pytest.mark.parametrize("before", ["", "x " * 40])
@pytest.mark.parametrize(
    "text",
    [
        "* [[523 Ada]], minor planet",  # a bracket and a digit
        # a bracket, a marker's first characters and a number, too far after them
        "* [[St. Petersburg and the long way round 1703]]",
        "[[Category:Publications established in 2008]]",  # a digit and a bracket
        "[[Note 12]] and [Note 3]",  # (the pass leaves "Note" to footnotes)
        # a day of other digits, which the reader does not read (Python's \d takes it)
        "5 мая [\u0663 мая]",
    ],
)
def test_a_text_whose_leads_match_where_the_pass_does_not_is_passed_over(
    before: str, text: str
) -> None:
    padded = before + text + " and more text" * 10
    assert _anchors_without_hyperscan(padded) == []
    assert _screen().holds_none(padded)
    assert _screen(("day",)).words_in(padded) is False
    assert _screen(("day",)).words_in(padded + " one day") is True


@pytest.mark.parametrize("before", _BEFORE)
@pytest.mark.parametrize(
    "text",
    [
        "28 августа [9 сентября] 1828",
        "7 [20] ноября",
        "August 28 [September 9]",
        "[K.J.: 30 Mei]",
        "[A.S. 12 Dizember]",
        "5 мая [31 мая]",
    ],
)
def test_a_text_whose_leads_match_where_the_pass_does_is_not_passed_over(
    before: str, text: str
) -> None:
    padded = before + text + " and more text" * 10
    assert _bracket_matches(padded)
    assert _anchors_without_hyperscan(padded)
    assert not _screen().holds_none(padded)
    assert _screen(("day",)).words_in(padded + " one day") is None


@pytest.mark.parametrize("before", _BEFORE)
def test_every_marker_in_a_bracket_before_a_number_is_not_passed_over(before: str) -> None:
    # (no other pass finds most of them: only the leads of the bracket's markers do)
    for beginning in sorted(anchors._marker_beginnings()):
        # (the number not right before the closing bracket, where the lead of a month and
        # a day would find it)
        for text in (
            f"[{beginning} 12 x]",
            f"[ {beginning} 12 x]",  # (the one space the pass lets follow the bracket)
            f"[{beginning}: vol. 3, x]",
            f"[{beginning}\u0663 x]",
        ):
            padded = before + text + " and more text" * 10
            assert _anchors_without_hyperscan(padded), padded
            assert not _screen().holds_none(padded), padded


@pytest.mark.parametrize(
    "text",
    [
        # a marker after the bracket and its space (review of the leads, point 3)
        "Born 1672 [ Alte Zeitrechnung: 30 Mai] in Moskau.",
        # the farthest a marker's number may stand: 28 characters after the bracket
        # and its space, the reach of the markers' leads
        "[ Alte" + "x" * 24 + "1 x",
        "[Alte" + "x" * 24 + "1 x",
        # the farthest a day may stand after a month, the reach of a digit and the
        # closing bracket
        "[ Septembre. 12] x",
        "[Septembre. 12] x",
    ],
)
@pytest.mark.parametrize("before", ["", "x " * 40])
def test_the_leads_reach_as_far_as_the_pass(before: str, text: str) -> None:
    padded = before + text + " and more text" * 10
    assert _bracket_matches(padded)
    assert _anchors_without_hyperscan(padded)
    assert not _screen().holds_none(padded)


@settings(max_examples=examples(400))
@given(st.lists(st.sampled_from([*_BRACKET_PIECES, *_PIECES, "day"]), max_size=60))
def test_the_screen_with_its_leads_passes_over_no_random_text_with_an_anchor(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    held = _screen(("day",)).words_in(text)
    if _anchors_without_hyperscan(text):
        assert held is None
    elif held is not None:
        assert held is ("day" in text)


def test_a_text_with_too_many_matches_of_the_leads_is_screened_without_them() -> None:
    # (a year link or a footnote mark every few lines: trying the pass at each cost more
    # than the scan of its wider pattern; text past ASCII is always screened so)
    screen = _screen(("day",))
    for piece in ("In [[1905]] the empire changed. ", "The city grew.[12] ", "در ۱۳۰۲ "):
        few = piece * 2 + "and more text " * 30
        many = piece * (hyperscan_candidates.MOST_LEAD_MATCHES + 1) + "and more text " * 30
        for text in (few, many, few + " that day", many + " that day"):
            assert _anchors_without_hyperscan(text) == []
            assert screen.words_in(text) is ("day" in text)
    dated = "In [[1905]] x. " * 20 + "28 августа [9 сентября] 1828 and more text"
    assert screen.words_in(dated) is None


def test_a_lead_s_pass_must_begin_with_a_literal_character() -> None:
    hyperscan = pytest.importorskip("hyperscan")
    lead = hyperscan_candidates.Lead(re.compile("a"), 1, re.compile(r"\w"))
    with pytest.raises(hyperscan_candidates.UntranslatableError, match="literal"):
        hyperscan_candidates.Screen(hyperscan, (), leads=(lead,))
    # (str.find looks for the first character as it is written)
    folded = hyperscan_candidates.Lead(re.compile("a"), 1, re.compile("x", re.IGNORECASE))
    with pytest.raises(hyperscan_candidates.UntranslatableError, match="one case"):
        hyperscan_candidates.Screen(hyperscan, (), leads=(folded,))
    caseless = hyperscan_candidates.Lead(re.compile("a"), 1, re.compile(r"\[x", re.IGNORECASE))
    assert hyperscan_candidates.Screen(hyperscan, (), leads=(caseless,)).holds_none("b" * 9)


@pytest.mark.parametrize(
    "before",
    [
        "",
        "é ",  # a byte past one per character: the characters before counted
        "ééé " + "- " * 40,
    ],
)
def test_a_lead_s_pass_is_tried_within_its_reach_only(before: str) -> None:
    hyperscan = pytest.importorskip("hyperscan")
    # (a pass "x" that matches wherever its character stands, its lead "Q" right after)
    lead = hyperscan_candidates.Lead(re.compile("Q"), 2, re.compile("x"))
    screen = hyperscan_candidates.Screen(hyperscan, (), leads=(lead,))
    assert screen.holds_none(before + "x" + "b" * 8 + "Q and more")  # (8 characters off)
    assert not screen.holds_none(before + "b" * 8 + "xQ and more")
    assert not screen.holds_none(before + "b" * 8 + "éxQ and more")
    assert screen.holds_none(before + "nothing here")


def test_text_of_other_scripts_is_screened_with_the_pass_s_wider_pattern() -> None:
    hyperscan = pytest.importorskip("hyperscan")
    lead = hyperscan_candidates.Lead(re.compile("Q"), 2, re.compile("x"))
    screen = hyperscan_candidates.Screen(hyperscan, (), leads=(lead,))
    other_script = "Москва " * 20
    assert not screen.holds_none(other_script + "x" + "b" * 8 + "Q and more")
    assert screen.holds_none(other_script + "nothing here")


def test_a_lead_s_pass_is_tried_within_each_lead_s_own_reach() -> None:
    hyperscan = pytest.importorskip("hyperscan")
    # (review of the leads, point 4: a later lead of a longer reach tries what an
    # earlier, shorter one did not)
    leads = (
        hyperscan_candidates.Lead(re.compile("Q"), 2, re.compile("x")),
        hyperscan_candidates.Lead(re.compile("Z"), 10, re.compile("x")),
    )
    screen = hyperscan_candidates.Screen(hyperscan, (), leads=leads)
    assert not screen.holds_none("xbbbbbbQZ")
    assert not screen.holds_none("xbbbbbbZ")
    assert screen.holds_none("xbbbbbbbbbbbbQZ")
