"""Every rule of the checker, firing and not firing, on items built by hand.

The extractor is tested on its own; here each rule sees exactly the items it is about,
so a failure points at the rule. Golden tests through the extractor are in
test_check_golden.py.
"""

from __future__ import annotations

import pytest

from check_items_helper import item, pair, side
from julian_gregorian.calendar.months import DAYS_IN_MONTH, MONTH_NAMES
from julian_gregorian.checks import Finding, check
from julian_gregorian.checks.arithmetic import day_exists, ordinal, read_pair
from julian_gregorian.checks.plain_dates import plain_dates
from julian_gregorian.text.items import Item, WrittenDate


def codes(text: str, items: list[Item], **options: object) -> list[str]:
    return [f.code for f in check(text, items=items, **options)]  # type: ignore[arg-type]


def only(text: str, items: list[Item], **options: object) -> Finding:
    findings = check(text, items=items, **options)  # type: ignore[arg-type]
    assert len(findings) == 1, findings
    return findings[0]


# -- JG101 wrong offset ------------------------------------------------------------------

BURIED = "He was buried on 2 January [O.S. 21 December] 1917."


def buried() -> Item:
    return pair(BURIED, "2 January", (1917, 1, 2), "21 December", (1916, 12, 21))


def test_wrong_offset_gives_both_repairs_and_a_fix_of_the_new_side() -> None:
    finding = only(BURIED, [buried()])
    assert finding.code == "JG101"
    assert finding.severity == "error"
    assert finding.message.startswith(
        "O.S. 21 December 1916 is N.S. 3 January 1917; "
        "or N.S. 2 January 1917 is O.S. 20 December 1916"
    )
    assert "written 12 days apart; the calendars were 13 days apart then" in finding.message
    assert finding.fix is not None
    assert finding.fix.apply(BURIED) == "He was buried on 3 January [O.S. 21 December] 1917."
    assert (finding.offset, finding.line, finding.column) == (17, 1, 18)


def test_wrong_offset_with_the_year_wrong_says_which_side_is_earlier() -> None:
    text = "Newton was born 4 January 1643 [O.S. 25 December 1643]."
    newton = pair(text, "4 January 1643", (1643, 1, 4), "25 December 1643", (1643, 12, 25))
    finding = only(text, [newton])
    assert finding.code == "JG101"
    assert finding.message.startswith(
        "O.S. 25 December 1643 is N.S. 4 January 1644; "
        "or N.S. 4 January 1643 is O.S. 25 December 1642"
    )
    assert "the N.S. date written 355 days before the O.S. one" in finding.message


def test_wrong_offset_fix_side_old_rewrites_the_old_side() -> None:
    finding = only(BURIED, [buried()], fix_side="old")
    assert finding.fix is not None
    assert finding.fix.apply(BURIED) == "He was buried on 2 January [O.S. 20 December] 1917."


@pytest.mark.parametrize(
    ("text", "new_words", "new", "old_words", "old"),
    [
        (
            "On 6 November [O.S. 24 October] 1917",
            "6 November",
            (1917, 11, 6),
            "24 October",
            (1917, 10, 24),
        ),
        (
            "1 January [O.S. 19 December] 1917",
            "1 January",
            (1917, 1, 1),
            "19 December",
            (1916, 12, 19),
        ),
        (
            "4 January 1643 [O.S. 25 December 1642]",
            "4 January 1643",
            (1643, 1, 4),
            "25 December 1642",
            (1642, 12, 25),
        ),
        ("9 June [O.S. 30 May] 1672", "9 June", (1672, 6, 9), "30 May", (1672, 5, 30)),
        (
            "13 March [O.S. 29 February] 1900",
            "13 March",
            (1900, 3, 13),
            "29 February",
            (1900, 2, 29),
        ),
        (
            "10 March [O.S. 28 February] 1700",
            "10 March",
            (1700, 3, 10),
            "28 February",
            (1700, 2, 28),
        ),
        (
            "11 March [O.S. 29 February] 1700",
            "11 March",
            (1700, 3, 11),
            "29 February",
            (1700, 2, 29),
        ),
        ("12 March [O.S. 1 March] 1700", "12 March", (1700, 3, 12), "1 March", (1700, 3, 1)),
    ],
)
def test_right_pairs_get_nothing(
    text: str, new_words: str, new: tuple[int, int, int], old_words: str, old: tuple[int, int, int]
) -> None:
    assert codes(text, [pair(text, new_words, new, old_words, old)]) == []


