"""Shapes of section 2 of the catalogue: pairs and marked dates with parentheses."""

from __future__ import annotations

import pytest

from helpers.extract import only, read, span, words
from julian_gregorian import GregorianDate, JulianDate

PAIRS = [
    # O.S. date in parentheses with a trailing marker, shared year after
    ("8 March (23 February, O.S.) 1917", "parenthesised", "1917-02-23", "1917-03-08"),
    ("on 18 August 1862 (6 August O.S.) the bridge opened", "parenthesised", "1862-08-06",
     "1862-08-18"),
    # a leading word and its own year inside
    ("14 March (on 1 March 1917, O.S.) the order was issued", "parenthesised", "1917-03-01",
     "1917-03-14"),
    # marker first inside
    ("11 May (O.S. 30 April) 1725", "parenthesised", "1725-04-30", "1725-05-11"),
    ("June 4, 1738 (O.S. May 24, 1738)", "parenthesised", "1738-05-24", "1738-06-04"),
    # O.S. first, the N.S. date in parentheses
    ("On 2 March 1917 (15 March New Style) he abdicated.", "parenthesised", "1917-03-02",
     "1917-03-15"),
    ("On December 31 (January 13, 1918 N. S.) the decree appeared.", "parenthesised",
     "1917-12-31", "1918-01-13"),
    ("baptised 15 July 1699 (NS 25 July 1699) at the church", "parenthesised", "1699-07-15",
     "1699-07-25"),
    # both marked
    ("5 March 1613 Old Style (15 March New Style)", "parenthesised", "1613-03-05", "1613-03-15"),
    # a marker after each date, parentheses inside brackets
    ("2 February 1690 (O.S.) [(N.S.) 12 February]", "bracketed", "1690-02-02", "1690-02-12"),
    # the O.S. date in parentheses before the N.S. one
    ("born on the day of St. Stephen (26 December Old Style) 7 January 1880 in Moscow",
     "parenthesised_before", "1879-12-26", "1880-01-07"),
    # spelled out with the calendar
    ("born May 1, 1744 (April 20, 1744, Old Style, Julian calendar), in Virginia",
     "parenthesised", "1744-04-20", "1744-05-01"),
    # three dates for one day: Lady-Day year and modern year of the same O.S. day
    ("died 24 February 1710 (OS 13 February 1709; NS 24 February 1710) at home",
     "parenthesised_three", "1710-02-13", "1710-02-24"),
    # the year printed before the marker of the first date
    ("10 March, (Gregorian), 1891 (Julian 26 February)", "parenthesised", "1891-02-26",
     "1891-03-10"),
    # the partner behind a remark
    ("on 9 November (a Sunday that year, 28 October in the Julian calendar)",
     "parenthesised", "--10-28", "--11-09"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "shape", "old", "new"), PAIRS)
def test_parenthesised_pairs(text: str, shape: str, old: str, new: str) -> None:
    assert read(text) == [("pair", shape, old, new)]


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("On 16 November (3 November, old style), the town fell.", "--11-03", "--11-16"),
        ("3 May(NS): (20 April(OS))", "--04-20", "--05-03"),
        ("on 12-14 June O.S. (22–24 June N.S.) the siege", "--06-12..--06-14", "--06-22..--06-24"),
        ("September 23–24 (September 10–11, Old Style)", "--09-10..--09-11", "--09-23..--09-24"),
    ],
)
def test_lower_case_undotted_and_month_first_range_variants(text: str, old: str, new: str) -> None:
    item = only(text)
    assert (span(item.old_style), span(item.new_style)) == (old, new)
    assert item.year_from == "unknown"


def test_three_dates_pair_the_marked_two_with_the_lady_day_year_kept() -> None:
    text = "died 24 February 1710 (OS 13 February 1709; NS 24 February 1710) at home"
    item = only(text)
    assert item.old_style is not None
    assert item.new_style is not None
    assert words(text, item.old_style) == "13 February 1709"
    assert words(text, item.new_style) == "24 February 1710"
    assert (item.old_style.start.year, item.old_style.start.written_year) == (1710, 1709)
    assert JulianDate(1710, 2, 13) == GregorianDate(1710, 2, 24)


def test_lady_day_year_in_month_first_order_with_comma() -> None:
    # The catalogue's Madison shape: the O.S. year is one less, and rightly so.
    text = "born on March 12, 1741, (March 1, 1740, Old Style, Julian calendar) in Kent"
    item = only(text)
    assert item.old_style is not None
    assert span(item.old_style) == "1741-03-01"
    assert item.old_style.start.written_year == 1740
    assert JulianDate(1741, 3, 1) == GregorianDate(1741, 3, 12)


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("on 2 March 1917 (O.S.) the Tsar", "old_style", "1917-03-02"),
        ("on 14 March 1917 (New Style) the Tsar", "new_style", "1917-03-14"),
        ("born 5 May 1789 (Old Style) in Bristol", "old_style", "1789-05-05"),
        ("on January 9 (Old Style) 1905 the march", "old_style", "1905-01-09"),
        ("arrived on 10 March 1917 O.S. He left.", "old_style", "1917-03-10"),
        ("died 3 May 1616 NS in Madrid", "new_style", "1616-05-03"),
        ("the decree (N.S. 12 March 1917) was read", "new_style", "1917-03-12"),
    ],
)
def test_single_marked_dates(text: str, kind: str, days: str) -> None:
    item = only(text)
    assert (item.kind, item.shape) == (kind, "marked")
    side = item.old_style if kind == "old_style" else item.new_style
    other = item.new_style if kind == "old_style" else item.old_style
    assert span(side) == days
    assert other is None


def test_markdown_link_around_the_marker_and_an_equals_sign() -> None:
    text = "July 2, [(O.S.)](/julian-calendar) = July 12, 1683"
    item = only(text)
    assert (item.kind, item.shape) == ("pair", "prose")
    assert (span(item.old_style), span(item.new_style)) == ("1683-07-02", "1683-07-12")
    assert words(text, item.old_style) == "July 2"
    assert item.text == text


@pytest.mark.parametrize(
    ("text", "shape", "old", "new"),
    [
        ("In 1917, on April 18 (May 1) minister Milyukov wrote", "parenthesised", "1917-04-18",
         "1917-05-01"),
        ("on August 6 (July 24) 1917, the cabinet", "parenthesised", "1917-07-24", "1917-08-06"),
        ("From October 8 (September 25), 1917.", "parenthesised", "1917-09-25", "1917-10-08"),
        ("born on August 28 [September 9], 1828 in Tula", "bracketed", "1828-08-28",
         "1828-09-09"),
        ("Born October 24, 1894 New Style (which was October 12, 1894 in Saint Petersburg).",
         "prose", "1894-10-12", "1894-10-24"),
        ("He died 31 Dec 1885 [O.S.] in Russia = 13 Jan.1886 [N.S.].", "prose", "1885-12-31",
         "1886-01-13"),
    ],
)  # fmt: skip
def test_month_first_and_worded_pairs(text: str, shape: str, old: str, new: str) -> None:
    assert read(text) == [("pair", shape, old, new)]
