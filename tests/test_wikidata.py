"""Wikidata time values: the JSON form, its BCE numbering, precisions and conversion."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian import GregorianDate, JulianDate
from julian_gregorian.errors import InvalidDateError, ParseError
from julian_gregorian.formats.wikidata import (
    GREGORIAN_MODEL,
    JULIAN_MODEL,
    WikidataTime,
    calendar_of_model,
    format_wikidata_time,
    parse_wikidata_time,
)


def value(time: str, model: str = GREGORIAN_MODEL, precision: int = 11, **extra: Any) -> dict:
    return {
        "time": time,
        "timezone": extra.get("timezone", 0),
        "before": extra.get("before", 0),
        "after": extra.get("after", 0),
        "precision": precision,
        "calendarmodel": model,
    }


def test_the_october_revolution_both_ways() -> None:
    gregorian = parse_wikidata_time(value("+1917-11-07T00:00:00Z"))
    assert gregorian.to_date() == GregorianDate(1917, 11, 7)
    julian = gregorian.convert("julian")
    assert julian.to_json() == value("+1917-10-25T00:00:00Z", JULIAN_MODEL)
    assert julian.convert("gregorian") == gregorian


@pytest.mark.parametrize(
    ("time", "year", "shown"),
    [
        ("-0044-03-15T00:00:00Z", -43, "15 March 44 BCE"),
        ("-0001-12-31T00:00:00Z", 0, "31 December 1 BCE"),
        ("+0001-01-01T00:00:00Z", 1, "1 January 1"),
        ("-0753-04-21T00:00:00Z", -752, "21 April 753 BCE"),
    ],
)
def test_bce_years_use_historical_numbering(time: str, year: int, shown: str) -> None:
    # mediawiki.org, Wikibase/DataModel/JSON: "-0044" is 44 BCE and there is no year 0.
    parsed = parse_wikidata_time(value(time, JULIAN_MODEL))
    assert parsed.year == year
    assert parsed.to_date().format() == shown
    assert parsed.time_string() == time


def test_1_bce_and_1_ce_are_one_year_apart() -> None:
    last_bce = parse_wikidata_time(value("-0001-12-31T00:00:00Z", JULIAN_MODEL)).to_date()
    first_ce = parse_wikidata_time(value("+0001-01-01T00:00:00Z", JULIAN_MODEL)).to_date()
    assert first_ce - last_bce == 1


def test_year_zero_is_refused() -> None:
    for time in ("+0000-01-01T00:00:00Z", "-0000-01-01T00:00:00Z"):
        with pytest.raises(InvalidDateError, match="year 0 is undefined"):
            parse_wikidata_time(value(time))


@pytest.mark.parametrize(
    ("time", "precision", "month", "day", "written"),
    [
        ("+1541-00-00T00:00:00Z", 9, None, None, "+1541-00-00T00:00:00Z"),
        ("+1541-01-01T00:00:00Z", 9, None, None, "+1541-00-00T00:00:00Z"),
        ("+1541-05-00T00:00:00Z", 10, 5, None, "+1541-05-00T00:00:00Z"),
        ("+1541-05-01T00:00:00Z", 10, 5, None, "+1541-05-00T00:00:00Z"),
        ("+1541-05-07T00:00:00Z", 11, 5, 7, "+1541-05-07T00:00:00Z"),
        ("-13798000000-00-00T00:00:00Z", 0, None, None, "-13798000000-00-00T00:00:00Z"),
        ("+1900-00-00T00:00:00Z", 7, None, None, "+1900-00-00T00:00:00Z"),
    ],
)
def test_precisions(
    time: str, precision: int, month: int | None, day: int | None, written: str
) -> None:
    parsed = parse_wikidata_time(value(time, JULIAN_MODEL, precision))
    assert (parsed.month, parsed.day, parsed.precision) == (month, day, precision)
    assert parsed.time_string() == written


def test_reading_forms() -> None:
    text = json.dumps(value("+1917-11-07T00:00:00Z"))
    assert parse_wikidata_time(text) == WikidataTime("gregorian", 1917, 11, 7)
    wrapped = {"type": "time", "value": value("+1917-11-07T00:00:00Z")}
    assert parse_wikidata_time(wrapped).year == 1917
    minimal = {"time": "+1917-10-25T00:00:00Z", "calendarmodel": "Q1985786"}
    assert parse_wikidata_time(minimal) == WikidataTime("julian", 1917, 10, 25)
    https = value("+1917-10-25T00:00:00Z", "https://www.wikidata.org/entity/Q1985786")
    assert parse_wikidata_time(https).calendarmodel == JULIAN_MODEL
    kept = parse_wikidata_time(value("+1700-00-00T00:00:00Z", precision=9, before=1, after=2))
    assert (kept.before, kept.after) == (1, 2)
    assert parse_wikidata_time(value("+1917-11-07T00:00:00Z", timezone=60)).timezone == 60


def test_write_and_read_back() -> None:
    original = value("+1732-02-11T00:00:00Z", JULIAN_MODEL, 11, before=0, after=1, timezone=-300)
    parsed = parse_wikidata_time(original)
    assert parsed.to_json() == original
    assert json.loads(format_wikidata_time(parsed)) == original
    assert list(parsed.to_json()) == [
        "time",
        "timezone",
        "before",
        "after",
        "precision",
        "calendarmodel",
    ]


@given(st.integers(-9999, 9999), st.integers(1, 12), st.integers(1, 28), st.booleans())
def test_day_values_round_trip_and_convert_exactly(
    year: int, month: int, day: int, is_julian: bool
) -> None:
    date = JulianDate(year, month, day) if is_julian else GregorianDate(year, month, day)
    time = WikidataTime.from_date(date)
    assert parse_wikidata_time(time.to_json()) == time
    other = time.convert("gregorian" if is_julian else "julian")
    assert other.calendarmodel != time.calendarmodel
    assert other.to_date() == date
    assert other.convert(time.calendar) == time


def test_converting_keeps_the_calendar_until_asked_and_never_relabels() -> None:
    julian = parse_wikidata_time(value("+1700-02-29T00:00:00Z", JULIAN_MODEL))
    assert julian.convert("julian") is julian
    gregorian = julian.convert("gregorian")
    assert gregorian.to_json()["calendarmodel"] == GREGORIAN_MODEL
    assert gregorian.time_string() == "+1700-03-11T00:00:00Z"


def test_coarse_values_convert_only_when_exact() -> None:
    third_century = parse_wikidata_time(value("+0250-00-00T00:00:00Z", JULIAN_MODEL, 9))
    converted = third_century.convert("gregorian")
    assert converted.calendarmodel == GREGORIAN_MODEL
    assert converted.time_string() == "+0250-00-00T00:00:00Z"
    month = parse_wikidata_time(value("+0250-05-00T00:00:00Z", JULIAN_MODEL, 10))
    assert month.convert("gregorian").month == 5
    with pytest.raises(InvalidDateError, match="12 February 1731 to 11 March 1731"):
        parse_wikidata_time(value("+1731-02-00T00:00:00Z", JULIAN_MODEL, 10)).convert("gregorian")
    with pytest.raises(InvalidDateError, match="cannot convert the year"):
        parse_wikidata_time(value("+1731-00-00T00:00:00Z", JULIAN_MODEL, 9)).convert("gregorian")
    with pytest.raises(InvalidDateError, match="coarser than a year"):
        parse_wikidata_time(value("+1700-00-00T00:00:00Z", JULIAN_MODEL, 7)).convert("gregorian")
    with pytest.raises(InvalidDateError, match="not one day"):
        month.to_date()


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        ("{not json", ParseError, "not JSON"),
        ("[1, 2]", ParseError, "JSON object"),
        ({"time": "+1917-11-07T00:00:00Z"}, ParseError, "without 'calendarmodel'"),
        ({"calendarmodel": GREGORIAN_MODEL}, ParseError, "without 'time'"),
        (value("1917-11-07"), ParseError, "cannot read time"),
        (value("+1917-11-07T12:00:00Z"), ParseError, "time of day"),
        ({"time": 1917, "calendarmodel": GREGORIAN_MODEL}, ParseError, "must be a string"),
        (value("+1917-11-07T00:00:00Z", "Q12138"), ParseError, "unknown calendar model"),
        (value("+1917-11-07T00:00:00Z", precision=12), InvalidDateError, "precision 12"),
        (value("+1917-11-07T00:00:00Z", precision="11"), ParseError, "precision must be"),
        (value("+1917-00-00T00:00:00Z", precision=11), InvalidDateError, "needs a month"),
        (value("+1917-11-00T00:00:00Z", precision=11), InvalidDateError, "needs a day"),
        (value("+1917-13-01T00:00:00Z"), InvalidDateError, "month 13"),
        (value("+1900-02-29T00:00:00Z"), InvalidDateError, "day 29 does not exist"),
        (value("+1917-11-07T00:00:00Z", before=-1), InvalidDateError, "0 or more"),
        (value("+1917-11-07T00:00:00Z", timezone="0"), InvalidDateError, "timezone"),
    ],
)
def test_every_reading_error(data: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        parse_wikidata_time(data)


def test_construction_errors() -> None:
    assert WikidataTime("julian", 1900, 2, 29).to_date() == JulianDate(1900, 2, 29)
    with pytest.raises(InvalidDateError, match="needs a month and a day"):
        WikidataTime("julian", 1900)
    with pytest.raises(InvalidDateError, match="needs no month or day"):
        WikidataTime("julian", 1900, 2, precision=9)
    with pytest.raises(InvalidDateError, match="needs a month and no day"):
        WikidataTime("julian", 1900, 2, 3, precision=10)
    with pytest.raises(ValueError, match="calendar"):
        WikidataTime("islamic", 1400, 1, 1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="calendar"):
        WikidataTime("julian", 1400, 1, 1).convert("islamic")  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="unknown calendar model"):
        calendar_of_model(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_wikidata_time({"time": "+1917-11-07T00:00:00Z"})  # type: ignore[arg-type]