def test_lady_day_years_are_right_whether_or_not_the_extractor_normalised_them() -> None:
    text = "February 22, 1732 [O.S. February 11, 1731]"
    normalised = pair(
        text,
        "February 22, 1732",
        (1732, 2, 22),
        "February 11, 1731",
        (1732, 2, 11),
        written_year=1731,
    )
    as_written = pair(text, "February 22, 1732", (1732, 2, 22), "February 11, 1731", (1731, 2, 11))
    assert codes(text, [normalised]) == []
    assert codes(text, [as_written]) == []
    madison = "March 16, 1751, (March 5, 1750, Old Style, Julian calendar)"
    assert (
        codes(
            madison, [pair(madison, "March 16, 1751", (1751, 3, 16), "March 5, 1750", (1750, 3, 5))]
        )
        == []
    )


def test_lady_day_reading_is_not_allowed_after_24_march_or_after_1752() -> None:
    text = "April 13, 1743 (April 2, 1742)"
    assert codes(
        text, [pair(text, "April 13, 1743", (1743, 4, 13), "April 2, 1742", (1742, 4, 2))]
    ) == ["JG101"]
    text = "February 22, 1760 [O.S. February 11, 1759]"
    assert codes(
        text, [pair(text, "February 22, 1760", (1760, 2, 22), "February 11, 1759", (1759, 2, 11))]
    ) == ["JG101"]


def test_a_year_from_context_may_be_one_off_across_the_new_year() -> None:
    text = "found on 1 January [O.S. 19 December], later"
    misread = pair(
        text, "1 January", (1917, 1, 1), "19 December", (1917, 12, 19), year_from="context"
    )
    assert codes(text, [misread]) == []
    wrong = pair(
        text, "1 January", (1917, 1, 1), "19 December", (1917, 12, 18), year_from="context"
    )
    assert codes(text, [wrong]) == ["JG101"]


def test_a_side_without_a_year_borrows_the_other_sides() -> None:
    text = "2 January 1917 [O.S. 21 December]"
    half = pair(text, "2 January 1917", (1917, 1, 2), "21 December", (None, 12, 21))
    finding = only(text, [half])
    assert finding.code == "JG101"
    assert "O.S. 21 December 1916 is N.S. 3 January 1917" in finding.message


def test_month_first_articles_get_month_first_messages() -> None:
    text = "born November 3, 1734 [O.S. October 22]"
    wrong = pair(text, "November 3, 1734", (1734, 11, 3), "October 22", (1734, 10, 22))
    finding = only(text, [wrong])
    assert finding.message.startswith(
        "O.S. October 22, 1734 is N.S. November 2, 1734; or N.S. November 3, 1734 is "
        "O.S. October 23, 1734"
    )
    assert finding.fix is not None
    assert finding.fix.apply(text) == "born November 2, 1734 [O.S. October 22]"


# -- one report per wrong pair, with the article's evidence ------------------------------

ARTICLE = (
    "{{Infobox event | date = 7–8 November 1917 }}\n"
    "It began on 25 October 1917 (by the Julian or Old Style calendar, which corresponds to "
    "7 November 1917 in the Gregorian or New Style calendar).\n"
    "On 7 November [O.S. 24 October] 1917, the uprising began.\n"
    "On 9 November [O.S. 27 October] 1917, Georgia seceded.\n"
)


def article_items() -> list[Item]:
    lead = pair(
        ARTICLE,
        "7 November 1917",
        (1917, 11, 7),
        "25 October 1917",
        (1917, 10, 25),
        whole="25 October 1917 (by the Julian or Old Style calendar, which corresponds "
        "to 7 November 1917",
    )
    wrong = pair(
        ARTICLE,
        "7 November",
        (1917, 11, 7),
        "24 October",
        (1917, 10, 24),
        after=ARTICLE.index("On 7 November"),
    )
    right = pair(ARTICLE, "9 November", (1917, 11, 9), "27 October", (1917, 10, 27))
    return [lead, wrong, right]


