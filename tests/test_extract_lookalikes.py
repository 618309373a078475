"""Section 7 of the catalogue: what looks like a marker or a pair and is not."""

from __future__ import annotations

import pytest

from helpers.extract import only, read


@pytest.mark.parametrize(
    "text",
    [
        "Brother Juan Alvarez, O.S.B., arrived on 12 March 1650 at the abbey.",
        "Fray Tomás de Olmedo, O.S.A. (1602–1671), wrote on 3 June 1650.",
        "the O.S.M. friars and the O.S.H. hermits met on 4 April 1700",
        "She lived in Wolfville, N.S. from 12 May 1880 until 1901.",
        "Transactions of the Society, N.S. 13 (1880), pp. 4–9.",
        "See the O.S. map of 1 June 1890 for the parish.",
        "The title is set in Goudy Old Style, 12 November 1920 edition.",
        "The icebreaker NS Lenin was launched on 5 December 1957.",
        "They sent an S.O.S. on 15 April 1912 at midnight.",
        "G.R.O.S.S. members met on 2 May 1990.",
        "The Calendar (New Style) Act 1750 took effect on 14 September 1752.",
        "The Julian Day Number of 1 January 2000 is 2451545.",
        "Julian Assange was born on 3 July 1971.",
        "Gregorian chant was sung on 25 December 1900.",
        "On 7 November (the anniversary) there was a parade.",
    ],
)
def test_look_alikes_are_not_read(text: str) -> None:
    assert read(text) == []


def test_a_night_written_with_a_slash_is_one_old_style_range() -> None:
    assert read("the night of 10/11 June 1903 (Old Style) the king was killed") == [
        ("old_style", "marked", "1903-06-10..1903-06-11", "-")
    ]


def test_a_dual_year_is_not_a_day_pair() -> None:
    assert read("in 1748/49 the accounts were closed") == [("dual_year", "dual_year", "-", "-")]


@pytest.mark.parametrize(
    "text",
    [
        "George Washington (February 22, 1732 – , 1799) was",
        "Tsar Alexander II (29 April 1818 – 13 March 1881) reigned from 2 March 1855",
        "11 November 18219 February 1881",
        "{{OldStyleDate|",
        "{{OldStyleDate|2 February|1905|}}",
    ],
)
def test_converter_artefacts_are_not_read_and_do_not_crash(text: str) -> None:
    assert read(text) == []


def test_broken_brackets_yield_only_what_is_whole() -> None:
    # Only "O.S. 31 February" is a marker before a date; its year is the one nearby.
    assert read("[O.S. ] 1917 [O.S. [O.S. 31 February]") == [
        ("old_style", "marked", "1917-02-31", "-")
    ]


def test_british_ns_after_a_january_to_march_date_is_not_read_as_gregorian() -> None:
    # Before 1752 an English "NS" after 1 January - 24 March may name only the year
    # counted from 1 January (1688/89): the day may well be Julian, so no calendar is
    # read; the item is the dual year that both readings share.
    assert read("on 5 January 1689 NS he wrote") == [("dual_year", "new_style_year", "-", "-")]
    assert read("on 24 March 1750 N.S. he wrote") == [("dual_year", "new_style_year", "-", "-")]
    item = only("on 5 January 1689 (N.S.) he wrote")
    assert (item.kind, item.dual_year, item.text) == (
        "dual_year",
        (1688, 1689),
        "5 January 1689 (N.S.)",
    )


def test_ns_outside_the_year_ambiguity_is_still_a_marker() -> None:
    assert read("on 25 March 1689 NS he wrote") == [("new_style", "marked", "-", "1689-03-25")]
    assert read("on 5 January 1753 NS he wrote") == [("new_style", "marked", "-", "1753-01-05")]
    # Spelled out, the writer names the calendar, not only the year.
    assert read("on 5 January 1689 (New Style) he wrote") == [
        ("new_style", "marked", "-", "1689-01-05")
    ]


