"""Section 4 of the catalogue: slash pairs and dual years, and what they are not."""

from __future__ import annotations

import pytest

from helpers.extract import only, read, span, words
from julian_gregorian import extract
from julian_gregorian.text._locate.anchors import find_anchors


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("on 9/22 January the crowd", "--01-09", "--01-22"),
        ("31 October/13 November (Julian/Gregorian calendars)", "--10-31", "--11-13"),
        ("17 March (O.S.)/ 30 March", "--03-17", "--03-30"),
        ("February 3 (O.S.)/February 16 (N.S.)", "--02-03", "--02-16"),
    ],
)
def test_slash_pairs(text: str, old: str, new: str) -> None:
    item = only(text)
    assert (item.kind, item.shape) == ("pair", "slash")
    assert (span(item.old_style), span(item.new_style)) == (old, new)


def test_the_bare_day_of_a_slash_pair_is_its_own_side() -> None:
    text = "He always kept 9/22 January as his name day."
    item = only(text)
    assert words(text, item.old_style) == "9"
    assert words(text, item.new_style) == "22 January"


def test_consecutive_days_are_one_night_not_a_pair() -> None:
    item = only("on the night of 4/5 June 1741 (Old Style) the house burned")
    assert (item.kind, span(item.old_style)) == ("old_style", "1741-06-04..1741-06-05")


def test_a_slash_between_days_too_close_or_too_far_is_no_pair() -> None:
    assert read("between the 3/6 May meetings") == []
    assert read("the 2/28 February vote") == []


@pytest.mark.parametrize(
    ("text", "years", "date"),
    [
        ("15 February 1719/20", (1719, 1720), "1720-02-15"),
        ("in the winter of 1702/3", (1702, 1703), "-"),
        ("(February 1697/98)", (1697, 1698), "-"),
        ("12 March 1741/42", (1741, 1742), "1742-03-12"),
        ("the year 1699/00", (1699, 1700), "-"),
        ("the books of 1750/51 were closed", (1750, 1751), "-"),
        ("March 4, 1730/31", (1730, 1731), "1731-03-04"),
    ],
)
def test_dual_years(text: str, years: tuple[int, int], date: str) -> None:
    item = only(text)
    assert (item.kind, item.shape, item.dual_year) == ("dual_year", "dual_year", years)
    assert item.new_style is None
    assert span(item.old_style) == date


def test_a_dual_date_keeps_the_printed_year() -> None:
    item = only("The letter of 15 February 1719/20 reached him.")
    assert item.old_style is not None
    assert (item.old_style.start.year, item.old_style.start.written_year) == (1720, 1719)
    assert item.text == "15 February 1719/20"


def test_a_malformed_dual_year_is_reported_as_read_for_the_checker() -> None:
    assert only("in 1683/85 the rent was paid").dual_year == (1683, 1685)


def test_seasons_after_1752_are_not_dual_years() -> None:
    assert read("the 1916/17 season and the 1999/2000 budget") == []


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Die Reform kam am 12./22. Januar 1584 zum neuen Stil", "1584-01-12", "1584-01-22"),
        ("am 1./11. März 1656 und später", "1656-03-01", "1656-03-11"),
        ("The revolt began on March 6/February 22, 1821 in Moldavia", "1821-02-22",
         "1821-03-06"),
    ],
)  # fmt: skip
def test_slash_pairs_with_ordinal_dots_or_month_first(text: str, old: str, new: str) -> None:
    assert read(text) == [("pair", "slash", old, new)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Deale, Feb. 8, 1673\u2060–\u20604, and printed", (1673, 1674)),
        ("a letter of March 5, 1650\u2060–\u206051 to him", (1650, 1651)),
        ("on 12 February 1714-15 he sailed", (1714, 1715)),
    ],
)
def test_dashed_dual_years_are_read_with_invisible_characters_around_the_dash(
    text: str, years: tuple[int, int]
) -> None:
    # Word joiners around an en dash (Project Gutenberg's texts) hid the year from the
    # prefilter: the dual year was read only when another anchor happened to be near.
    item = only(text)
    assert (item.kind, item.dual_year) == ("dual_year", years)


@pytest.mark.parametrize(
    "text",
    ["the war of 1641–1712", "pages = 1183–215", "ISBN 978-0-7102-1024-1.", "in 1760–61"],
)
def test_spans_of_years_and_numbers_open_no_window(text: str) -> None:
    from julian_gregorian.text import ExtractStats, extract
    from julian_gregorian.text._locate.anchors import find_anchors

    stats = ExtractStats()
    assert extract(text, stats=stats) == []
    assert find_anchors(text) == []
    assert stats.windows == 0


@pytest.mark.parametrize(
    ("text", "anchors"),
    [
        ("11/23 April and 1749/50", [2, 20]),
        ("Nos 21731/2 and 5/16 March", [17]),
        ("1731/1731/1731/", [4]),
        ("table 1/2/3/4 then 30 September/10 October", [7, 31]),
    ],
)
def test_a_slash_after_a_number_that_begins_no_date_is_no_anchor(
    text: str, anchors: list[int]
) -> None:
    # A day or a year does not begin right after a digit and a slash, nor inside a
    # number of five digits: the slash after such a number joins no pair.
    assert find_anchors(text) == anchors


def test_a_date_after_numbers_joined_by_slashes_is_still_read() -> None:
    assert [item.text for item in extract("1/2/14 (26 november) 1894")] == ["14 (26 november) 1894"]
