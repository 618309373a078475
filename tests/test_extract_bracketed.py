"""Shapes of section 1 of the catalogue: an N.S. date with the O.S. one in brackets.

Every pair here is arithmetically right; the test at the end checks that with the
calendar core, so the expected values are not merely what the extractor says.
"""

from __future__ import annotations

import pytest

from helpers.extract import only, pair, read, words
from julian_gregorian import GregorianDate, JulianDate, extract

CASES = [
    # day month, O.S. in brackets, shared year
    ("Mendeleev was born on 8 February [O.S. 27 January] 1834.", "1834-01-27", "1834-02-08"),
    # a range on both sides
    ("the fighting of 16–17 July [O.S. 3–4 July] 1917", "1917-07-03..1917-07-04",
     "1917-07-16..1917-07-17"),
    # different years on each side, across 1 January
    ("The treaty of 2 January 1710 [O.S. 22 December 1709] was signed.", "1709-12-22",
     "1710-01-02"),
    # month first (US order), the O.S. side without a year takes the N.S. one
    ("He was born on March 27, 1736 [O.S. March 16] near Bath.", "1736-03-16", "1736-03-27"),
    # "OS" without dots, the year after the bracket with or without a comma
    ("He sailed on February 19 [OS February 8], 1741 from Plymouth.", "1741-02-08", "1741-02-19"),
    ("He sailed on April 12, [OS April 1], 1746 from Plymouth.", "1746-04-01", "1746-04-12"),
    ("He sailed on June 5 [OS May 25] 1750 from Plymouth.", "1750-05-25", "1750-06-05"),
    # the marker after the date inside the bracket: the bracket is the N.S. side
    ("the strikes of 9–12 March [22–25 March, N.S.] 1917 spread", "1917-03-09..1917-03-12",
     "1917-03-22..1917-03-25"),
    # O.S. first, as {{Old Style to New Style}} renders it
    ("on 6 January [19 January N.S.] 1905 the priest led the march", "1905-01-06", "1905-01-19"),
    # footnote markers glued on after the pair
    ("born 3 January 1721 [O.S. 23 December 1720][b] in Paris", "1720-12-23", "1721-01-03"),
    ("born 3 January 1721 [O.S. 23 December 1720][Note 2] in Paris", "1720-12-23", "1721-01-03"),
    # ISO dates
    ("signed 1712-03-14 [O.S. 1712-03-03] at Moscow", "1712-03-03", "1712-03-14"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "old", "new"), CASES)
def test_bracketed_pairs(text: str, old: str, new: str) -> None:
    assert pair(text) == (old, new)
    assert only(text).shape == "bracketed"


def test_a_lifespan_holds_two_pairs() -> None:
    text = "Alexander Pushkin (6 June [O.S. 26 May] 1799 – 10 February [O.S. 29 January] 1837)"
    assert read(text) == [
        ("pair", "bracketed", "1799-05-26", "1799-06-06"),
        ("pair", "bracketed", "1837-01-29", "1837-02-10"),
    ]


def test_sides_span_their_date_words_and_not_the_shared_year() -> None:
    text = "On 6 January [19 January N.S.] 1905 the priest led the march."
    item = only(text)
    assert item.text == "6 January [19 January N.S.] 1905"
    assert words(text, item.old_style) == "6 January"
    assert words(text, item.new_style) == "19 January"
    text = "The treaty of 2 January 1710 [O.S. 22 December 1709] was signed."
    item = only(text)
    assert words(text, item.new_style) == "2 January 1710"
    assert words(text, item.old_style) == "22 December 1709"


def test_lady_day_year_is_read_as_the_modern_year_and_kept_as_written() -> None:
    # 6 January 1705 counted from 25 March is 6 January 1706 counted from 1 January.
    item = only("Benjamin Franklin was born on January 17, 1706 [O.S. January 6, 1705].")
    assert item.old_style is not None
    assert (item.old_style.start.year, item.old_style.start.written_year) == (1706, 1705)
    assert JulianDate(1706, 1, 6) == GregorianDate(1706, 1, 17)


def test_year_only_pair_is_a_dual_year() -> None:
    item = only("The charter of 1521 [O.S. 1520] was sealed.")
    assert (item.kind, item.shape, item.dual_year) == ("dual_year", "bracketed_year", (1520, 1521))
    assert item.text == "1521 [O.S. 1520]"


def test_bare_marker_in_brackets_marks_a_single_date() -> None:
    item = only("On 1 May [N.S.] the workers marched.")
    assert (item.kind, item.shape, item.old_style) == ("new_style", "marked", None)
    assert item.new_style is not None
    assert item.new_style.start.isoformat() == "--05-01"


@pytest.mark.parametrize(("text", "old", "new"), CASES)
def test_the_expected_values_are_right_by_the_calendar_core(text: str, old: str, new: str) -> None:
    for julian, gregorian in zip(old.split(".."), new.split(".."), strict=True):
        j = JulianDate(*map(int, julian.split("-")))
        g = GregorianDate(*map(int, gregorian.split("-")))
        assert j == g, text


def test_offsets_lines_and_columns_refer_to_the_text_as_given() -> None:
    text = "First line.\nSecond: 8 February [O.S. 27 January] 1834, third."
    (item,) = extract(text)
    assert text[item.offset : item.end_offset] == item.text
    assert (item.line, item.column, item.end_line) == (2, 9, 2)
    assert item.end_column == item.column + len(item.text)
