"""The tokenizer's quick tests for markers in small letters never hide a marker.

A window is searched for the markers that begin with a small Latin letter (``stil
vechi``, ``gs``, ``old style``) only where two quick tests find a sign of one: the keys
of the phrases, then the closer ``SMALL_PLACES``. Each phrase, as written and spaced as
its pattern allows, passes both; a short key inside a word does not pass the second.
"""

from __future__ import annotations

import re

import pytest

from julian_gregorian.text._read.tokens import _SMALL_PLACES, SMALL_HINT, tokenize
from julian_gregorian.text._vocabulary import markers

_SMALL_PHRASES = sorted(
    {
        variant
        for phrase, _, _ in markers.PHRASES
        for variant in markers.phrase_variants(phrase)
        if phrase[0].isascii() and phrase[0].islower()
    }
)


def _spaced(phrase: str) -> list[str]:
    """The phrase, and with the spacing its pattern also takes: none or two spaces after a
    full stop, two spaces between words."""
    return sorted(
        {
            phrase,
            phrase.replace(". ", "."),
            phrase.replace(". ", ".  "),
            re.sub(r"(?<=\w) (?=\w)", "  ", phrase),
        }
    )


@pytest.mark.parametrize("phrase", _SMALL_PHRASES)
def test_every_small_marker_passes_the_closer_test(phrase: str) -> None:
    marker = re.compile(markers.phrase_pattern(phrase))
    for spaced in _spaced(phrase):
        text = f"5 March 1731 ({spaced}) and more"
        if marker.search(text):
            assert _SMALL_PLACES.search(text), spaced


@pytest.mark.parametrize(
    "text", ["24 May 1731 old style", "24 May 1731 new-Style", "24 May 1731 old Style dates"]
)
def test_the_hand_written_english_markers_pass_it(text: str) -> None:
    assert _SMALL_PLACES.search(text)


def test_a_short_key_inside_a_word_does_not() -> None:
    # "ns" (Swedish nya stilen) is a key: the first test finds it in "insurrection".
    text = "the insurrection of 25 October 1917 (Old Style)"
    assert SMALL_HINT.search(text)
    assert not _SMALL_PLACES.search(text)
    assert tokenize(text)[0] == "wD(O)"


def test_a_short_marker_standing_as_a_word_is_read() -> None:
    codes, _ = tokenize("18 februari 1700 gs")
    assert codes.endswith("O")
