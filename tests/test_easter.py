"""Easter by the Julian and Gregorian computus, against known dates and dateutil."""

from __future__ import annotations

import pytest
from dateutil.easter import EASTER_JULIAN, EASTER_WESTERN, easter
from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian import DateRangeError
from julian_gregorian.calendar.dates import GregorianDate, JulianDate
from julian_gregorian.places._easter import (
    gregorian_easter,
    gregorian_paschal_full_moon,
    julian_easter,
    julian_paschal_full_moon,
)

SUNDAY = 6


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1583, (1583, 4, 10)),
        (1818, (1818, 3, 22)),  # the earliest possible date
        (1943, (1943, 4, 25)),  # the latest possible date
        (2000, (2000, 4, 23)),
        (2024, (2024, 3, 31)),
        (2038, (2038, 4, 25)),
        (2285, (2285, 3, 22)),
    ],
)
def test_known_gregorian_easters(year: int, expected: tuple[int, int, int]) -> None:
    assert gregorian_easter(year) == GregorianDate(*expected)


def test_orthodox_easter_2024() -> None:
    sunday = julian_easter(2024)
    assert sunday == JulianDate(2024, 4, 22)
    assert sunday.to_gregorian() == GregorianDate(2024, 5, 5)


def test_orthodox_easter_of_the_revolution_year() -> None:
    assert julian_easter(1917) == JulianDate(1917, 4, 2)


def test_gregorian_agrees_with_dateutil_for_its_whole_range() -> None:
    for year in range(1583, 4100):
        assert gregorian_easter(year).to_date() == easter(year, EASTER_WESTERN), year


def test_julian_agrees_with_dateutil_for_its_whole_range() -> None:
    for year in range(326, 4100):
        ours = julian_easter(year)
        theirs = easter(year, EASTER_JULIAN)
        assert (ours.year, ours.month, ours.day) == (theirs.year, theirs.month, theirs.day)


@given(st.integers(1, 10**6))
def test_easter_is_a_sunday_within_its_window(year: int) -> None:
    for sunday, moon, kind in (
        (gregorian_easter(year), gregorian_paschal_full_moon(year), GregorianDate),
        (julian_easter(year), julian_paschal_full_moon(year), JulianDate),
    ):
        assert sunday.weekday() == SUNDAY
        assert kind(year, 3, 22) <= sunday <= kind(year, 4, 25)
        assert kind(year, 3, 21) <= moon <= kind(year, 4, 18)
        assert 1 <= sunday - moon <= 7


@pytest.mark.parametrize("year", [0, -43])
def test_years_before_the_christian_era_are_refused(year: int) -> None:
    for function in (gregorian_easter, julian_easter):
        with pytest.raises(DateRangeError, match="Christian era"):
            function(year)


def test_year_must_be_an_int() -> None:
    with pytest.raises(TypeError, match="year must be an int"):
        gregorian_easter(True)
    with pytest.raises(TypeError, match="year must be an int"):
        julian_easter(2024.0)  # type: ignore[arg-type]
