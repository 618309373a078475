"""JulianDate and GregorianDate among datetime.date values: equality, order, hash,
subtraction and strftime."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian import DateRangeError, GregorianDate, JulianDate
from julian_gregorian.calendar._date_names import date_names, languages
from julian_gregorian.calendar._strftime import DateNames

revolution_os = JulianDate(1917, 10, 25)
revolution_ns = GregorianDate(1917, 11, 7)
revolution_date = datetime.date(1917, 11, 7)


def test_a_date_equals_the_datetime_date_of_its_day_both_ways() -> None:
    assert revolution_os == revolution_date
    assert revolution_date == revolution_os
    assert revolution_ns == revolution_date == revolution_os
    assert revolution_date != JulianDate(1917, 11, 7)
    assert JulianDate(1917, 11, 7) != revolution_date
    assert not (revolution_date != revolution_ns)  # noqa: SIM202 - __ne__ on date's side


def test_equal_values_hash_equal_and_share_a_set_slot() -> None:
    assert hash(revolution_os) == hash(revolution_ns) == hash(revolution_date)
    assert len({revolution_os, revolution_ns, revolution_date}) == 1
    assert {revolution_date: "day"}[revolution_os] == "day"
    # Days datetime.date cannot hold still hash by their day.
    assert hash(JulianDate(-43, 3, 15)) == hash(GregorianDate(-43, 3, 13))
    assert hash(JulianDate(10**6, 1, 1)) == hash(JulianDate(10**6, 1, 1).to_gregorian())


def test_order_with_datetime_date_both_ways() -> None:
    assert revolution_os < datetime.date(1917, 11, 8)
    assert datetime.date(1917, 11, 8) > revolution_os
    assert datetime.date(1917, 11, 6) < revolution_os <= revolution_date
    assert revolution_date >= revolution_os >= datetime.date(1917, 11, 7)
    mixed = [datetime.date(1917, 11, 8), revolution_os, datetime.date(1917, 11, 1)]
    assert sorted(mixed) == [mixed[2], revolution_os, mixed[0]]


def test_subtraction_with_datetime_date_gives_a_timedelta_both_ways() -> None:
    assert revolution_os - datetime.date(1917, 11, 1) == datetime.timedelta(days=6)
    assert datetime.date(1918, 2, 14) - revolution_os == datetime.timedelta(days=99)
    assert revolution_ns - revolution_date == datetime.timedelta(0)
    # Between two dates of ours the difference stays a number of days.
    assert revolution_ns - JulianDate(1917, 10, 1) == 24
    with pytest.raises(DateRangeError, match="timedelta"):
        GregorianDate(10**10, 1, 1) - revolution_date


@given(st.dates(), st.dates())
def test_comparisons_match_datetime_on_any_two_days(a: datetime.date, b: datetime.date) -> None:
    ours = GregorianDate.from_date(a).to_julian()
    assert (ours == b) == (a == b) == (b == ours)
    assert (ours < b) == (a < b) == (b > ours)
    assert (ours >= b) == (a >= b) == (b <= ours)
    assert ours - b == a - b == -(b - ours)
    if ours == b:
        assert hash(ours) == hash(b)


def test_numpy_integers_add_days_to_a_date() -> None:
    np = pytest.importorskip("numpy")
    assert np.array([revolution_os]).shape == (1,)
    with pytest.raises(TypeError):
        revolution_os + np.float64(1.0)  # type: ignore[operator]


@given(st.dates(min_value=datetime.date(1000, 1, 1)))
def test_strftime_writes_what_datetime_writes_in_english(day: datetime.date) -> None:
    pattern = "%Y-%m-%d %B %b %A %a %j %u %%"
    assert GregorianDate.from_date(day).strftime(pattern) == day.strftime(pattern)
    assert f"{GregorianDate.from_date(day):{pattern}}" == format(day, pattern)


def test_strftime_on_days_datetime_cannot_hold() -> None:
    leap_day = JulianDate(1900, 2, 29)  # 13 March 1900 N.S., a Tuesday
    assert leap_day.strftime("%A %d %B %Y, day %j of the Julian year") == (
        "Tuesday 29 February 1900, day 060 of the Julian year"
    )
    assert f"{JulianDate(-43, 3, 15):%Y-%m-%d}" == "-0043-03-15"
    assert f"{GregorianDate(12345, 12, 31):%Y %j %u}" == "+12345 365 " + str(
        GregorianDate(12345, 12, 31).isoweekday()
    )
    assert JulianDate(0, 12, 31).strftime("%j") == "366"


def test_strftime_in_the_extractors_languages() -> None:
    assert revolution_os.strftime("%d %B %Y", "ru") == "25 октября 1917"
    assert revolution_ns.strftime("%A, %d %B %Y", "pl") == "środa, 07 listopada 1917"
    assert revolution_ns.strftime("%a %d. %B", "de") == "Mi 07. November"
    assert JulianDate(1821, 3, 25).strftime("%d %B %Y", "el") == "25 Μαρτίου 1821"
    assert revolution_os.strftime("%b", "ru") == "окт"
    for language in languages():
        names = date_names(language)
        assert len(set(names.months)) == 12
        assert len(set(names.weekdays)) == 7
    custom = DateNames(("M",) * 12, ("m",) * 12, ("W",) * 7, ("w",) * 7)
    assert revolution_os.strftime("%B %b %A %a", custom) == "M m W w"


def test_strftime_refuses_what_it_does_not_know() -> None:
    with pytest.raises(ValueError, match="unknown strftime directive %H"):
        revolution_os.strftime("%H:%M")
    with pytest.raises(ValueError, match="a lone % at the end"):
        revolution_os.strftime("100%")
    with pytest.raises(ValueError, match="no date names for language 'fr'"):
        revolution_os.strftime("%B", "fr")
    with pytest.raises(ValueError, match="needs 12 names"):
        DateNames(("x",), ("x",) * 12, ("x",) * 7, ("x",) * 7)


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_the_methods_convert_as_the_ordinal_does(ordinal: int) -> None:
    # The methods repeat the common steps of the plain functions: they must agree.
    julian_day, gregorian_day = JulianDate.fromordinal(ordinal), GregorianDate.fromordinal(ordinal)
    assert repr(julian_day.to_gregorian()) == repr(gregorian_day)
    assert repr(gregorian_day.to_julian()) == repr(julian_day)
    assert type(julian_day.to_gregorian()) is GregorianDate
    assert type(gregorian_day.to_julian()) is JulianDate