def test_wrong_pair_is_reported_once_on_itself_and_cites_the_support() -> None:
    findings = check(ARTICLE, items=article_items())
    assert [(f.code, f.line) for f in findings] == [("JG101", 3)]
    message = findings[0].message
    assert message.startswith(
        "O.S. 24 October 1917 is N.S. 6 November 1917; or N.S. 7 November 1917 is "
        "O.S. 25 October 1917"
    )
    assert (
        "the article supports N.S. 7 November 1917: line 2 pairs it with O.S. 25 October 1917, "
        "and the infobox gives 7–8 November 1917" in message
    )


def test_fix_side_auto_keeps_the_supported_side() -> None:
    (default,) = check(ARTICLE, items=article_items())
    (auto,) = check(ARTICLE, items=article_items(), fix_side="auto")
    assert default.fix is not None
    assert auto.fix is not None
    assert "On 6 November [O.S. 24 October]" in default.fix.apply(ARTICLE)
    assert "On 7 November [O.S. 25 October]" in auto.fix.apply(ARTICLE)


# -- JG102 swapped sides -----------------------------------------------------------------


def test_swapped_sides_are_reported_and_swapped_back() -> None:
    text = "On 24 October [O.S. 6 November] 1917 it began."
    finding = only(text, [pair(text, "24 October", (1917, 10, 24), "6 November", (1917, 11, 6))])
    assert finding.code == "JG102"
    assert "O.S. 24 October 1917 is N.S. 6 November 1917" in finding.message
    assert finding.fix is not None
    assert finding.fix.apply(text) == "On 6 November [O.S. 24 October] 1917 it began."


def test_a_later_old_side_that_swapping_does_not_mend_is_a_wrong_offset() -> None:
    text = "On 24 October [O.S. 8 November] 1917"
    wrong = pair(text, "24 October", (1917, 10, 24), "8 November", (1917, 11, 8))
    assert codes(text, [wrong]) == ["JG101"]


# -- JG103 nonexistent day ---------------------------------------------------------------


def test_29_february_1900_exists_only_in_the_julian_calendar() -> None:
    text = "On 29 February [O.S. 16 February] 1900 x"
    finding = only(text, [pair(text, "29 February", (1900, 2, 29), "16 February", (1900, 2, 16))])
    assert finding.code == "JG103"
    assert finding.message.startswith(
        "N.S. 29 February 1900 does not exist: 1900 is not a leap year in the Gregorian calendar"
    )
    assert finding.fix is not None
    assert finding.fix.apply(text) == "On 28 February [O.S. 16 February] 1900 x"


@pytest.mark.parametrize(
    ("words", "calendar", "date", "expected"),
    [
        ("30 February 1917", "julian", (1917, 2, 30), "O.S. 30 February 1917 does not exist"),
        ("31 April 1700", "gregorian", (1700, 4, 31), "N.S. 31 April 1700 does not exist"),
        ("30 February", "julian", (None, 2, 30), "O.S. 30 February does not exist"),
    ],
)
def test_impossible_single_dates(
    words: str, calendar: str, date: tuple[int | None, int, int], expected: str
) -> None:
    text = f"on {words} (marked)"
    kind = "old_style" if calendar == "julian" else "new_style"
    written = side(text, words, calendar, date)  # type: ignore[arg-type]
    marked = item(text, kind, **{"old" if kind == "old_style" else "new": written})  # type: ignore[arg-type]
    finding = only(text, [marked])
    assert finding.code == "JG103"
    assert finding.message.startswith(expected)
    assert finding.fix is None


def test_possible_single_dates_get_nothing() -> None:
    text = "on 29 February 1900 (O.S.) and 29 February (O.S.)"
    first = item(text, "old_style", old=side(text, "29 February 1900", "julian", (1900, 2, 29)))
    second = item(
        text, "old_style", old=side(text, "29 February", "julian", (None, 2, 29), after=30)
    )
    assert codes(text, [first, second]) == []


# -- JG104 range lengths -----------------------------------------------------------------


def test_ranges_of_different_lengths() -> None:
    text = "the 16–21 July [O.S. 3–7 July] 1917 x"
    wrong = pair(
        text,
        "16–21 July",
        (1917, 7, 16),
        "3–7 July",
        (1917, 7, 3),
        new_end=(1917, 7, 21),
        old_end=(1917, 7, 7),
    )
    finding = only(text, [wrong])
    assert finding.code == "JG104"
    assert "O.S. 3–7 July 1917 is 5 days long but N.S. 16–21 July 1917 is 6 days long" in (
        finding.message
    )
    assert finding.fix is not None
    assert finding.fix.apply(text) == "the 16–20 July [O.S. 3–7 July] 1917 x"


