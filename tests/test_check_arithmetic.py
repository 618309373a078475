"""The reading of one pair (checks/arithmetic.py): which days its halves name, the year a
half without one borrows, and whether a day exists.
"""

from __future__ import annotations

import pytest

from helpers.check_items import item, pair, side
from julian_gregorian.checks import check
from julian_gregorian.checks._arithmetic import day_exists, ordinal, read_pair
from julian_gregorian.text.items import WrittenDate


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


ONE_YEAR = "On 7 November [O.S. 25 October] 1917 it began."


@pytest.mark.parametrize(("new_year", "old_year"), [(1917, None), (None, 1917)])
def test_a_right_pair_with_one_year_for_both_halves_is_right(
    new_year: int | None, old_year: int | None
) -> None:
    # The half without a year takes the other's; the halves must stay in their places.
    one = pair(ONE_YEAR, "7 November", (new_year, 11, 7), "25 October", (old_year, 10, 25))
    assert check(ONE_YEAR, items=[one]) == []


def test_a_day_without_a_year_exists_only_in_a_real_month() -> None:
    def day(month: int, day: int) -> WrittenDate:
        return WrittenDate("julian", None, month, day)

    assert [day_exists(day(m, d)) for m, d in ((13, 1), (0, 5), (2, 0), (4, 31))] == [False] * 4
    assert day_exists(day(2, 29)) is None  # depends on the year
    assert day_exists(day(4, 30)) is True
