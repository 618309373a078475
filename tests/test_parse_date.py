"""``julian_gregorian.parse_date``: the reading behind ``convert``, and each error it documents."""

from __future__ import annotations

import pytest

from julian_gregorian import GregorianDate, JulianDate, extract, parse_date
from julian_gregorian.errors import (
    AmbiguousCivilDateError,
    InvalidDateError,
    NonexistentCivilDateError,
    ParseError,
    UnknownPlaceError,
)


def test_a_dual_year_in_britain_gives_the_modern_year_and_both_calendars() -> None:
    reading = parse_date("11 February 1731/2", place="GB")
    assert reading.day == JulianDate(1732, 2, 11)
    assert reading.day.to_gregorian() == GregorianDate(1732, 2, 22)
    assert (reading.modern_year, reading.year_start) == (1732, "annunciation")
    assert (reading.place, reading.reform_place, reading.calendar_in_use) == ("GB", "GB", "julian")
    assert reading.calendar == "julian"


def test_a_dual_year_alone_is_read_as_julian_as_the_extractor_reads_it() -> None:
    reading = parse_date("10 February 1749/50")
    assert (reading.day, reading.calendar) == (JulianDate(1750, 2, 10), "julian")
    assert reading.calendar_from.startswith("as its dual year implies")
    (item,) = extract("10 February 1749/50")
    assert item.old_style is not None
    assert item.old_style.start.to_date() == reading.day
    assert parse_date("10 February 1749/50", calendar="gregorian").day == GregorianDate(1750, 2, 10)
    assert parse_date("10 February 1750").calendar == "gregorian"


def test_the_calendar_asked_for_applies_when_no_marker_says_one() -> None:
    assert parse_date("25 October 1917", calendar="julian").day == JulianDate(1917, 10, 25)
    assert parse_date("25 October 1917").day == GregorianDate(1917, 10, 25)


def test_a_place_gives_the_calendar_it_lived_that_day() -> None:
    reading = parse_date("25 October 1917", place="RU")
    assert reading.day == JulianDate(1917, 10, 25)
    assert reading.calendar_from == "the calendar RU used that day"


def test_a_subdivision_outside_the_table_falls_back_to_its_country() -> None:
    reading = parse_date("1 March 1700", place="gb-xx")
    assert (reading.place, reading.reform_place) == ("GB-XX", "GB")


def test_a_new_style_date_where_julian_was_in_use_takes_the_1_january_year() -> None:
    reading = parse_date("22 February 1732 N.S.", place="GB")
    assert reading.day == GregorianDate(1732, 2, 22)
    assert reading.year_start == "circumcision"


def test_white_space_is_normalised_in_what_was_written() -> None:
    assert parse_date("  7   November  1917 ").written == "7 November 1917"


@pytest.mark.parametrize(
    ("text", "options", "error", "message"),
    [
        ("garbage", {}, ParseError, "cannot read 'garbage' as a date"),
        ("1 January " + "9" * 1001, {}, ParseError, "of up to 1000 digits"),
        ("24 October 1917 O.S.", {"calendar": "gregorian"}, ParseError, "marked Julian"),
        ("24 October 1917", {"calendar": "hebrew"}, ParseError, "unknown calendar 'hebrew'"),
        ("10 February 1749", {"style": "easter"}, ParseError, "unknown year-start style"),
        ("1749-02-10", {"style": "annunciation"}, ParseError, "applies to a written year"),
        ("1 January 1700", {"place": "XX"}, UnknownPlaceError, "unknown place 'XX'"),
        ("1 January 1700", {"place": "XX-YY"}, UnknownPlaceError, "neither it nor 'XX'"),
        ("3 September 1752", {"place": "GB"}, NonexistentCivilDateError, "does not exist in GB"),
        ("1 February 1751", {"place": "GB"}, NonexistentCivilDateError, "never written in GB"),
        ("1 October 1700", {"place": "RU"}, AmbiguousCivilDateError, "modern year 1699 or 1700"),
        ("31 November 1917", {}, InvalidDateError, "day 31 does not exist"),
        ("10 April 1749/50", {"place": "GB"}, InvalidDateError, "1749/50 is ambiguous"),
        ("Monday, 11 February 1731/2", {"place": "GB"}, InvalidDateError, "not a Monday"),
    ],
)
def test_each_documented_error(
    text: str, options: dict[str, str], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        parse_date(text, **options)  # type: ignore[arg-type]


def test_a_gap_date_is_refused_with_the_remedy_of_parse_date() -> None:
    with pytest.raises(NonexistentCivilDateError) as raised:
        parse_date("29 February 1700", place="SE")
    assert raised.value.reason.startswith("29 February 1700 does not exist in SE: ")
    assert str(raised.value).endswith("--from julian or --from gregorian (calendar= in Python)")
    assert parse_date("29 February 1700", place="SE", calendar="julian").day.day == 29


@pytest.mark.parametrize(
    ("text", "place", "error", "styles"),
    [
        ("1 January 1751", "GB", NonexistentCivilDateError, ("annunciation", "circumcision")),
        ("1 October 1700", "RU", AmbiguousCivilDateError, ("byzantine", "circumcision")),
    ],
)
def test_a_year_the_style_table_cannot_settle_names_the_styles_that_would(
    text: str, place: str, error: type[Exception], styles: tuple[str, str]
) -> None:
    with pytest.raises(error, match=f"with --style {styles[0]} or --style {styles[1]} "):
        parse_date(text, place=place)
    for style in styles:
        assert parse_date(text, place=place, style=style).year_start == style


def test_text_that_is_not_a_string_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_date(None)  # type: ignore[arg-type]
