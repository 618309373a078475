"""JulianDate and GregorianDate: values a user can build, compare, count with and store."""

from __future__ import annotations

import copy
import datetime
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian import (
    CalendarDate,
    DateRangeError,
    GregorianDate,
    InvalidDateError,
    JulianDate,
    ParseError,
)

# The day of the October Revolution, as written in Russia then (O.S.) and in the West (N.S.).
revolution_os = JulianDate(1917, 10, 25)
revolution_ns = GregorianDate(1917, 11, 7)


def test_construction_keeps_fields_and_validates() -> None:
    assert (revolution_os.year, revolution_os.month, revolution_os.day) == (1917, 10, 25)
    assert JulianDate(1900, 2, 29).day == 29
    with pytest.raises(InvalidDateError, match="Gregorian date 1900-02-29"):
        GregorianDate(1900, 2, 29)
    with pytest.raises(InvalidDateError, match="month 13"):
        JulianDate(1917, 13, 1)
    with pytest.raises(TypeError, match="day must be an int"):
        JulianDate(1917, 10, 25.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="CalendarDate is abstract"):
        CalendarDate(1917, 10, 25)


def test_values_are_immutable() -> None:
    with pytest.raises(AttributeError, match="immutable"):
        revolution_os.year = 1918  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        revolution_os._ordinal = 0  # type: ignore[misc]
    with pytest.raises(AttributeError, match="immutable"):
        del revolution_os.day  # type: ignore[misc]
    with pytest.raises(AttributeError):
        revolution_os.note = "x"  # type: ignore[attr-defined]


def test_conversion_between_calendars() -> None:
    assert revolution_os.to_gregorian() == revolution_ns
    assert repr(revolution_os.to_gregorian()) == "GregorianDate(1917, 11, 7)"
    assert repr(revolution_ns.to_julian()) == "JulianDate(1917, 10, 25)"
    assert revolution_os.to_julian() is not None
    assert type(revolution_os.to_julian()) is JulianDate
    assert type(revolution_ns.to_gregorian()) is GregorianDate


def test_ordinals_and_julian_day_numbers() -> None:
    assert revolution_ns.toordinal() == datetime.date(1917, 11, 7).toordinal()
    assert revolution_os.toordinal() == revolution_ns.toordinal()
    assert GregorianDate.fromordinal(1) == GregorianDate(1, 1, 1)
    assert JulianDate.fromordinal(revolution_ns.toordinal()) == revolution_os
    # JDN 2451545 is 1 January 2000 (Gregorian), the J2000.0 epoch's day.
    assert GregorianDate(2000, 1, 1).jdn == 2451545
    assert GregorianDate.from_jdn(2451545) == GregorianDate(2000, 1, 1)
    assert JulianDate.from_jdn(revolution_os.jdn) == revolution_os
    with pytest.raises(TypeError, match="ordinal must be an int"):
        JulianDate.fromordinal(1.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="jdn must be an int"):
        JulianDate.from_jdn(True)


def test_weekdays() -> None:
    assert revolution_os.weekday() == revolution_ns.weekday() == 2  # a Wednesday
    assert revolution_os.isoweekday() == 3
    assert GregorianDate(1752, 9, 14).weekday() == JulianDate(1752, 9, 2).weekday() + 1


def test_isoformat_and_text() -> None:
    assert revolution_os.isoformat() == "1917-10-25"
    assert JulianDate(-43, 3, 15).isoformat() == "-0043-03-15"
    assert GregorianDate(12345, 6, 7).isoformat() == "+12345-06-07"
    assert GregorianDate(0, 1, 1).isoformat() == "0000-01-01"
    assert str(revolution_os) == "25 October 1917 (Julian)"
    assert str(revolution_ns) == "7 November 1917 (Gregorian)"
    assert revolution_os.format("mdy") == "October 25, 1917"
    assert JulianDate(-43, 3, 15).format(year_style="bc") == "15 March 44 BC"
    assert JulianDate(-43, 3, 15).format(year_style="astronomical") == "15 March -43"
    assert f"{revolution_os}" == "25 October 1917 (Julian)"
    assert f"{revolution_os:mdy}|{revolution_os:iso}" == "October 25, 1917|1917-10-25"
    assert f"{revolution_os:%Y}" == "1917"
    with pytest.raises(ValueError, match="unknown format spec"):
        f"{revolution_os:long}"
    assert repr(GregorianDate(-(10**15), 1, 1)) == f"GregorianDate({-(10**15)}, 1, 1)"


