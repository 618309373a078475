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


#: Junk on one line that no window finds a date in, then a date only a window reads.
JUNK = ("1731/", "O.S. 1731 ", "1731/2", "[O.S. ", "http://a.org/1731/05/x?id=7&p=(3) ")
DATES_ON_THE_LINE = (
    ("he died on 11/22 June 1727.", "11/22 June 1727"),
    ("On 6 November [O.S. 24 October] 1917 they rose", "6 November [O.S. 24 October] 1917"),
    ("born 7 (20) сентября 1916 года", "7 (20) сентября 1916 года"),
    ("in 1749/50.", "1749/50"),
    ("on 5 March 1731 (O.S.).", "5 March 1731 (O.S.)"),
    ("15(28).04.1922 г.", "15(28).04.1922"),
)


@pytest.mark.parametrize("junk", JUNK)
@pytest.mark.parametrize(("tail", "expected"), DATES_ON_THE_LINE)
def test_a_date_after_a_long_fruitless_run_on_its_line_is_read(
    junk: str, tail: str, expected: str
) -> None:
    # The windows of the junk find nothing for far more than the fruitless-run cut
    # (16 KB); reading resumes at the window that holds a month word or a dual year.
    for size in SIZES:
        text = junk * (size // len(junk)) + " " + tail
        stats = ExtractStats()
        found = [item.text for item in extract(text, stats=stats)]
        assert found[-1:] == [expected], (junk, size)
        # The junk after the cut is passed over, not read: the work stays bounded.
        assert stats.window_characters <= 20_000 + len(text) / 64 + 8_192


@pytest.mark.parametrize("pattern", FRUITLESS)
def test_windows_that_all_look_like_dates_are_read_for_a_share_of_the_input(pattern: str) -> None:
    # Every window of "(5 March 1731 (5 March 1731 …" may hold a date by the quick
    # search; after the cut, about one character in 64 of them is read again.
    for size in (*SIZES, 640_000):
        stats, length = _work(pattern, size)
        assert stats.window_characters <= 20_000 + length / 64 + 8_192
