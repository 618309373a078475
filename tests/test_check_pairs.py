"""JG101-JG104 (checks/rules/pairs.py): wrong offsets, swapped sides, days that do not
exist, ranges of different lengths.

Each rule sees items built by hand, exactly the ones it is about, so a failure points at
the rule; golden tests through the extractor are in test_check_golden.py.
"""

from __future__ import annotations

import pytest

from helpers.check_items import codes, item, only, pair, side
from julian_gregorian.calendar._months import DAYS_IN_MONTH, MONTH_NAMES
from julian_gregorian.text.items import Item

# -- JG101 wrong offset -----------------------------------------------------------------


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


# -- JG102 swapped sides ----------------------------------------------------------------


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


# -- JG103 nonexistent day --------------------------------------------------------------


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


# -- JG104 range lengths ----------------------------------------------------------------


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