def test_fromisoformat_reads_what_isoformat_writes() -> None:
    for day in (revolution_os, JulianDate(-43, 3, 15), JulianDate(10**15, 2, 29)):
        assert JulianDate.fromisoformat(day.isoformat()) == day
    assert GregorianDate.fromisoformat("+1917-11-07") == revolution_ns
    with pytest.raises(InvalidDateError, match="Gregorian date 1900-02-29"):
        GregorianDate.fromisoformat("1900-02-29")
    with pytest.raises(ParseError, match="needs a sign"):
        GregorianDate.fromisoformat("19177-10-25")
    for text in ("1917-10-5", "25 October 1917", "1917/10/25", " 1917-10-25", "917-10-25"):
        with pytest.raises(ParseError, match="expected YYYY-MM-DD"):
            JulianDate.fromisoformat(text)
    with pytest.raises(TypeError, match="expected a str"):
        JulianDate.fromisoformat(19171025)  # type: ignore[arg-type]


def test_adding_and_subtracting_days() -> None:
    assert revolution_os + 7 == JulianDate(1917, 11, 1)
    assert 7 + revolution_os == JulianDate(1917, 11, 1)
    assert repr(revolution_os + 7) == "JulianDate(1917, 11, 1)"
    assert revolution_ns - 7 == GregorianDate(1917, 10, 31)
    assert revolution_os + datetime.timedelta(days=-25) == JulianDate(1917, 9, 30)
    assert revolution_os - datetime.timedelta(weeks=1) == JulianDate(1917, 10, 18)
    assert JulianDate(1900, 2, 28) + 1 == JulianDate(1900, 2, 29)
    assert GregorianDate(1900, 2, 28) + 1 == GregorianDate(1900, 3, 1)
    for bad in (1.5, "1", None, True):
        with pytest.raises(TypeError):
            revolution_os + bad  # type: ignore[operator]
        with pytest.raises(TypeError):
            revolution_os - bad  # type: ignore[operator]
    with pytest.raises(TypeError):
        7 - revolution_os  # type: ignore[operator]


@given(
    st.dates(),
    st.timedeltas(min_value=datetime.timedelta(days=-2000), max_value=datetime.timedelta(2000)),
)
def test_timedelta_arithmetic_is_that_of_datetime(
    day: datetime.date, delta: datetime.timedelta
) -> None:
    # Only the days of a timedelta count, exactly as for datetime.date.
    ours = GregorianDate.from_date(day)
    for operation in (lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a + -b):
        try:
            expected = operation(day, delta)
        except OverflowError:
            continue  # outside datetime's years; ours has no such limit
        assert operation(ours, delta).to_date() == expected


def test_difference_of_two_dates_in_days() -> None:
    assert GregorianDate(1918, 2, 14) - revolution_os == 99
    assert revolution_os - revolution_ns == 0
    # Russia went from 31 January 1918 (O.S.) straight to 14 February 1918 (N.S.).
    assert GregorianDate(1918, 2, 14) - JulianDate(1918, 1, 31) == 1
    assert GregorianDate(1, 1, 1) - GregorianDate(0, 12, 31) == 1