def test_ranges_of_equal_lengths_and_a_day_beside_its_range_are_right() -> None:
    text = "night of 7–8 November [O.S. 25–26 October] 1917"
    right = pair(
        text,
        "7–8 November",
        (1917, 11, 7),
        "25–26 October",
        (1917, 10, 25),
        new_end=(1917, 11, 8),
        old_end=(1917, 10, 26),
    )
    assert codes(text, [right]) == []
    text = "night of 7–8 November [O.S. 25 October] 1917"
    loose = pair(
        text, "7–8 November", (1917, 11, 7), "25 October", (1917, 10, 25), new_end=(1917, 11, 8)
    )
    assert codes(text, [loose]) == []


def test_a_range_shifted_by_a_day_is_a_wrong_offset() -> None:
    text = "3–6 November [O.S. 24–27 October] 1612"
    shifted = pair(
        text,
        "3–6 November",
        (1612, 11, 3),
        "24–27 October",
        (1612, 10, 24),
        new_end=(1612, 11, 6),
        old_end=(1612, 10, 27),
    )
    assert codes(text, [shifted]) == []
    text = "4–7 November [O.S. 24–27 October] 1612"
    wrong = pair(
        text,
        "4–7 November",
        (1612, 11, 4),
        "24–27 October",
        (1612, 10, 24),
        new_end=(1612, 11, 7),
        old_end=(1612, 10, 27),
    )
    finding = only(text, [wrong])
    assert finding.code == "JG101"
    assert finding.fix is not None
    assert finding.fix.apply(text) == "3–6 November [O.S. 24–27 October] 1612"


# -- JG201 / JG202 pairs without a year --------------------------------------------------

YEARLESS = (
    "A 1 January [O.S. 19 December] b 2 January [O.S. 21 December] c 14 January [O.S. 1 January]"
)


def yearless(count: int) -> list[Item]:
    found = [
        pair(YEARLESS, "1 January", (None, 1, 1), "19 December", (None, 12, 19)),
        pair(YEARLESS, "2 January", (None, 1, 2), "21 December", (None, 12, 21)),
        pair(YEARLESS, "14 January", (None, 1, 14), "1 January", (None, 1, 1), after=60),
    ]
    return found[:count]


def test_a_yearless_pair_against_the_rest_of_its_passage() -> None:
    finding = only(YEARLESS, yearless(3))
    assert finding.code == "JG201"
    assert finding.severity == "warning"
    assert finding.item is not None
    assert finding.item.text.startswith("2 January [O.S. 21 December")
    assert finding.message == (
        "written 12 days apart, but the other pairs of this passage are 13 days apart "
        "(1900–2100): O.S. 21 December is N.S. 3 January; or N.S. 2 January is O.S. 20 December"
    )


def test_two_yearless_pairs_that_disagree_cannot_say_which_is_wrong() -> None:
    assert codes(YEARLESS, yearless(2)) == []


def test_passages_end_at_headings() -> None:
    text = "A 1 January [O.S. 19 December]\n== Later ==\nb 2 January [O.S. 21 December]"
    items = [
        pair(text, "1 January", (None, 1, 1), "19 December", (None, 12, 19)),
        pair(text, "2 January", (None, 1, 2), "21 December", (None, 12, 21)),
    ]
    assert codes(text, items) == []


def test_a_yearless_pair_with_an_impossible_offset() -> None:
    text = "A 12 January [O.S. 19 December]"
    finding = only(text, [pair(text, "12 January", (None, 1, 12), "19 December", (None, 12, 19))])
    assert finding.code == "JG202"
    assert finding.message.startswith("written 24 days apart, an offset the calendars never had")


def test_a_dated_passage_decides_a_yearless_pair() -> None:
    text = "On 6 November [O.S. 24 October] 1917 and 8 November [O.S. 25 October] later."
    items = [
        pair(text, "6 November", (1917, 11, 6), "24 October", (1917, 10, 24)),
        pair(text, "8 November", (None, 11, 8), "25 October", (None, 10, 25)),
    ]
    finding = only(text, items)
    assert finding.code == "JG202"
    assert finding.message.endswith(
        "with the 13 days of this passage: O.S. 25 October is N.S. 7 November; "
        "or N.S. 8 November is O.S. 26 October"
    )


