"""The shapes tried per date of a window, and the years read per dual year, are counted
(issue 11, item 6: a text full of dates costs a bounded work per item), and the
candidates found with fewer tries are those trying every shape in turn finds."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from julian_gregorian import extract
from julian_gregorian.text._read import shapes, tokens
from julian_gregorian.text._read.shapes import Found, candidates

#: The codes a window's tokens are written with (see text/_read/tokens.py).
CODES = "dDnYONQPw()[],;:=/-~.|"


def _one_by_one(codes: str, position: int) -> Iterator[Found]:
    """The candidates as every shape tried alone, in priority order, finds them."""
    compiled = [re.compile(shape.pattern) for shape in shapes._SHAPES]
    for start in range(position, len(codes)):
        found = False
        for shape, pattern in zip(shapes._SHAPES, compiled, strict=True):
            match = pattern.match(codes, start)
            if match is not None:
                found = True
                roles = {role: match.span(role) for role in shape.roles if match.start(role) != -1}
                yield Found(shape.name, start, match.end(), roles)
        if found:
            return


def _codes(generator: random.Random) -> str:
    # Dates, markers and brackets weighted up, so that most strings hold several shapes.
    weights = [6, 6, 2, 3, 4, 4, 1, 1, 3, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]
    return "".join(generator.choices(CODES, weights, k=generator.randint(1, 14)))


def test_the_candidates_are_those_each_shape_tried_alone_finds() -> None:
    generator = random.Random(11)
    for _ in range(3000):
        codes = _codes(generator)
        position = generator.randrange(len(codes))
        assert list(candidates(codes, position)) == list(_one_by_one(codes, position))


def test_the_shapes_the_windows_read_are_the_documented_examples() -> None:
    # (the random strings above hold every shape but the longest few; these do too)
    for codes in ("D(OD;OD)", "d[Od]Y", "Y[OY]", "D,(O),Y(OD)", "(DO),D", "DO,wDN", "n/DO"):
        assert list(candidates(codes, 0)) == list(_one_by_one(codes, 0))


class _Counting:
    """A compiled pattern whose matches are counted."""

    calls = 0

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def match(self, codes: str, start: int) -> re.Match[str] | None:
        _Counting.calls += 1
        return self.pattern.match(codes, start)


@pytest.mark.parametrize(
    "pattern", ["<ref>5 March 1731 O.S. ", "5 марта 1731 по ст. ст. ", "[[a|5 March 1731 O.S. "]
)
def test_a_failed_reading_costs_one_match_of_the_shapes_after_it(
    pattern: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each date of "5 March 1731 O.S. 5 March 1731 O.S. …" is first found as a prose
    # pair with the next (two Old Style dates: no pair), then as a marked date: one
    # match of the shapes after the prose one (it was fourteen, one per shape).
    from_shape = shapes._from
    monkeypatch.setattr(shapes, "_from", lambda first: _Counting(from_shape(first)))
    for size in (200, 2_000):
        _Counting.calls = 0
        assert len(extract(pattern * size)) == size
        # (windows overlap by a reach: a few dates are read twice)
        assert _Counting.calls <= size + size // 10


def test_a_dual_year_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read = tokens._year
    calls = []
    monkeypatch.setattr(tokens, "_year", lambda text: calls.append(text) or read(text))
    codes, found = tokens.tokenize("1749/50 " * 50 + "No 1408/71 ")
    assert codes == "Y" * 50 + "w/w"  # a reference number, not a dual year
    assert found[0].fields is not None
    assert found[0].fields.dual == (1749, 1750)
    assert calls == ["1749/50"] * 50 + ["1408/71"]