def test_impossible_days_are_read_raw_and_not_rejected() -> None:
    assert read("on 13 March [O.S. 30 February] 1712") == [
        ("pair", "bracketed", "1712-02-30", "1712-03-13")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Articles 45 and 48(1) of Regulation (EEC) No 1408/71 Old age and death.",
        "Disposed cases (O.S. 104/2021 and W.P. 5678/1974) and (O.S. 114/2023).",
        "It was a tyre (O.S. 10418-1, BLAK 295/80R22.5) of the car.",
        # three letters on three days, not a pair
        "He had written 13/20/30 March 1654 seventeen days apart (O.S.).",
    ],
)
def test_reference_numbers_and_day_lists_are_not_dual_years_or_pairs(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "[[ANSI escape code]]",
        "JOHNSTON, ELIZA",
        "|latNS=N",
        "St. Petersburg",
        "[[St. Mary River]]",
        "a healthy lifestyle",
        "aikido styles",
        "[[Hajj]] and {{convert|4000|ha|acre|adj=on}}",
        "(36 square miles)",
        "(6 times)",
        # the attribute "style=" of HTML and wikitables, which no marker is ("<td" ends in
        # the d of "Old Style"'s look behind)
        '<td style="color:red">x</td>',
        '{| class="wikitable" style="text-align:center"',
        "<span style = 'color:red'>",
        # a parenthesis or bracket before a number no day is: a place, a size
        "(72nd)",
        "(35 W)",
        "[[70 mm film]]",
        "[ 45 ]",
        # initials, where only the Spanish "C.J." is a marker
        "|first1=Stephan J. |last2=He",
        "Postwar Radicalism by James J. Farrell",
    ],
)
def test_words_that_only_look_like_markers_are_no_anchors(text: str) -> None:
    from julian_gregorian.text._locate.anchors import find_anchors

    assert find_anchors(text) == []


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("on 19 (31) March 1700 he", (19, 31)),
        ("on 07 (18) March 1700 he", (7, 18)),
        ("18. Mai [ 30 ], 1826", (18, 30)),
        ("20 (31) марта 1700 года", (20, 31)),
        ("20 марта [31 марта] 1700", (20, 31)),
        ("August 20 (31), 1700", (20, 31)),
        ("30 November [11 December] 1700", (30, 11)),
    ],
)
def test_days_up_to_31_in_brackets_are_still_read(text: str, days: tuple[int, int]) -> None:
    item = only(text)
    assert item.old_style is not None
    assert item.new_style is not None
    assert (item.old_style.start.day, item.new_style.start.day) == days


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("am 5. März 1700 a. St. geboren", "julian"),
        ("am 5. März 1700 (n. St.) geboren", "gregorian"),
        ("born 5 March 1700 OS in London", "julian"),
        ("born 5 March 1700 old-style in London", "julian"),
        ("5 March 1700 (ancien style)", "julian"),
        ("le 5 mars 1700 ancien style", "julian"),  # the phrase ends the text
        ("born 5 March 1700 Old Style", "julian"),
        ("born 5 March 1700 old style = the English year", "julian"),
        ("born 5 March 1700 old style=the English year", "julian"),
        ("5. märts 1700 vkj", "julian"),
        ("5 March 1700 (n. st.)", "gregorian"),
        ("nació el 5 de marzo de 1700 C.J. en Madrid", "julian"),
        ("nació el 5 de marzo de 1700 (C. J.)", "julian"),
        ("5 Μαρτίου 1700 (π. η.)", "julian"),
    ],
)
def test_the_abbreviations_beside_those_look_alikes_are_still_read(
    text: str, calendar: str
) -> None:
    item = only(text)
    side = item.old_style or item.new_style
    assert side is not None
    assert (side.start.calendar, side.start.year, side.start.month, side.start.day) == (
        calendar,
        1700,
        3,
        5,
    )


def test_a_style_phrase_before_an_unquoted_equals_sign_is_still_a_marker() -> None:
    # Only a quoted value is an attribute's: plain text writes "old style = …".
    from julian_gregorian import check_text

    text = "Baptism: old style = 5 March 1700; new style = 15 March 1700."
    item = only(text)
    assert item.old_style is not None
    assert item.new_style is not None
    assert (item.old_style.start.day, item.new_style.start.day) == (5, 15)
    assert [finding.code for finding in check_text(text).findings] == ["JG101"]
