"""Every error the calendar core documents, raised where it should be, saying what it should."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import pytest

from julian_gregorian import (
    DateRangeError,
    GregorianDate,
    InvalidDateError,
    JulianDate,
    JulianGregorianError,
    format_date,
    format_iso,
    from_historical,
    gregorian_to_julian,
    julian_to_gregorian,
    offset_for_gregorian,
    offset_for_julian,
    offset_for_ordinal,
    to_historical,
)
from julian_gregorian.calendar.formatting import format_year

Entry = Callable[[object, object, object], object]

# Every public way into a validated date, per calendar.
JULIAN_ENTRIES = cast("list[Entry]", [julian_to_gregorian, JulianDate, offset_for_julian])
GREGORIAN_ENTRIES = cast("list[Entry]", [gregorian_to_julian, GregorianDate, offset_for_gregorian])


def test_error_classes_are_related_as_documented() -> None:
    assert issubclass(InvalidDateError, ValueError)
    assert issubclass(InvalidDateError, JulianGregorianError)
    assert issubclass(DateRangeError, InvalidDateError)


INVALID_DATES = [
    ("Julian", (1917, 13, 1), "Julian date 1917-13-01", "valid months: 1..12"),
    ("Julian", (1917, 0, 1), "Julian date 1917-00-01", "valid months: 1..12"),
    ("Julian", (1917, 2, 30), "Julian date 1917-02-30", "valid days: 1..28"),
    ("Julian", (1917, 2, 29), "Julian date 1917-02-29", "valid days: 1..28"),
    ("Julian", (1917, 4, 31), "Julian date 1917-04-31", "valid days: 1..30"),
    ("Julian", (1917, 1, 0), "Julian date 1917-01-00", "valid days: 1..31"),
    ("Julian", (-43, 2, 30), "Julian date -0043-02-30", "valid days: 1..28"),
    ("Julian", (10**15, 2, 30), "Julian date +1000000000000000-02-30", "valid days: 1..29"),
    ("Julian", (1917, 1, -5), "Julian date (year 1917, month 1, day -5)", "valid days: 1..31"),
    # Two digits at most for the month and the day in the ISO form, none negative.
    ("Julian", (1917, -1, 5), "Julian date (year 1917, month -1, day 5)", "valid months: 1..12"),
    ("Julian", (1917, 1, 100), "Julian date (year 1917, month 1, day 100)", "valid days: 1..31"),
    ("Julian", (1917, 13, 99), "Julian date 1917-13-99", "valid months: 1..12"),
    ("Julian", (1917, 99, 1), "Julian date 1917-99-01", "valid months: 1..12"),
    ("Gregorian", (1917, 100, 1), "(year 1917, month 100, day 1)", "valid months: 1..12"),
    ("Gregorian", (1900, 2, 29), "Gregorian date 1900-02-29", "valid days: 1..28"),
    ("Gregorian", (1917, 14, 1), "Gregorian date 1917-14-01", "valid months: 1..12"),
    ("Gregorian", (1917, 6, 31), "Gregorian date 1917-06-31", "valid days: 1..30"),
    ("Gregorian", (-100, 2, 29), "Gregorian date -0100-02-29", "valid days: 1..28"),
]


@pytest.mark.parametrize("entry_number", range(3))
@pytest.mark.parametrize(("calendar", "date", "shown", "valid"), INVALID_DATES)
def test_invalid_dates_say_calendar_date_and_valid_range(
    entry_number: int, calendar: str, date: tuple[int, int, int], shown: str, valid: str
) -> None:
    entries = JULIAN_ENTRIES if calendar == "Julian" else GREGORIAN_ENTRIES
    with pytest.raises(InvalidDateError) as caught:
        entries[entry_number](*date)
    message = str(caught.value)
    assert shown in message
    assert valid in message


def test_bce_years_are_named_in_messages() -> None:
    with pytest.raises(InvalidDateError, match=r"February -43 \(= 44 BCE\) of the Julian"):
        JulianDate(-43, 2, 29)
    # Year 0 is 1 BCE; year 1 needs no second name.
    with pytest.raises(InvalidDateError, match=r"February 0 \(= 1 BCE\) of the Julian"):
        JulianDate(0, 2, 30)
    with pytest.raises(InvalidDateError, match=r"February 1 of the Gregorian"):
        GregorianDate(1, 2, 29)


@pytest.mark.parametrize("entry", JULIAN_ENTRIES + GREGORIAN_ENTRIES)
@pytest.mark.parametrize(
    ("fields", "part", "kind"),
    [
        ((True, 1, 1), "year", "bool"),
        ((1917, False, 1), "month", "bool"),
        ((1917, 1, True), "day", "bool"),
        ((1917.0, 1, 1), "year", "float"),
        ((1917, 1.0, 1), "month", "float"),
        ((1917, 1, 1.5), "day", "float"),
        (("1917", 1, 1), "year", "str"),
        ((1917, "1", 1), "month", "str"),
        ((1917, 1, None), "day", "NoneType"),
    ],
)
def test_wrong_types_raise_type_error(
    entry: Entry, fields: tuple[object, object, object], part: str, kind: str
) -> None:
    with pytest.raises(TypeError, match=rf"{part} must be an int, not {kind}"):
        entry(*fields)


@pytest.mark.parametrize("bad", [1.0, True, "1", None])
def test_ordinals_must_be_ints(bad: object) -> None:
    for entry in (offset_for_ordinal, JulianDate.fromordinal, GregorianDate.fromordinal):
        with pytest.raises(TypeError, match="ordinal must be an int"):
            entry(bad)  # type: ignore[operator]


def test_to_date_outside_datetime_years() -> None:
    for date in (GregorianDate(0, 1, 1), GregorianDate(-43, 3, 13), GregorianDate(10000, 1, 1)):
        with pytest.raises(DateRangeError) as caught:
            date.to_date()
        assert date.isoformat() in str(caught.value)
        assert "valid years: 1..9999" in str(caught.value)


@pytest.mark.parametrize(
    ("year", "era", "message"),
    [
        (0, "BCE", "there is no year 0"),
        (0, "AD", "there is no year 0"),
        (-5, "CE", "historical years start at 1"),
        (44, "BCX", "unknown era 'BCX'"),
        (44, "", "unknown era ''"),
        (44, "before Christ", "use one of BCE, BC"),
    ],
)
def test_era_errors(year: int, era: str, message: str) -> None:
    with pytest.raises(InvalidDateError, match=message):
        from_historical(year, era)


def test_era_type_errors() -> None:
    with pytest.raises(TypeError, match="year must be an int"):
        from_historical(44.0, "BC")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="era must be a str"):
        from_historical(44, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="year must be an int"):
        to_historical(True)


def test_formatting_errors() -> None:
    with pytest.raises(InvalidDateError, match=r"valid months are 1\.\.12"):
        format_date(1917, 13, 1)
    with pytest.raises(InvalidDateError, match=r"valid months are 1\.\.12"):
        format_date(1917, 0, 1, "mdy")
    with pytest.raises(ValueError, match="unknown date style 'ymd'"):
        format_date(1917, 10, 25, "ymd")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown year style 'ad'"):
        format_year(-43, "ad")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="year must be an int"):
        format_iso(1917.0, 10, 25)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="day must be an int"):
        format_date(1917, 10, "25")  # type: ignore[arg-type]
