"""The hot-path conversions agree with the composed ordinal arithmetic everywhere.

The fast paths step at most into a neighbouring month and fall back to the ordinal path
when the offset reaches four weeks (|year| beyond about 3,400 BCE / 3,900 CE); the sweeps
below cross those limits day by day.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian import InvalidDateError, gregorian_to_julian, julian_to_gregorian
from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian

ordinals = st.one_of(
    st.integers(-2_000_000, 2_000_000),
    st.integers(-(10**18), 10**18),
)


@given(ordinals)
def test_julian_to_gregorian_matches_ordinal_path(ordinal: int) -> None:
    assert julian_to_gregorian(*julian.from_ordinal(ordinal)) == gregorian.from_ordinal(ordinal)


@given(ordinals)
def test_gregorian_to_julian_matches_ordinal_path(ordinal: int) -> None:
    assert gregorian_to_julian(*gregorian.from_ordinal(ordinal)) == julian.from_ordinal(ordinal)


@pytest.mark.parametrize(
    ("julian_date", "gregorian_date"),
    [
        ((1582, 10, 4), (1582, 10, 14)),
        ((1582, 10, 5), (1582, 10, 15)),
        ((1700, 2, 28), (1700, 3, 10)),
        ((1700, 2, 29), (1700, 3, 11)),
        ((1700, 3, 1), (1700, 3, 12)),
        ((1800, 2, 29), (1800, 3, 12)),
        ((1900, 2, 29), (1900, 3, 13)),
        ((1900, 3, 1), (1900, 3, 14)),
        ((1917, 10, 25), (1917, 11, 7)),
        ((1916, 12, 19), (1917, 1, 1)),
        ((1752, 9, 2), (1752, 9, 13)),
        ((200, 3, 1), (200, 3, 1)),
        ((0, 1, 1), (-1, 12, 30)),
        ((-43, 3, 15), (-43, 3, 13)),
    ],
)
def test_known_pairs(
    julian_date: tuple[int, int, int], gregorian_date: tuple[int, int, int]
) -> None:
    assert julian_to_gregorian(*julian_date) == gregorian_date
    assert gregorian_to_julian(*gregorian_date) == julian_date


@pytest.mark.parametrize(("first", "last"), [(1500, 2200), (-3700, -3200), (3600, 4400)])
def test_every_day_round_trips(first: int, last: int) -> None:
    start, end = gregorian.to_ordinal(first, 1, 1), gregorian.to_ordinal(last, 12, 31)
    for ordinal in range(start, end + 1):
        j, g = julian.from_ordinal(ordinal), gregorian.from_ordinal(ordinal)
        assert julian_to_gregorian(*j) == g
        assert gregorian_to_julian(*g) == j


@pytest.mark.parametrize("year", [10**15, -(10**15), 10**30 + 3])
def test_huge_years_are_exact(year: int) -> None:
    for month, day in ((1, 1), (2, 28), (3, 1), (12, 31)):
        g = julian_to_gregorian(year, month, day)
        assert gregorian_to_julian(*g) == (year, month, day)
        assert gregorian.to_ordinal(*g) == julian.to_ordinal(year, month, day)


@pytest.mark.parametrize(
    ("function", "date"),
    [
        (gregorian_to_julian, (1900, 2, 29)),
        (gregorian_to_julian, (1917, 13, 1)),
        (gregorian_to_julian, (1917, 4, 31)),
        (julian_to_gregorian, (1917, 0, 1)),
        (julian_to_gregorian, (1917, 2, 30)),
        (julian_to_gregorian, (1917, 1, 0)),
        (julian_to_gregorian, (1917, 2, 29)),
    ],
)
def test_invalid_dates_raise(function: object, date: tuple[int, int, int]) -> None:
    with pytest.raises(InvalidDateError):
        function(*date)  # type: ignore[operator]


@pytest.mark.parametrize("bad", [(1917.0, 10, 25), (1917, True, 25), (1917, 10, "25")])
def test_wrong_types_raise_type_error(bad: tuple[object, object, object]) -> None:
    with pytest.raises(TypeError, match="must be an int"):
        julian_to_gregorian(*bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be an int"):
        gregorian_to_julian(*bad)  # type: ignore[arg-type]


class Year(int):
    """An int subclass, as IntEnum values or other wrappers are."""


def test_int_subclasses_are_accepted_and_plain_ints_returned() -> None:
    result = julian_to_gregorian(Year(1917), Year(10), Year(25))
    assert result == (1917, 11, 7)
    assert all(type(part) is int for part in result)
    assert gregorian_to_julian(Year(1917), 11, 7) == (1917, 10, 25)
