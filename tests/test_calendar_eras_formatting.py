"""Historical year numbering (BCE/CE) and the text forms of dates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian import (
    GregorianDate,
    JulianDate,
    format_date,
    format_iso,
    from_historical,
    to_historical,
)
from julian_gregorian.calendar.formatting import format_year, iso_year


@pytest.mark.parametrize(
    ("astronomical", "historical"),
    [(1917, (1917, "CE")), (1, (1, "CE")), (0, (1, "BCE")), (-1, (2, "BCE")), (-43, (44, "BCE"))],
)
def test_to_historical(astronomical: int, historical: tuple[int, str]) -> None:
    assert to_historical(astronomical) == historical
    assert from_historical(*historical) == astronomical


@pytest.mark.parametrize("era", ["BCE", "BC", "B.C.", "B.C.E.", "bc", "bce", " BC ", "b.c."])
def test_before_the_common_era_aliases(era: str) -> None:
    assert from_historical(44, era) == -43
    assert from_historical(1, era) == 0


@pytest.mark.parametrize("era", ["CE", "AD", "A.D.", "C.E.", "ad", "ce"])
def test_common_era_aliases(era: str) -> None:
    assert from_historical(1917, era) == 1917


@given(st.integers(-(10**20), 10**20))
def test_historical_years_round_trip_and_skip_zero(year: int) -> None:
    number, era = to_historical(year)
    assert number >= 1
    assert from_historical(number, era) == year
    # Consecutive astronomical years are consecutive historical years, 1 BCE then 1 CE.
    next_number, next_era = to_historical(year + 1)
    if era == next_era:
        assert next_number == number + (1 if era == "CE" else -1)
    else:
        assert (number, era, next_number, next_era) == (1, "BCE", 1, "CE")


def test_iso_years() -> None:
    assert [iso_year(y) for y in (0, 1, 999, 1917, 9999)] == [
        "0000",
        "0001",
        "0999",
        "1917",
        "9999",
    ]
    assert [iso_year(y) for y in (-1, -43, 10000, -10000)] == ["-0001", "-0043", "+10000", "-10000"]
    assert iso_year(10**15) == "+1000000000000000"


def test_iso_dates_show_any_fields() -> None:
    assert format_iso(1917, 10, 25) == "1917-10-25"
    assert format_iso(1900, 2, 29) == "1900-02-29"  # a Julian-only day
    assert format_iso(-4712, 1, 1) == "-4712-01-01"
    assert format_iso(1917, 2, 30) == "1917-02-30"  # as written in a text, not validated


@pytest.mark.parametrize(
    ("fields", "dmy", "mdy"),
    [
        ((1917, 10, 25), "25 October 1917", "October 25, 1917"),
        ((1900, 2, 29), "29 February 1900", "February 29, 1900"),
        ((-43, 3, 15), "15 March 44 BCE", "March 15, 44 BCE"),
        ((0, 12, 31), "31 December 1 BCE", "December 31, 1 BCE"),
        ((1, 1, 1), "1 January 1", "January 1, 1"),
        ((12345, 6, 7), "7 June 12345", "June 7, 12345"),
        ((-(10**15), 1, 1), "1 January 1000000000000001 BCE", "January 1, 1000000000000001 BCE"),
    ],
)
def test_readable_dates(fields: tuple[int, int, int], dmy: str, mdy: str) -> None:
    assert format_date(*fields) == dmy
    assert format_date(*fields, style="mdy") == mdy
    assert format_date(*fields, style="iso") == format_iso(*fields)


def test_year_styles() -> None:
    assert format_year(-43) == "44 BCE"
    assert format_year(-43, "bc") == "44 BC"
    assert format_year(-43, "astronomical") == "-43"
    assert format_year(1917, "bc") == "1917"
    assert format_date(-43, 3, 15, "mdy", "bc") == "March 15, 44 BC"


def test_dates_format_through_the_same_functions() -> None:
    day = JulianDate(1900, 2, 29)
    assert day.format() == format_date(1900, 2, 29)
    assert str(day.to_gregorian()) == "13 March 1900 (Gregorian)"
    assert GregorianDate(-43, 3, 13).format("mdy", "bc") == "March 13, 44 BC"