# -- JG301 / JG302 dual years ------------------------------------------------------------


def dual(
    text: str, words: str, years: tuple[int, int], date: tuple[int, int, int] | None = None
) -> Item:
    old = None if date is None else side(text, words, "julian", date, written_year=years[0])
    return item(text, "dual_year", old=old, whole=words, dual_year=years)


def test_malformed_dual_year() -> None:
    text = "born 10 February 1749/51"
    finding = only(text, [dual(text, "10 February 1749/51", (1749, 1751), (1750, 2, 10))])
    assert finding.code == "JG301"
    assert finding.severity == "error"
    assert finding.message == (
        "1749/51: the second year of a dual year is the year after the first: 1749/50 (1750), "
        "not 1751 (or 1750/51, if 1751 is right)"
    )


def test_dual_year_outside_its_season() -> None:
    text = "born 10 April 1749/50"
    finding = only(text, [dual(text, "10 April 1749/50", (1749, 1750), (1750, 4, 10))])
    assert finding.code == "JG302"
    assert finding.severity == "warning"
    assert finding.message.startswith("10 April 1749/50: a dual year belongs to a day from ")


@pytest.mark.parametrize(
    ("words", "years", "date"),
    [
        ("10 February 1749/50", (1749, 1750), (1750, 2, 10)),
        ("24 March 1699/00", (1699, 1700), (1700, 3, 24)),
        ("1651/2", (1651, 1652), None),
    ],
)
def test_good_dual_years(
    words: str, years: tuple[int, int], date: tuple[int, int, int] | None
) -> None:
    text = f"born {words}."
    assert codes(text, [dual(text, words, years, date)]) == []


# -- JG401 / JG402 periods ---------------------------------------------------------------


def test_old_style_after_the_last_reform_is_a_warning() -> None:
    text = "Christmas on 7 January 2020 [O.S. 25 December 2019]"
    finding = only(
        text, [pair(text, "7 January 2020", (2020, 1, 7), "25 December 2019", (2019, 12, 25))]
    )
    assert finding.code == "JG401"
    assert finding.severity == "warning"
    assert finding.message.endswith("it is N.S. 7 January 2020")


def test_the_last_julian_day_of_greece_and_the_reform_day_are_fine() -> None:
    text = "on 15 February 1923 (O.S.), 16 February 1923 (O.S.) and 17 February 1923 (O.S.)"
    last = item(text, "old_style", old=side(text, "15 February 1923", "julian", (1923, 2, 15)))
    # 16 February (O.S.) is the day the reform named 1 March: texts telling of it say so.
    reform = item(text, "old_style", old=side(text, "16 February 1923", "julian", (1923, 2, 16)))
    after = item(text, "old_style", old=side(text, "17 February 1923", "julian", (1923, 2, 17)))
    assert codes(text, [last, reform, after]) == ["JG401"]
    assert check(text, items=[last, reform, after])[0].item is after


def test_proleptic_pairs_are_information_only_when_right() -> None:
    text = "land on 12 October (21 October, Gregorian) 1492; or 22 October [O.S. 12 October] 1492"
    right = pair(text, "21 October", (1492, 10, 21), "12 October", (1492, 10, 12))
    wrong = pair(text, "22 October", (1492, 10, 22), "12 October", (1492, 10, 12), after=50)
    findings = check(text, items=[right, wrong])
    assert [(f.code, f.severity) for f in findings] == [("JG402", "info"), ("JG101", "error")]


def test_the_first_gregorian_day_is_not_proleptic() -> None:
    text = "15 October [O.S. 5 October] 1582"
    assert codes(text, [pair(text, "15 October", (1582, 10, 15), "5 October", (1582, 10, 5))]) == []


# -- the reading of one pair -------------------------------------------------------------


def test_a_day_beside_a_range_it_begins_is_read_with_the_whole_range() -> None:
    # Loose but not wrong: the reading keeps both ends of the range, so the article's
    # index of rightly paired days holds all three O.S. days, not only the first.
    text = "12 June [O.S. 1–3 June] 1750"
    found = pair(text, "12 June", (1750, 6, 12), "1–3 June", (1750, 6, 1), old_end=(1750, 6, 3))
    first, last = ordinal("julian", 1750, 6, 1), ordinal("julian", 1750, 6, 3)
    reading = read_pair(found)
    assert (reading.verdict, reading.days) == ("right", (first, last, first, first))
    text = "12–14 June [O.S. 1 June] 1750"
    found = pair(text, "12–14 June", (1750, 6, 12), "1 June", (1750, 6, 1), new_end=(1750, 6, 14))
    reading = read_pair(found)
    assert (reading.verdict, reading.days) == ("right", (first, first, first, last))


