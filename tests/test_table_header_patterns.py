"""The header cells' patterns, led by the check for a word start that each phrase asks
after its first letter (``tables._word_start_first``), match where the patterns built
before it did (kept here as the reference): in generated cells of the phrases of every
language record, in any case, after any character, and in the real sample's pages."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian.dumps import read_pages
from julian_gregorian.text._read import tables
from julian_gregorian.text._vocabulary import markers
from julian_gregorian.text._vocabulary.lexicon import led_by

SAMPLE = Path(__file__).resolve().parent / "data" / "enwiki-sample-pages-articles.xml.bz2"

_ENGLISH = {
    "old": ("JOс", r"Julian|Old[\s-][Ss]tyle|\bO\.\s?S\.|\bOS\b|старому"),
    "new": ("GNн", r"Gregorian|New[\s-][Ss]tyle|\bN\.\s?S\.|\bNS\b|новому"),
}


def _reference(calendar: str) -> re.Pattern[str]:
    """The header pattern of *calendar* as it was built before: the phrases grouped by
    their first letter, each group asking for a word start after it."""
    phrases = sorted(
        {phrase for phrase, side, _ in markers.PHRASES if side == calendar}, key=len, reverse=True
    )
    recorded = markers.by_first_letter([markers.phrase_pattern(phrase) for phrase in phrases])
    firsts = "".join(sorted({re.escape(phrase[0]) for phrase in phrases}))
    return re.compile(f"{led_by(*_ENGLISH[calendar])}|(?i:{led_by(firsts, recorded)})")


_PAIRS = [(tables._headers()[0], _reference("old")), (tables._headers()[1], _reference("new"))]
_PHRASES = sorted({phrase for phrase, _, _ in markers.PHRASES})
_CASED = st.sampled_from([str, str.upper, str.lower, str.swapcase, str.title])
_BEFORE = st.sampled_from(["", " ", "a", "É", "1", ".", "_", "|", "ユ", "\n", "-", "ſ", "K"])


@st.composite
def _cells(draw: st.DrawFn) -> str:
    pieces = draw(
        st.lists(
            st.tuples(_BEFORE, st.sampled_from(_PHRASES), _CASED, st.integers(0, 3)),
            max_size=4,
        )
    )
    # a phrase whole or cut short, after one character or none, in one of its cases
    return "".join(
        before + cased(phrase)[: len(phrase) - cut] for before, phrase, cased, cut in pieces
    )


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@given(_cells(), st.integers(0, 8))
def test_the_patterns_match_where_the_former_ones_did(text: str, pos: int) -> None:
    for pattern, reference in _PAIRS:
        assert _matches(pattern, text) == _matches(reference, text)
        found, expected = pattern.search(text, pos), reference.search(text, pos)
        assert (found and found.span()) == (expected and expected.span())


def test_every_phrase_after_every_character_as_before() -> None:
    matched = 0
    for phrase in _PHRASES:
        for before in ("", " ", "x", ".", "7", "ユ", "ſ"):
            for cased in (str, str.upper, str.lower):
                text = before + cased(phrase)
                for pattern, reference in _PAIRS:
                    assert _matches(pattern, text) == _matches(reference, text)
                    matched += bool(_matches(pattern, text))
    assert matched > len(_PHRASES)


def test_the_real_pages_as_before() -> None:
    found = 0
    for page in read_pages(SAMPLE):
        for pattern, reference in _PAIRS:
            expected = _matches(reference, page.text)
            assert _matches(pattern, page.text) == expected
            found += len(expected)
    assert found > 0
