"""Shapes of section 3 of the catalogue: dates paired by words, and calendar labels."""

from __future__ import annotations

import pytest

from helpers.extract import only, read, span, words
from julian_gregorian import GregorianDate, JulianDate

PROSE = [
    ("8 November 1917 (by the Julian or Old Style calendar, which corresponds to 21 November "
     "1917 in the Gregorian or New Style calendar)", "prose", "1917-11-08", "1917-11-21"),
    # 8 November 1917 (N.S.) was a Thursday.
    ("night to Thursday 8 November 1917 according to the modern Gregorian calendar and night "
     "to Thursday 26 October according to the Julian calendar", "prose", "1917-10-26",
     "1917-11-08"),
    ("on 5 March 1917 (Julian calendar; the Gregorian date was 18 March)", "prose", "1917-03-05",
     "1917-03-18"),
    ("on 14 April 1912 (1 April in the Julian Calendar)", "parenthesised", "1912-04-01",
     "1912-04-14"),
    ("born June 14, 1742 (Gregorian), June 3, 1742 (Julian) in Boston", "prose", "1742-06-03",
     "1742-06-14"),
    ("On 28 July 1914 —15 July 1914 in the Julian calendar— war began.", "prose", "1914-07-15",
     "1914-07-28"),
    ("New style (Modern Gregorian): 4 April 1904 = Old style (Old Julian): 22 March 1904",
     "prose", "1904-03-22", "1904-04-04"),
    # 1498: nine days, the proleptic offset
    ("in 1498 he reached land on 20 May (29 May, Gregorian Calendar New Style).",
     "parenthesised", "1498-05-20", "1498-05-29"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "shape", "old", "new"), PROSE)
def test_prose_pairings(text: str, shape: str, old: str, new: str) -> None:
    assert read(text) == [("pair", shape, old, new)]
    j, g = JulianDate(*map(int, old.split("-"))), GregorianDate(*map(int, new.split("-")))
    assert j == g


def test_prose_item_text_is_the_whole_sentence_part() -> None:
    text = (
        "It fell on 5 March 1917 according to the Julian calendar and 18 March in the "
        "Gregorian calendar, a Sunday."
    )
    item = only(text)
    assert item.text == (
        "5 March 1917 according to the Julian calendar and 18 March in the Gregorian calendar"
    )
    assert words(text, item.old_style) == "5 March 1917"
    assert words(text, item.new_style) == "18 March"
    assert span(item.new_style) == "1917-03-18"


def test_ordinal_suffixes() -> None:
    item = only("the coronation on March 7th (February 24th in the Julian calendar)")
    assert (span(item.old_style), span(item.new_style)) == ("--02-24", "--03-07")


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("she died 11 June (Julian calendar) and", "old_style", "--06-11"),
        ("they married 4 October (Gregorian calendar) and", "new_style", "--10-04"),
        ("The strike began on 9 January 1905 (Julian Calendar), when", "old_style", "1905-01-09"),
        ("[2] Old Style date 8 March 1863", "old_style", "1863-03-08"),
    ],
)
def test_single_dates_labelled_by_calendar(text: str, kind: str, days: str) -> None:
    item = only(text)
    assert item.kind == kind
    assert span(item.old_style if kind == "old_style" else item.new_style) == days


def test_two_marked_dates_of_one_sentence_are_one_day_written_twice() -> None:
    text = (
        "He was born on 19 April 1721 of the old style (O.S.) Julian calendar; the new style "
        "(N.S.) Gregorian calendar came in 1752, and his birthday was kept on 30 April 1721 N.S."
    )
    item = only(text)
    assert (item.kind, item.shape) == ("pair", "prose")
    assert (span(item.old_style), span(item.new_style)) == ("1721-04-19", "1721-04-30")
    assert JulianDate(1721, 4, 19) == GregorianDate(1721, 4, 30)


@pytest.mark.parametrize(
    "text",
    [
        "He arrived on 3 April 1917 O.S. and left on 2 June 1917 N.S. for good.",
        # eleven days apart, but in 1917 the calendars were thirteen apart
        "He arrived on 3 April 1917 O.S. and left on 14 April 1917 N.S. for good.",
    ],
)
def test_two_marked_dates_of_different_days_stay_apart(text: str) -> None:
    assert [kind for kind, *_ in read(text)] == ["old_style", "new_style"]


def test_a_one_day_slip_between_words_is_still_read_for_the_checker() -> None:
    # 12 days written where the calendars were 13 apart: a pair, and a wrong one.
    assert read("It began on 3 April 1917 O.S., which was 15 April N.S.") == [
        ("pair", "prose", "1917-04-03", "1917-04-15")
    ]


def test_marked_dates_of_one_calendar_stay_apart() -> None:
    text = "born on 2 November 1719 (NS) and baptised on 9 November (N.S.) in the church"
    assert read(text) == [
        ("new_style", "marked", "-", "1719-11-02"),
        ("new_style", "marked", "-", "1719-11-09"),
    ]


def test_a_date_that_became_another_in_the_other_calendar() -> None:
    text = (
        "Russia switched on February\n1, 1918, which then became February 14 in the\n"
        "Gregorian style."
    )
    assert read(text) == [("pair", "prose", "1918-02-01", "1918-02-14")]
    # Two events of one sentence, days apart but not the calendars' offset, stay apart.
    assert read("On 1 March 1917, the Tsar left; on 3 March (N.S.) he wrote.") == [
        ("new_style", "marked", "-", "1917-03-03")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The conversion took place on February 15, 1923 (Julian), when the day was directly "
        "followed by March 1, 1923 (Gregorian).",
        "In Russia 31 January 1918 (O.S.) was followed by 14 February 1918 (N.S.).",
    ],
)
def test_the_two_days_of_a_reform_are_not_one_day(text: str) -> None:
    # The last Julian and the first Gregorian day of a reform, named together, are two
    # consecutive days: each is a marked date, not a pair a day off.
    assert [kind for kind, *_ in read(text)] == ["old_style", "new_style"]


def test_a_pair_whose_first_half_is_the_commonest_marked_shape() -> None:
    text = "The storming began 24 October 1917 (O.S.), that is 6 November 1917 (N.S.), at night."
    assert read(text) == [("pair", "prose", "1917-10-24", "1917-11-06")]


def test_words_after_the_marker_inside_the_parentheses() -> None:
    text = "on 29 May 1652 (19 May in the Julian calendar then in use in England) it sailed"
    assert read(text) == [("pair", "parenthesised", "1652-05-19", "1652-05-29")]


def test_the_standard_julian_calendar() -> None:
    text = (
        "He died on 8 March 1702 by the standard Julian calendar, but on 19 March 1702 by "
        "the Gregorian calendar."
    )
    assert read(text) == [("pair", "prose", "1702-03-08", "1702-03-19")]