def test_the_o_s_half_without_a_year_borrows_the_n_s_year() -> None:
    text = "3 January 1917 [O.S. 21 December]"
    found = item(
        text,
        "pair",
        new=side(text, "3 January 1917", "gregorian", (1917, 1, 3)),
        old=side(text, "21 December", "julian", (None, 12, 21)),
    )
    reading = read_pair(found)
    assert reading.verdict == "right"
    assert (reading.old.start.calendar, reading.new.start.calendar) == ("julian", "gregorian")
    # Read in 1917 and then a year back, as the context allows.
    assert reading.old.start == WrittenDate("julian", 1917, 12, 21, "context")
    assert reading.old.end.year == 1917


def test_the_n_s_half_without_a_year_borrows_the_o_s_year() -> None:
    text = "12 June [O.S. 1 June 1750]"
    found = item(
        text,
        "pair",
        new=side(text, "12 June", "gregorian", (None, 6, 12)),
        old=side(text, "1 June 1750", "julian", (1750, 6, 1)),
    )
    reading = read_pair(found)
    day = ordinal("julian", 1750, 6, 1)
    assert (reading.verdict, reading.days) == ("right", (day, day, day, day))
    assert reading.new.start == WrittenDate("gregorian", 1750, 6, 12, "context")


def test_an_o_s_range_end_without_a_year_takes_the_year_of_its_start() -> None:
    text = "12–14 June 1750 [O.S. 1 June 1750 – 3 June]"
    found = item(
        text,
        "pair",
        new=side(text, "12–14 June 1750", "gregorian", (1750, 6, 12), (1750, 6, 14)),
        old=side(text, "1 June 1750 – 3 June", "julian", (1750, 6, 1), (None, 6, 3)),
    )
    reading = read_pair(found)
    first, last = ordinal("julian", 1750, 6, 1), ordinal("julian", 1750, 6, 3)
    assert (reading.verdict, reading.days) == ("right", (first, last, first, last))
    assert reading.old.end.year == 1750


# -- JG501 unmarked dates (opt-in) -------------------------------------------------------

NARRATIVE = (
    "On 6 November [O.S. 24 October] 1917 it began.\n"
    "On 16 July 1917 they marched. On 17 July more came. On 5–6 July offices were raided.\n"
    "== Timeline (Gregorian calendar dates) ==\n"
    "5 November 1917: Tallinn.\n"
    "== Later ==\n"
    "On 5 November 1927 a symphony was first played.\n"
)


def narrative_items() -> list[Item]:
    return [pair(NARRATIVE, "6 November", (1917, 11, 6), "24 October", (1917, 10, 24))]


def test_unmarked_dates_are_off_by_default() -> None:
    assert codes(NARRATIVE, narrative_items()) == []


def test_unmarked_dates_when_selected() -> None:
    findings = check(NARRATIVE, items=narrative_items(), select=["JG501"])
    assert [(f.line, f.column, NARRATIVE[f.offset : f.end_offset]) for f in findings] == [
        (2, 4, "16 July 1917"),
        (2, 34, "17 July"),
        (2, 56, "5–6 July"),
    ]
    assert all(f.item is None and f.severity == "warning" for f in findings)
    assert "likely O.S." not in findings[1].message
    assert findings[2].message.endswith(
        "likely O.S. (N.S. 18–19 July 1917): read as N.S. it would go back 11 days in the "
        "story, read as O.S. (13 days later) it goes on"
    )


