"""The forward scan of a long text, where Hyperscan looks for narrower patterns of some
passes (``anchors._LONG_PASSES``, ``anchors._LONG_WIKITEXT_PASSES``) than the short
texts' scan does, misses no match of a pass, on texts built from the passes' own
vocabulary: every marker variant with its spaces dropped, doubled or replaced by other
white space and in every case, day numbers in other scripts, a day after an opening
parenthesis or bracket, dashed years around 1752 with every dash and invisible
character. (The hand-written texts of test_anchors_hyperscan.py rarely put a day and
the word after it right after an opening.)"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.examples import examples
from julian_gregorian.text._locate import anchors, hyperscan_candidates
from julian_gregorian.text._vocabulary import markers

hyperscan = pytest.importorskip("hyperscan")  # in the dev extra: skipped only outside it

_PHRASES = sorted(
    {variant for phrase, _, _ in markers.PHRASES for variant in markers.phrase_variants(phrase)}
)
#: Python's white space of every kind the passes' ``\s`` takes: a no-break space, a thin
#: one, file separator, next line, line separator, an ideographic space.
_SPACES = [" ", "\u00a0", "\u2009", "\u202f", "\n", "\t", "\x1c", "\x85", "\u2028", "\u3000"]
#: Day numbers, some in other scripts' digits (Arabic-Indic, full-width, mathematical,
#: Devanagari), which the passes' ``\d`` takes too.
_DIGITS = ["5", "12", "123", "31", "٥", "１２", "𝟓", "१२"]
_OTHER = [
    *("(", "( ", "[", "[ ", "[[", ")", "]", "]]", ". ", ":", "&nbsp;"),
    *("C.J.", "c.J.", "K. J.", "J.", "J:", "Note", "May", "мая", "Sept.", "de", "il", "с"),
    *("x" * 20, "é", "𝄞"),
]


_CASES: tuple[Callable[[str], str], ...] = (str, str.upper, str.lower, str.title)


@st.composite
def _marker(draw: st.DrawFn) -> str:
    """A marker phrase as a text may spell it."""
    phrase = draw(st.sampled_from(_PHRASES))
    if draw(st.booleans()):
        phrase = phrase.replace(". ", draw(st.sampled_from([".", ".  ", ".\n"])))
    phrase = phrase.replace(" ", draw(st.sampled_from(_SPACES)))
    return draw(st.sampled_from(_CASES))(phrase)


#: A year, a dash (or an invisible character and a dash) and a second year or its last
#: digits: "1714-15", "1752\u2060–\u20603", what the dual years' pass looks for.
_DASHED = st.builds(
    "{}{}{}".format,
    st.integers(990, 1760) | st.sampled_from([1752, 1753, 11714, 1999]),
    st.sampled_from(["-", "–", "—", "\u2060–\u2060", "\u00ad-", "\u200b-", "\ufeff–", " - "]),
    st.sampled_from(["1", "15", "01", "1753", "٥"]),
)
#: A day (or a word, or a marker) right after an opening parenthesis or bracket, what
#: those two passes look for: "[5 May", "( 12.)", "[September 9]", "(o 5 de".
_OPENED = st.builds(
    "{}{}{}{}{}".format,
    st.sampled_from(["(", "( ", "(\u2009", "[", "[ ", "[  "]),
    st.sampled_from(["", "il ", "o ", "с ", "September ", "Sept. ", "Note "]),
    st.sampled_from(_DIGITS),
    st.sampled_from(["", ".", ". ", "]", " ]", "], ", ")", " )", "rd", "-6", "–7 ", *_SPACES]),
    st.sampled_from(["May", "мая", "ноября", "1828", "de", "of", "II/", "x", "O.S.", "5", ""]),
)
_PIECE = _marker() | _OPENED | _DASHED | st.sampled_from(_DIGITS + _SPACES + _OTHER)
#: Fragments of a few pieces, joined by plain text or by a link as wikitext's are.
_FRAGMENTS = st.lists(
    st.lists(_PIECE, min_size=1, max_size=6).map("".join), min_size=20, max_size=100
)


def _joined(fragments: list[str], links: bool) -> str:
    return (" [[x]] " if links else " ~ ").join(fragments)


@functools.cache
def _scanner(wikitext: bool) -> hyperscan_candidates.Scanner:
    """A scanner of the passes of wikitext or of other text, built once for the module."""
    return hyperscan_candidates.Scanner(
        hyperscan, anchors._WIKITEXT_CANDIDATES if wikitext else anchors._PASSES
    )


@settings(max_examples=examples(60))
@given(_FRAGMENTS, st.booleans())
def test_every_match_of_a_pass_is_a_candidate_of_a_long_texts_scan(
    fragments: list[str], links: bool
) -> None:
    text = _joined(fragments, links)
    for wikitext, wider in ((False, anchors._LONG_PASSES), (True, anchors._LONG_WIKITEXT_PASSES)):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(hyperscan_candidates, "WORTH_SCANNING_FORWARD", 0)
            candidates = _scanner(wikitext).candidates(text, wider)
        # (the scan stops only past thousands of candidates, these texts' hundreds)
        assert candidates is not None
        for index, pattern in enumerate(wider):
            served = candidates[index]
            if pattern is not anchors._PASSES[index]:  # a narrower pattern: served forward
                assert served is not None
            if served is not None:
                # (the bracket's own pass in wikitext too, not its guard, which the
                # short texts' scan serves)
                matches = {match.start() for match in anchors._PASSES[index].finditer(text)}
                assert matches <= set(served), (anchors._FIRST_BY_INDEX[index], wikitext)


@settings(max_examples=examples(30))
@given(_FRAGMENTS, st.booleans())
def test_long_texts_give_the_same_anchors_with_the_forward_scan_and_without_hyperscan(
    fragments: list[str], links: bool
) -> None:
    text = _joined(fragments, links)
    if not links:  # (its brackets spaced out: read as other text, not as wikitext)
        text += " " * (text.count("[") * anchors._BRACKET_SPACING)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(anchors, "_QUICK_LOOK", -1)  # every text read as a long one
        patch.setattr(anchors, "_TINY", 0)
        patch.setattr(hyperscan_candidates, "WORTH_BUILDING", 0)
        patch.setattr(hyperscan_candidates, "WORTH_SCANNING_FORWARD", 0)
        scanned = anchors.find_anchors(text)
        patch.setenv(hyperscan_candidates.DISABLE_VARIABLE, "1")
        assert scanned == anchors.find_anchors(text)
