"""The extractor's work on crafted input grows no faster than the input (issue 11, item 6).

Work is counted, never timed: the windows the extractor opens and the characters they
hold, from :class:`~julian_gregorian.text.ExtractStats`, per character of input,
for each crafted pattern repeated to two sizes.
"""

from __future__ import annotations

import pytest

from julian_gregorian import extract
from julian_gregorian.text import ExtractStats

#: Patterns in which nothing is found: a run of them is passed over once it is long.
FRUITLESS = (
    "{{OldStyleDate|5 March|1731|",
    "{{OldStyleDate|",
    "1731/",
    "1731/2",
    "(5 March 1731 ",
    "[O.S. ",
    "| 5 March 1731 || O.S. ",
    "O.S. 1731 ",
)
#: Patterns full of dates: every window finds some, so all of them is read.
FRUITFUL = (
    "{{efn|5 March 1731 (O.S.) ",
    "<ref>5 March 1731 O.S. ",
    "[[a|5 March 1731 O.S. ",
)
SIZES = (40_000, 160_000)


def _work(pattern: str, size: int) -> tuple[ExtractStats, int]:
    text = pattern * (size // len(pattern))
    stats = ExtractStats()
    extract(text, wikitext=True, stats=stats)
    return stats, len(text)


@pytest.mark.parametrize("pattern", FRUITLESS)
def test_a_fruitless_run_is_read_for_a_bounded_length(pattern: str) -> None:
    small, _ = _work(pattern, SIZES[0])
    large, length = _work(pattern, SIZES[1])
    # Four times the input, no more read: the run is passed over after its first stretch.
    assert large.window_characters <= small.window_characters + 20_000
    assert large.window_characters < length / 2
    assert large.windows <= small.windows + 20


@pytest.mark.parametrize("pattern", FRUITFUL)
def test_windows_of_dense_dates_hold_each_character_a_bounded_number_of_times(
    pattern: str,
) -> None:
    for size in SIZES:
        stats, length = _work(pattern, size)
        assert stats.window_characters <= 3 * length
        assert stats.windows <= length / 100


def test_dates_after_a_fruitless_run_are_read() -> None:
    dates = "On 6 November [O.S. 24 October] 1917 they rose; he died on 11/22 June 1727."
    text = "1731/" * 20_000 + "\n\n" + dates
    found = [item.text for item in extract(text)]
    assert found == ["6 November [O.S. 24 October] 1917", "11/22 June 1727"]


def test_a_long_line_of_dates_read_by_windows_is_read_whole() -> None:
    # No reader at an anchor takes these; the windows do, all 2,000 of them.
    text = "<ref>5 March 1731 O.S. " * 2_000
    assert len(extract(text, wikitext=True)) == 2_000