def test_a_wrong_pair_sets_no_chronology_for_unmarked_dates() -> None:
    # Read as O.S., the wrong pair's 10 July is N.S. 23 July: were it trusted, "15 July"
    # after it would look like an O.S. date (N.S. 15 July going back in the story).
    text = "On 10 August [O.S. 10 July] 1917 it began. On 15 July they marched.\n"
    wrong = pair(text, "10 August", (1917, 8, 10), "10 July", (1917, 7, 10))
    trusted_text = "On 23 July [O.S. 10 July] 1917 it began. On 15 July they marched.\n"
    right = pair(trusted_text, "23 July", (1917, 7, 23), "10 July", (1917, 7, 10))
    (trusted,) = check(trusted_text, items=[right], select=["JG501"])
    assert "likely O.S." in trusted.message
    (finding,) = check(text, items=[wrong], select=["JG501"])
    assert text[finding.offset : finding.end_offset] == "15 July"
    assert "likely O.S." not in finding.message


def test_unmarked_dates_need_an_article_that_marks_others() -> None:
    assert check("On 16 July 1917 they marched.", items=[], select=["JG501"]) == []


# -- selection ---------------------------------------------------------------------------


def test_select_and_ignore() -> None:
    items = [buried()]
    assert codes(BURIED, items, select=["JG2"]) == []
    assert codes(BURIED, items, ignore=["JG101"]) == []
    assert codes(BURIED, items, ignore=["wrong-offset"]) == []
    assert codes(BURIED, items, select=["ALL"], ignore=["JG5"]) == ["JG101"]


def test_unknown_codes_are_errors() -> None:
    from julian_gregorian.errors import ParseError

    with pytest.raises(ParseError, match="unknown rule or prefix 'JG999'"):
        check(BURIED, items=[], select=["JG999"])
    with pytest.raises(ParseError, match="unknown fix side"):
        check(BURIED, items=[], fix_side="both")  # type: ignore[arg-type]


# -- years taken from the context -------------------------------------------------------


def test_a_context_year_from_another_century_does_not_make_an_error() -> None:
    # The composer was born in 1891; the nearest year to the slash pairs is his death.
    text = "born 27 April [O.S. 15 April] 1891 – 5 March 1953; he thought 11/23 April."
    items = [
        pair(text, "27 April", (1891, 4, 27), "15 April", (1891, 4, 15)),
        pair(
            text,
            "23 April",
            (1953, 4, 23),
            "11",
            (1953, 4, 11),
            whole="11/23 April",
            year_from="context",
        ),
    ]
    assert codes(text, items) == []


def test_a_context_year_the_passage_agrees_with_keeps_the_error() -> None:
    text = (
        "found on 1 January [O.S. 19 December], and buried on 2 January [O.S. 21 December] "
        "before March 1917."
    )
    items = [
        pair(text, "1 January", (1917, 1, 1), "19 December", (1916, 12, 19), year_from="context"),
        pair(text, "2 January", (1917, 1, 2), "21 December", (1916, 12, 21), year_from="context"),
    ]
    finding = only(text, items)
    assert finding.code == "JG101"
    assert finding.message.endswith(
        "(written 12 days apart; the calendars were 13 days apart then; "
        "the year is taken from the context)"
    )


# -- Cases mutation testing found untested (benchmarks/mutate.py) ------------------------

ONE_YEAR = "On 7 November [O.S. 25 October] 1917 it began."


@pytest.mark.parametrize(("new_year", "old_year"), [(1917, None), (None, 1917)])
def test_a_right_pair_with_one_year_for_both_halves_is_right(
    new_year: int | None, old_year: int | None
) -> None:
    # The half without a year takes the other's; the halves must stay in their places.
    one = pair(ONE_YEAR, "7 November", (new_year, 11, 7), "25 October", (old_year, 10, 25))
    assert check(ONE_YEAR, items=[one]) == []


def test_a_wrong_pair_is_no_support_for_another_wrong_pair() -> None:
    text = (
        "On 7 November [O.S. 24 October] 1917 the uprising began.\n"
        "Again, on 7 November [O.S. 24 October] 1917, it began.\n"
    )
    findings = check(text)
    assert [f.line for f in findings] == [1, 2]
    assert all("supports" not in f.message for f in findings)


def test_a_yearless_pair_across_29_february_counts_that_day() -> None:
    (finding,) = check("The town fell on 15 March [O.S. 29 February].")
    assert finding.code == "JG202"
    assert finding.message.startswith("written 15 days apart,")


def test_an_article_without_an_infobox_cites_none() -> None:
    text = (
        "The uprising of 7 November 1917 was planned for weeks.\n"
        "On 7 November [O.S. 24 October] 1917 it began.\n"
    )
    (finding,) = check(text)
    assert "infobox" not in finding.message


