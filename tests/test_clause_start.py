"""A clause's start, found by one regex going back from an offset
(``openers._clause_start``), is the one a search forward over the same stretch finds:
after the last clause end (a full stop, question, exclamation or semicolon before a
space, not the full stop of an ordinal day; a line break) before the offset."""

from __future__ import annotations

import pytest

from julian_gregorian.text._read.openers import _CLAUSE_END, CLAUSE_REACH, _clause_start


def _forward(text: str, at: int, reach: int) -> int:
    low = max(0, at - reach)
    ends = [end.start() for end in _CLAUSE_END.finditer(text, low, at + 1) if end.start() < at]
    if not ends:
        return 0 if low == 0 else -1
    return ends[-1] + 1


_TEXTS = [
    "He left. According to the Julian calendar, still used then, he died on 8 March 1702.",
    "skjedde dette den 7. november; etter vestleg tidsrekning.\nNy linje her. Og så?  Ja!",
    "(O.S.) " * 80,  # full stops that end no clause, dense
    "a.b.c.d." * 60,
    "1. 2. 3.\n\n4; 5! 6? x" * 20,
    "no clause end at all in this one " * 12,
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("reach", [CLAUSE_REACH, 41])
def test_the_start_found_back_is_the_start_found_forward(text: str, reach: int) -> None:
    for at in range(len(text)):
        assert _clause_start(text, at, reach) == _forward(text, at, reach), at


def test_a_clause_end_right_before_the_offset_counts() -> None:
    text = "He left.\nThen"
    assert _clause_start(text, text.index("\n")) == len("He left.")
    assert _clause_start(text, text.index("Then")) == text.index("Then")
