"""Every day across each change of the offset and across year 0, and the edge days by name."""

from __future__ import annotations

import pytest

from julian_gregorian import (
    GregorianDate,
    InvalidDateError,
    JulianDate,
    gregorian_to_julian,
    julian_to_gregorian,
    offset_for_gregorian,
    offset_for_julian,
)
from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian


def sweep(first_julian_year: int, last_julian_year: int) -> list[int]:
    """Ordinals of every day of the Julian years *first*..*last*, checking each on the way."""
    start = julian.to_ordinal(first_julian_year, 1, 1)
    end = julian.to_ordinal(last_julian_year + 1, 1, 1)
    offsets = []
    previous_j = previous_g = None
    for ordinal in range(start, end):
        j, g = julian.from_ordinal(ordinal), gregorian.from_ordinal(ordinal)
        assert julian_to_gregorian(*j) == g
        assert gregorian_to_julian(*g) == j
        assert JulianDate(*j) == GregorianDate(*g)
        assert JulianDate(*j).toordinal() == GregorianDate(*g).toordinal() == ordinal
        converted_g, converted_j = JulianDate(*j).to_gregorian(), GregorianDate(*g).to_julian()
        assert (converted_g.year, converted_g.month, converted_g.day) == g
        assert (converted_j.year, converted_j.month, converted_j.day) == j
        if previous_j is not None:
            assert julian_to_gregorian(*previous_j) == previous_g
            assert JulianDate(*j) - JulianDate(*previous_j) == 1
        offsets.append(offset_for_julian(*j))
        assert offset_for_gregorian(*g) == offsets[-1]
        previous_j, previous_g = j, g
    return offsets


@pytest.mark.parametrize(
    ("year", "before", "after"),
    [(1700, 10, 11), (1800, 11, 12), (1900, 12, 13), (2100, 13, 14), (100, -2, -1), (300, 0, 1)],
)
def test_offset_changes_on_1_march_julian(year: int, before: int, after: int) -> None:
    offsets = sweep(year - 1, year + 1)
    change = julian.to_ordinal(year, 3, 1) - julian.to_ordinal(year - 1, 1, 1)
    assert set(offsets[:change]) == {before}
    assert set(offsets[change:]) == {after}
    # The Julian leap day the Gregorian calendar lacks is the last day at the old offset.
    assert JulianDate(year, 2, 29).offset() == before
    if before > 0:
        assert julian_to_gregorian(year, 2, 29) == (year, 3, before + 1)
    with pytest.raises(InvalidDateError):
        GregorianDate(year, 2, 29)


def test_every_day_of_the_reform_year_1582() -> None:
    # No change of offset in 1582: the Gregorian calendar starts 10 days ahead of the Julian.
    assert set(sweep(1581, 1583)) == {10}
    assert julian_to_gregorian(1582, 10, 4) == (1582, 10, 14)
    assert gregorian_to_julian(1582, 10, 15) == (1582, 10, 5)
    assert GregorianDate(1582, 10, 15) - JulianDate(1582, 10, 4) == 1


def test_every_day_across_year_0() -> None:
    offsets = sweep(-2, 2)
    assert set(offsets) == {-2}
    assert julian_to_gregorian(0, 1, 1) == (-1, 12, 30)
    assert julian_to_gregorian(1, 1, 1) == (0, 12, 30)
    assert gregorian_to_julian(1, 1, 1) == (1, 1, 3)
    assert JulianDate(1, 1, 1) - JulianDate(0, 12, 31) == 1
    assert GregorianDate(1, 1, 1).toordinal() == 1


@pytest.mark.parametrize(
    ("julian_leap_day", "gregorian_day", "offset"),
    [
        ((1700, 2, 29), (1700, 3, 11), 10),
        ((1800, 2, 29), (1800, 3, 12), 11),
        ((1900, 2, 29), (1900, 3, 13), 12),
        ((2100, 2, 29), (2100, 3, 14), 13),
        ((2000, 2, 29), (2000, 3, 13), 13),
    ],
)
def test_29_february_old_style(
    julian_leap_day: tuple[int, int, int], gregorian_day: tuple[int, int, int], offset: int
) -> None:
    assert julian_to_gregorian(*julian_leap_day) == gregorian_day
    assert gregorian_to_julian(*gregorian_day) == julian_leap_day
    assert offset_for_julian(*julian_leap_day) == offset
    day = JulianDate(*julian_leap_day)
    assert str(day) == f"29 February {julian_leap_day[0]} (Julian)"
    assert day.isoformat() == f"{julian_leap_day[0]}-02-29"
    assert (day + 1).to_gregorian() == GregorianDate(*gregorian_day) + 1