@pytest.mark.parametrize("month", range(1, 13))
def test_a_day_past_the_end_of_the_month_names_the_month_length(month: int) -> None:
    length = DAYS_IN_MONTH[month]
    bad = length + 1 if month != 2 else 30
    name = MONTH_NAMES[month - 1]
    text = f"He died on {bad} {name} [O.S. 10 {name}] 1700."
    wrong = pair(text, f"{bad} {name}", (1700, month, bad), f"10 {name}", (1700, month, 10))
    shown = "28 days (29 in a leap year)" if month == 2 else f"{length} days"
    assert only(text, [wrong]).message.startswith(
        f"N.S. {bad} {name} 1700 does not exist: {name} has {shown}"
    )


def test_a_range_is_supported_by_a_pair_on_its_first_day() -> None:
    text = (
        "On 7 November [O.S. 25 October] 1917 the uprising began.\n"
        "The fighting of 7–9 November [O.S. 24–26 October] 1917 was short.\n"
    )
    (finding,) = check(text)
    assert finding.message.endswith(
        "; the article supports N.S. 7–9 November 1917: line 1 pairs it with O.S. 25 October 1917"
    )


def test_a_yearless_pair_that_fits_two_periods_does_not_vote() -> None:
    # 28 February -> 10 March and 29 February -> 11 March fit 10 and 11 days; only the
    # first line fits one period (12 days), so the passage is 12 days apart.
    text = (
        "The first frost came on 20 March [O.S. 8 March].\n"
        "The river froze on 10 March [O.S. 28 February].\n"
        "The snow fell on 11 March [O.S. 29 February].\n"
    )
    findings = check(text)
    assert [(f.line, f.code) for f in findings] == [(2, "JG201"), (3, "JG201")]
    assert "the other pairs of this passage are 12 days apart" in findings[0].message


@pytest.mark.parametrize(("new_year", "old_year"), [(1917, None), (None, 1917)])
def test_a_wrong_pair_with_one_year_keeps_its_halves_in_the_message(
    new_year: int | None, old_year: int | None
) -> None:
    text = "On 8 November [O.S. 25 October] 1917 it began."
    wrong = pair(text, "8 November", (new_year, 11, 8), "25 October", (old_year, 10, 25))
    assert only(text, [wrong]).message.startswith(
        "O.S. 25 October 1917 is N.S. 7 November 1917; "
        "or N.S. 8 November 1917 is O.S. 26 October 1917"
    )


def test_a_year_from_the_context_is_checked_against_the_offset_of_the_old_day() -> None:
    # O.S. 28 February 1700 had the offset 10; the N.S. day written, 12 March 1700, had
    # 11. The passage's other pair is 10 days apart, so the context year stands.
    text = (
        "On 20 January [O.S. 10 January] 1700 the siege began.\n"
        "In 1700, on 12 March [O.S. 28 February] the town fell.\n"
    )
    (finding,) = check(text)
    assert (finding.line, finding.code) == (2, "JG101")
    assert finding.message.startswith("O.S. 28 February 1700 is N.S. 10 March 1700;")


def test_a_day_without_a_year_exists_only_in_a_real_month() -> None:
    def day(month: int, day: int) -> WrittenDate:
        return WrittenDate("julian", None, month, day)

    assert [day_exists(day(m, d)) for m, d in ((13, 1), (0, 5), (2, 0), (4, 31))] == [False] * 4
    assert day_exists(day(2, 29)) is None  # depends on the year
    assert day_exists(day(4, 30)) is True


def test_plain_dates_read_abbreviated_months() -> None:
    found = plain_dates("On 5 Jan. 1700 and 7 Feb 1701 and 3 May 1702 they met.")
    assert [(d.text, d.year, d.month, d.day) for d in found] == [
        ("5 Jan. 1700", 1700, 1, 5),
        ("7 Feb 1701", 1701, 2, 7),
        ("3 May 1702", 1702, 5, 3),
    ]


def test_the_default_rules_are_every_rule_but_the_opt_in_ones_however_asked() -> None:
    from julian_gregorian.checks.rules import RULES, select_rules

    default = tuple(rule for rule in RULES if rule.default)
    assert select_rules() == default
    assert select_rules(select=None, ignore=[], extend_select=[]) == default
    assert select_rules(ignore=["JG101"]) == tuple(r for r in default if r.code != "JG101")