def test_ordering_and_equality_by_day_across_calendars() -> None:
    assert revolution_os == revolution_ns
    assert revolution_os != revolution_ns + 1
    assert revolution_os < revolution_ns + 1 <= JulianDate(1917, 10, 26)
    assert JulianDate(1917, 11, 1) > GregorianDate(1917, 11, 1)
    assert JulianDate(1917, 11, 1) >= GregorianDate(1917, 11, 14)
    mixed = [GregorianDate(1917, 11, 8), JulianDate(1917, 10, 1), GregorianDate(1917, 1, 1)]
    assert sorted(mixed) == [mixed[2], mixed[1], mixed[0]]
    assert max(mixed) is mixed[0]


def test_comparing_with_other_types() -> None:
    # A tuple does not say which calendar it is in, nor a datetime which day.
    assert revolution_ns != (1917, 11, 7)
    assert revolution_ns != datetime.datetime(1917, 11, 7)
    assert revolution_ns.to_date() == datetime.date(1917, 11, 7)
    with pytest.raises(TypeError):
        revolution_ns < datetime.datetime(1917, 11, 8)  # type: ignore[operator]  # noqa: B015
    with pytest.raises(TypeError):
        revolution_ns < (1917, 11, 8)  # type: ignore[operator]  # noqa: B015
    with pytest.raises(TypeError):
        revolution_ns >= 5  # type: ignore[operator]  # noqa: B015


def test_hashing_by_day() -> None:
    assert hash(revolution_os) == hash(revolution_ns)
    assert {revolution_os, revolution_ns, JulianDate(1917, 10, 25)} == {revolution_ns}
    assert {revolution_os: "O.S."}[revolution_ns] == "O.S."


def test_from_date_and_to_date() -> None:
    assert GregorianDate.from_date(datetime.date(1917, 11, 7)) == revolution_os
    assert GregorianDate.from_date(datetime.datetime(1917, 11, 7, 23, 59)) == revolution_ns
    assert GregorianDate(9999, 12, 31).to_date() == datetime.date.max
    assert GregorianDate(1, 1, 1).to_date() == datetime.date.min
    with pytest.raises(TypeError, match=r"expected a datetime\.date"):
        GregorianDate.from_date("1917-11-07")  # type: ignore[arg-type]
    for outside in (GregorianDate(0, 12, 31), GregorianDate(10000, 1, 1)):
        with pytest.raises(DateRangeError, match=r"valid years: 1\.\.9999"):
            outside.to_date()


def test_pickling_and_copying_keep_calendar_and_day() -> None:
    for value in (revolution_os, revolution_ns, JulianDate(-(10**15), 2, 29)):
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            restored = pickle.loads(pickle.dumps(value, protocol))
            assert type(restored) is type(value)
            assert repr(restored) == repr(value)
            assert restored.toordinal() == value.toordinal()
        assert repr(copy.copy(value)) == repr(value)
        assert repr(copy.deepcopy(value)) == repr(value)


def test_replace_validates_again() -> None:
    assert revolution_os.replace(day=26) == JulianDate(1917, 10, 26)
    assert JulianDate(1900, 2, 29).replace(year=1904) == JulianDate(1904, 2, 29)
    assert revolution_os.replace(month=11) == JulianDate(1917, 11, 25)
    assert GregorianDate(1900, 3, 31).replace(month=2, day=28) == GregorianDate(1900, 2, 28)
    with pytest.raises(InvalidDateError):
        JulianDate(1900, 2, 29).replace(year=1901)


def test_calendar_facts_of_a_date() -> None:
    assert JulianDate(1900, 2, 1).is_leap_year()
    assert not GregorianDate(1900, 2, 1).is_leap_year()
    assert JulianDate(1900, 2, 1).days_in_month() == 29
    assert GregorianDate(1900, 2, 1).days_in_month() == 28
    assert GregorianDate(1917, 4, 1).days_in_month() == 30
    assert revolution_os.offset() == revolution_ns.offset() == 13
    assert JulianDate.calendar == "Julian"
    assert GregorianDate.calendar == "Gregorian"
