"""The check's cost grows with the text as the text does, on crafted input too: counted,
not timed.

Each text below is built twice, with n and with 2n of what it repeats (wrong pairs in
one passage, quotations on one line, directives, fixes that do not settle, the dates of
an infobox), and checked while the lines of Python run in ``julian_gregorian.checks``
are counted: the second may cost twice the first, not four times. Each family was
quadratic once: its pairs compared with every other pair of their passage (3,500 pairs
in one section of 153 KB took 38 s to check), a finding's line searched from its start, the spans
before a finding walked, each fix compared with each finding of the fixed text, each
finding with each directive, each wrong pair with each date of the infobox.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import julian_gregorian.checks
from julian_gregorian.checks import check_text
from julian_gregorian.checks._reach import Reach
from julian_gregorian.checks._suppressions import find_directives

_CHECKS = str(Path(julian_gregorian.checks.__file__).parent)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")


def _pair(index: int, gap: int, year: str = "") -> str:
    """A pair without a year (or with *year*) whose N.S. day is *gap* days after its O.S. day."""
    month = _MONTHS[index % len(_MONTHS)]
    day = 16 + index % 13
    return f"{day} {month} [O.S. {day - gap} {month}]{year}"


def _passage(count: int, gaps: tuple[int, ...], opening: str = "") -> str:
    """One section of *count* sentences, each with a pair, the gaps taken in turn."""
    sentences = (f"On {_pair(i, gaps[i % len(gaps)])} they marched." for i in range(count))
    return f"== Campaign ==\n{opening}" + " ".join(sentences) + "\n"


def _quoted_line(count: int) -> str:
    """Wrong pairs on one line, each after a quotation in marks."""
    return " ".join(f'"Said." On {_pair(i, 12, " 1917")} it was.' for i in range(count))


def _after_a_long_comment(count: int) -> str:
    """A comment as long as the rest, then wrong pairs, each after a span of code."""
    rest = " ".join(f"`c{i}` On {_pair(i, 12, ' 1917')} it was." for i in range(count))
    return f"<!-- {'x' * len(rest)} -->\n{rest}"


def _unsettled(count: int) -> str:
    """Pairs whose fix would be read as another pair (a slash pair with the number before)."""
    return ". ".join(["5st/3\u00a0Január\u00a0884[старого стиля 6 Février 1631]"] * count)


def _directive_lines(count: int) -> str:
    """A wrong pair on each line, each silenced by a directive on its line."""
    line = f"On {_pair(0, 12, ' 1917')} it was. <!-- julian-gregorian: ignore JG101 -->"
    return "\n".join([line] * count)


def _infobox(count: int) -> str:
    """An infobox of *count* dates, none of the days of the *count* wrong pairs after it."""
    dates = ", ".join(f"{1 + i % 28} September {1000 + i % 999}" for i in range(count))
    pairs = " ".join(f"On {_pair(i, 12, ' 1700')} they marched." for i in range(count))
    return "{{Infobox event\n| date = " + dates + "\n}}\n" + pairs


FAMILIES: dict[str, Callable[[int], str]] = {
    "yearless pairs no period fits": lambda n: _passage(n, (15,)),
    "yearless pairs, every third 11 days apart": lambda n: _passage(n, (11, 12, 12)),
    "context years doubted, 11 and 12 days apart": lambda n: _passage(
        n, (11, 12), "In 1700 the army set out. "
    ),
    "wrong pairs after quotations on one line": _quoted_line,
    "wrong pairs after code spans, past a long comment": _after_a_long_comment,
    "fixes that do not settle": _unsettled,
    "a directive on each wrong pair's line": _directive_lines,
    "an infobox as long as its article": _infobox,
}


def _steps(run: Callable[[], object]) -> int:
    """The lines of Python of ``julian_gregorian.checks`` that *run* executes."""
    count = 0

    def lines(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return lines

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return lines if frame.f_code.co_filename.startswith(_CHECKS) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        run()
    finally:
        sys.settrace(previous)
    return count


@pytest.mark.parametrize("family", list(FAMILIES))
def test_twice_as_much_text_costs_at_most_twice_as_many_steps(family: str) -> None:
    build = FAMILIES[family]
    small, large = build(150), build(300)
    check_text(large)  # (the patterns compiled and the caches filled on first use)
    assert check_text(large).findings or check_text(large).suppressed  # (work to do)
    ratio = _steps(lambda: check_text(large)) / _steps(lambda: check_text(small))
    assert ratio < 2.1, f"{family}: {ratio:.2f} times the steps for twice the text"


class _Watched(str):
    """A text that counts the characters its searches for a substring pass over and its
    slices copy (the directives' scans are searches and slices, not lines of Python)."""

    looked_at = 0

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:
        low, high, _ = slice(start, end).indices(len(self))
        found = str.find(self, sub, low, high)
        _Watched.looked_at += (high if found == -1 else found) - low
        return found

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:
        low, high, _ = slice(start, end).indices(len(self))
        found = str.rfind(self, sub, low, high)
        _Watched.looked_at += high - (low if found == -1 else found)
        return found

    def __getitem__(self, key: Any) -> str:
        copied = str.__getitem__(self, key)
        _Watched.looked_at += len(copied)
        return copied


@pytest.mark.parametrize(
    "directive",
    ["<!-- julian-gregorian: ignore JG101 -->", "julian-gregorian: ignore[JG101]"],
)
def test_the_directives_of_one_long_line_look_at_it_about_once(directive: str) -> None:
    def looked_at(count: int) -> int:
        text = _Watched(" ".join([f"On {_pair(0, 12, ' 1917')} it was. {directive}"] * count))
        _Watched.looked_at = 0
        assert len(find_directives(text)) == count
        return _Watched.looked_at

    small, large = looked_at(200), looked_at(400)
    assert large < 2.1 * small


# -- what the bisections answer is what the passes over every span answered --------------


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=12),
    st.integers(-2, 75),
    st.integers(0, 15),
)
def test_the_spans_that_overlap_or_touch_one_are_found_as_a_pass_over_them_finds(
    spans: list[tuple[int, int]], start: int, width: int
) -> None:
    ends = [(low, low + length) for low, length in spans]
    reach = Reach(ends)
    end = start + width
    assert reach.overlaps(start, end) == any(low < end and high > start for low, high in ends)
    assert reach.touches(start, end) == any(low <= end and high >= start for low, high in ends)