def test_29_february_2000_is_in_both_calendars() -> None:
    assert gregorian_to_julian(2000, 2, 29) == (2000, 2, 16)
    assert GregorianDate(2000, 2, 29).is_leap_year()
    assert JulianDate(2000, 2, 29).is_leap_year()


@pytest.mark.parametrize(
    ("year", "julian_leap", "gregorian_leap"),
    [
        (0, True, True),
        (-1, False, False),
        (-4, True, True),
        (-100, True, False),
        (-400, True, True),
    ],
)
def test_leap_years_before_the_common_era(
    year: int, julian_leap: bool, gregorian_leap: bool
) -> None:
    for cls, leap in ((JulianDate, julian_leap), (GregorianDate, gregorian_leap)):
        if leap:
            assert cls(year, 2, 29).days_in_month() == 29
        else:
            with pytest.raises(InvalidDateError, match=r"BCE"):
                cls(year, 2, 29)


def test_bce_days_by_name() -> None:
    ides = JulianDate(-43, 3, 15)  # the Ides of March, 44 BCE
    assert ides.to_gregorian() == GregorianDate(-43, 3, 13)
    assert str(ides) == "15 March 44 BCE (Julian)"
    assert ides.isoformat() == "-0043-03-15"
    assert ides.offset() == -2
    # Julian Day 0 is 1 January 4713 BCE (Julian), 24 November 4714 BCE (Gregorian).
    assert JulianDate.from_jdn(0) == JulianDate(-4712, 1, 1) == GregorianDate(-4713, 11, 24)
    assert JulianDate(-4712, 1, 1).weekday() == 0  # a Monday
    assert offset_for_julian(-4712, 1, 1) == -38


def ordinal_by_counting(year: int, month: int, day: int, calendar: str) -> int:
    """The ordinal the textbook way (whole years, then months), independent of the core."""
    before = year - 1
    lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if calendar == "Gregorian":
        days = 365 * before + before // 4 - before // 100 + before // 400
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    else:
        # 1 January 1 (Julian) is 30 December 0 (Gregorian), ordinal -1.
        days = 365 * before + before // 4 - 2
        leap = year % 4 == 0
    if leap:
        lengths[1] = 29
    return days + sum(lengths[: month - 1]) + day


@pytest.mark.parametrize("year", [10**15, -(10**15), 10**15 + 1, -(10**15) - 3, 10**40])
def test_huge_years(year: int) -> None:
    for month, day in ((1, 1), (2, 28), (3, 1), (12, 31)):
        g = GregorianDate(year, month, day)
        assert g.toordinal() == ordinal_by_counting(year, month, day, "Gregorian")
        j = g.to_julian()
        assert j.toordinal() == ordinal_by_counting(j.year, j.month, j.day, "Julian")
        assert (j.year, j.month, j.day) == gregorian_to_julian(year, month, day)
        assert julian_to_gregorian(j.year, j.month, j.day) == (year, month, day)
        march_year = j.year if j.month > 2 else j.year - 1
        assert j.offset() == g.offset() == march_year // 100 - march_year // 400 - 2
        assert g.weekday() == (g.toordinal() - 1) % 7
        j2 = JulianDate(year, month, day)
        assert j2.toordinal() == ordinal_by_counting(year, month, day, "Julian")
        assert j2.to_gregorian().toordinal() == j2.toordinal()
    if year % 4 == 0:
        assert JulianDate(year, 2, 29).to_gregorian() - JulianDate(year, 2, 28) == 1


def test_huge_years_format_without_limits() -> None:
    day = JulianDate(10**15, 1, 1)
    assert day.isoformat() == "+1000000000000000-01-01"
    assert str(day) == "1 January 1000000000000000 (Julian)"
    assert day.format("mdy") == "January 1, 1000000000000000"
    early = GregorianDate(-(10**15), 3, 1)
    assert early.isoformat() == "-1000000000000000-03-01"
    assert early.format() == "1 March 1000000000000001 BCE"
